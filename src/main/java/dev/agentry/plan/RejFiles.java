package dev.agentry.plan;

import java.util.List;
import java.util.Optional;

import dev.agentry.merge.Merge;
import dev.agentry.support.Hashing;

/**
 * The .rej files of {@code --conflict rej}: agentry's side of the places where the user's edits and agentry's changes
 * overlap, as a unified diff against the file as agentry left it, written beside it until the user deletes it.
 */
final class RejFiles {

    private RejFiles() {
    }

    /** Where a tracked file's .rej conflict stands. */
    enum Status {
        /** No .rej was written for it. */
        NONE,
        /** The .rej agentry wrote still exists: the conflict is unresolved. */
        PENDING,
        /** The user deleted the .rej: the file is theirs as they resolved it. */
        RESOLVED
    }

    static Status status(RecordedFile record, DiskView disk) {
        if (record.rejSha256() == null) {
            return Status.NONE;
        }
        return disk.read(record.rejPath()).isPresent() ? Status.PENDING : Status.RESOLVED;
    }

    /** The .rej text for a conflicting merge: a diff from the file with the user's side to it with agentry's. */
    static String text(String path, String withYours, String withAgentrys) {
        return Merge.unifiedDiff(path, withYours, withAgentrys);
    }

    static String sha256(String rejText) {
        return Hashing.sha256(rejText);
    }

    /**
     * What becomes of the .rej of an unresolved conflict that no longer matters (its file was deleted, or left the team):
     * deleted when it is as agentry wrote it, else kept as the user's. Nothing when there is none.
     */
    static List<FileAction> withdraw(RecordedFile record, DiskView disk, String why) {
        if (record.rejSha256() == null) {
            return List.of();
        }
        String path = record.rejPath();
        Optional<String> rej = disk.read(path);
        if (rej.isEmpty()) {
            return List.of();
        }
        if (Hashing.sha256(rej.get()).equals(record.rejSha256())) {
            return List.of(FileAction.deletion(path, null, rej.get(),
                    "agentry's side of the conflict in " + record.path() + ", no longer needed: " + why));
        }
        return List.of(FileAction.of(path, null, Action.ORPHAN, rej.get(), null, null,
                "agentry's side of the conflict in " + record.path() + ", edited by you: kept, and no longer tracked ("
                        + why + ")"));
    }
}
