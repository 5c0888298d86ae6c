package dev.agentry.plan;

import java.util.Objects;

/**
 * A file (or a managed block inside a file) as the new render wants it.
 *
 * @param path relative to the target, with forward slashes
 * @param content the whole file, or the inside of the block when {@code blockId} is set
 * @param blockId the managed block's id inside a file the user also edits (such as CLAUDE.md), else null
 * @param dropHint how the user takes it out of the team for good, as told to them when they deleted it (for example
 *     "leave code-reviewer out of the team: ..."), or null when nothing more specific than the team's answers is known
 */
public record DesiredFile(String path, String content, String blockId, String dropHint) {

    /**
     * The block id of a JSON file agentry shares with the user entry by entry (Claude Code's settings.json): the
     * content is the entries agentry wants, as a JSON document shaped like the file.
     */
    public static final String ENTRIES = "entries";

    public DesiredFile {
        Objects.requireNonNull(path, "path is required");
        Objects.requireNonNull(content, "content is required");
    }

    public static DesiredFile whole(String path, String content) {
        return new DesiredFile(path, content, null, null);
    }

    public static DesiredFile block(String path, String blockId, String content) {
        return new DesiredFile(path, content, blockId, null);
    }

    /** agentry's entries in a JSON file the user shares with it (see {@link #ENTRIES}). */
    public static DesiredFile entries(String path, String wantedJson) {
        return new DesiredFile(path, wantedJson, ENTRIES, null);
    }

    /** The same file, with the way to drop it for good. */
    public DesiredFile withDropHint(String hint) {
        return new DesiredFile(path, content, blockId, hint);
    }

    public boolean isBlock() {
        return blockId != null;
    }

    public String key() {
        return Key.of(path, blockId);
    }
}
