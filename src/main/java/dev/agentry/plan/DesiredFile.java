package dev.agentry.plan;

import java.util.Objects;

/**
 * A file (or a managed block inside a file) as the new render wants it.
 *
 * @param path relative to the target, with forward slashes
 * @param content the whole file, or the inside of the block when {@code blockId} is set
 * @param blockId the managed block's id inside a file the user also edits (such as CLAUDE.md), else null
 */
public record DesiredFile(String path, String content, String blockId) {

    public DesiredFile {
        Objects.requireNonNull(path, "path is required");
        Objects.requireNonNull(content, "content is required");
    }

    public static DesiredFile whole(String path, String content) {
        return new DesiredFile(path, content, null);
    }

    public static DesiredFile block(String path, String blockId, String content) {
        return new DesiredFile(path, content, blockId);
    }

    public boolean isBlock() {
        return blockId != null;
    }

    public String key() {
        return Key.of(path, blockId);
    }
}
