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

    // equals and hashCode are written out: a record's generated ones are bootstrapped through method handles on
    // first use, which costs a cold run tens of milliseconds

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordedFile that && path.equals(that.path) && Objects.equals(blockId, that.blockId)
                && createdFile == that.createdFile && removedByUser == that.removedByUser && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, blockId, text, createdFile, removedByUser);
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
