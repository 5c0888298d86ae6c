package dev.agentry.plan;

import java.util.Objects;

import dev.agentry.support.Hashing;

/**
 * What agentry wrote last time at a path (or into a block): the base of the next three-way merge.
 *
 * @param text the content agentry wrote (for a block, its inside)
 * @param createdFile for a block: agentry created the file that holds it, so may delete it when it empties
 * @param removedByUser the user deleted it on purpose; agentry does not recreate it
 */
public record RecordedFile(String path, String blockId, String text, boolean createdFile, boolean removedByUser) {

    public RecordedFile {
        Objects.requireNonNull(path, "path is required");
        Objects.requireNonNull(text, "text is required");
    }

    public String sha256() {
        return Hashing.sha256(text);
    }

    public String key() {
        return Key.of(path, blockId);
    }

    RecordedFile removed() {
        return new RecordedFile(path, blockId, text, createdFile, true);
    }
}
