package dev.agentry.plan;

import java.util.Objects;

/**
 * The plan for one file.
 *
 * @param before the file's current text, or null when there is none
 * @param after the text to write, or null to leave the file as it is (or to delete it, see {@code handling})
 * @param handling whether the file is written as planned, backed up first, or deleted
 * @param rejText for a conflict with --conflict rej: agentry's side of the overlapping places, as a unified diff against
 *     the file as written ({@code after}), written beside it as {@code <file>.rej}
 * @param record what the state tracks for this file afterwards, or null to stop tracking it
 * @param reason a short explanation for the user
 */
public record FileAction(String path, String blockId, Action action, String before, String after, Handling handling,
        String rejText, RecordedFile record, String reason) {

    /** What happens to the file on disk besides (or instead of) writing {@code after}. */
    public enum Handling {
        /** {@code after} is written when not null; nothing else. */
        PLAIN,
        /** The current file is copied under .agentry/backup/ before {@code after} replaces it. */
        BACKUP_FIRST,
        /** The file is deleted. */
        DELETE
    }

    public FileAction {
        Objects.requireNonNull(path, "path is required");
        Objects.requireNonNull(action, "action is required");
        Objects.requireNonNull(handling, "handling is required");
    }

    /** An action that writes {@code after} (when not null), and neither deletes, backs up nor writes a .rej. */
    static FileAction of(String path, String blockId, Action action, String before, String after, RecordedFile record,
            String reason) {
        return new FileAction(path, blockId, action, before, after, Handling.PLAIN, null, record, reason);
    }

    /** An action that copies the file under .agentry/backup/ before it writes {@code after} over it. */
    static FileAction backedUp(String path, String blockId, Action action, String before, String after,
            RecordedFile record, String reason) {
        return new FileAction(path, blockId, action, before, after, Handling.BACKUP_FIRST, null, record, reason);
    }

    /** A {@link Action#DELETE} that deletes the file and stops tracking it. */
    static FileAction deletion(String path, String blockId, String before, String reason) {
        return new FileAction(path, blockId, Action.DELETE, before, null, Handling.DELETE, null, null, reason);
    }

    /** The same action writing agentry's side of its conflict beside the file as a .rej (--conflict rej). */
    FileAction withRej(String text) {
        return new FileAction(path, blockId, action, before, after, handling, text, record, reason);
    }

    /** True when the file is deleted. */
    public boolean delete() {
        return handling == Handling.DELETE;
    }

    /** True when the current file is copied under .agentry/backup/ before it is changed. */
    public boolean backup() {
        return handling == Handling.BACKUP_FIRST;
    }

    public boolean writes() {
        return after != null || delete() || rejText != null;
    }

    /** The .rej file that holds (or will hold) agentry's side of this file's unresolved conflict, or null. */
    public String rejPath() {
        return record != null && record.rejSha256() != null ? record.rejPath() : null;
    }
}
