package dev.agentry.plan;

import java.util.Objects;

import dev.agentry.support.Hashing;

/**
 * What agentry wrote last time at a path (or into a block): the base of the next three-way merge.
 *
 * @param text the content agentry wrote (for a block, its inside)
 * @param createdFile for a block: agentry created the file that holds it, so may delete it when it empties
 * @param rejSha256 the SHA-256 of the {@code <path>.rej} agentry wrote for a conflict (--conflict rej) that the user has
 *     not resolved yet, or null: while that file exists the conflict is unresolved
 */
public record RecordedFile(String path, String blockId, String text, boolean createdFile, String rejSha256) {

    public RecordedFile {
        Objects.requireNonNull(path, "path is required");
        Objects.requireNonNull(text, "text is required");
    }

    /** A recorded file with no conflict waiting in a .rej file. */
    public RecordedFile(String path, String blockId, String text, boolean createdFile) {
        this(path, blockId, text, createdFile, null);
    }

    public String sha256() {
        return Hashing.sha256(text);
    }

    public String key() {
        return Key.of(path, blockId);
    }

    /** The path of the .rej file that holds agentry's side of this file's conflicts. */
    public String rejPath() {
        return path + ".rej";
    }

    RecordedFile withRej(String sha256) {
        return new RecordedFile(path, blockId, text, createdFile, sha256);
    }
}
