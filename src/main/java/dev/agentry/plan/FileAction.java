package dev.agentry.plan;

import java.util.Objects;

/**
 * The plan for one file.
 *
 * @param before the file's current text, or null when there is none
 * @param after the text to write, or null to leave the file as it is (or to delete it, see {@code delete})
 * @param delete true to delete the file
 * @param backup true to copy the current file under .agentry/backup/ before changing it
 * @param rejText for a conflict with --conflict rej: agentry's side of the overlapping places, as a unified diff against
 *     the file as written ({@code after}), written beside it as {@code <file>.rej}
 * @param record what the state tracks for this file afterwards, or null to stop tracking it
 * @param reason a short explanation for the user
 */
public record FileAction(String path, String blockId, Action action, String before, String after, boolean delete,
        boolean backup, String rejText, RecordedFile record, String reason) {

    public FileAction {
        Objects.requireNonNull(path, "path is required");
        Objects.requireNonNull(action, "action is required");
    }

    /** An action that writes {@code after} (when not null), and neither deletes, backs up nor writes a .rej. */
    static FileAction of(String path, String blockId, Action action, String before, String after, RecordedFile record,
            String reason) {
        return new FileAction(path, blockId, action, before, after, false, false, null, record, reason);
    }

    public boolean writes() {
        return after != null || delete || rejText != null;
    }

    /** The .rej file that holds (or will hold) agentry's side of this file's unresolved conflict, or null. */
    public String rejPath() {
        return record != null && record.rejSha256() != null ? record.rejPath() : null;
    }
}
