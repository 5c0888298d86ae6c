package dev.agentry.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import dev.agentry.merge.Merge;

/**
 * The update table for a file (or block) agentry wrote before and that exists: overwritten, kept, merged, or a conflict
 * (markers, or the user's side in the file and agentry's in a .rej), or still unresolved from an earlier update.
 */
final class Reconciler {

    private final ConflictStyle conflictStyle;
    private final ForeignFiles foreignFiles;
    private final Consumer<RecordedFile> trust;

    Reconciler(ConflictStyle conflictStyle, ForeignFiles foreignFiles, Consumer<RecordedFile> trust) {
        this.conflictStyle = conflictStyle;
        this.foreignFiles = foreignFiles;
        this.trust = trust;
    }

    /** A tracked file (or block) that exists: first whether a .rej conflict is still open, then the merge table. */
    List<FileAction> tracked(String path, String id, RecordedFile record, String yours, String theirs,
            RecordedFile fresh, UnaryOperator<String> host, DiskView disk) {
        RejFiles.Status rej = RejFiles.status(record, disk);
        if (rej == RejFiles.Status.PENDING) {
            // its text is carried into the next state as it is
            trust.accept(record);
        }
        return switch (rej) {
            case PENDING -> List.of(action(path, id, Action.UNRESOLVED, host.apply(yours), null, record,
                    "agentry's side of the overlapping edits is in " + record.rejPath() + ": take what you want from it into"
                            + " the file, then delete " + record.rejPath() + " and run 'agentry update' again"));
            case RESOLVED -> reconcile(path, id, record.text(), yours, theirs, fresh, record.withRej(null), host,
                    "conflict resolved (" + record.rejPath() + " deleted); ", disk);
            case NONE -> reconcile(path, id, record.text(), yours, theirs, fresh, record, host, "", disk);
        };
    }

    /**
     * The update table for a file (or block) agentry wrote before and that exists: {@code base} is what agentry wrote,
     * {@code kept} what the state tracks when agentry writes nothing new, {@code host} puts a block's inside back into
     * its file.
     */
    List<FileAction> reconcile(String path, String id, String base, String yours, String theirs, RecordedFile fresh,
            RecordedFile kept, UnaryOperator<String> host, String context, DiskView disk) {
        String before = host.apply(yours);
        if (yours.equals(base)) {
            return List.of(theirs.equals(base)
                    ? action(path, id, Action.UNCHANGED, before, null, kept, context + "up to date")
                    : action(path, id, Action.UPDATE, before, host.apply(theirs), fresh, context + "new render; you had not edited it"));
        }
        trust.accept(kept);
        if (hasMarkers(yours)) {
            return List.of(action(path, id, Action.UNRESOLVED, before, null, kept, context + "conflict markers from an"
                    + " earlier update are still in it: keep what you want, remove the <<<<<<< / ======= / >>>>>>> lines,"
                    + " then run 'agentry update' again"));
        }
        if (theirs.equals(base)) {
            return List.of(action(path, id, Action.KEEP, before, null, kept, context + "edited by you; agentry has nothing new for it"));
        }
        if (yours.equals(theirs)) {
            return List.of(action(path, id, Action.UNCHANGED, before, null, fresh, context + "your edit matches the new render"));
        }
        Merge.Result merged = Merge.threeWay(base, yours, theirs);
        if (!merged.conflicts()) {
            return List.of(action(path, id, Action.MERGE, before, host.apply(merged.text()), fresh,
                    context + "your edits merged with the new render"));
        }
        // markers inside a YAML list's entries would break the whole file for its tool: such conflicts go to a .rej
        if (conflictStyle == ConflictStyle.INLINE && (id == null || BlockHost.of(id).takesConflictMarkers())) {
            return List.of(action(path, id, Action.CONFLICT, before, host.apply(merged.text()), fresh,
                    context + "your edits overlap agentry's changes: resolve the conflict markers"));
        }
        return rejConflict(path, id, before, host.apply(merged.withYours()), host.apply(merged.withAgentrys()), fresh,
                context, disk);
    }

    /**
     * A conflict with --conflict rej: the file gets the merge with the user's side where the edits overlap, and the
     * .rej beside it agentry's side of those places. A .rej already there is not agentry's: refused like any such file.
     */
    private List<FileAction> rejConflict(String path, String id, String before, String withYours, String withAgentrys,
            RecordedFile fresh, String context, DiskView disk) {
        String rej = RejFiles.text(path, withYours, withAgentrys);
        RecordedFile record = fresh.withRej(RejFiles.sha256(rej));
        String after = withYours.equals(before) ? null : withYours;
        String reason = context + "your edits overlap agentry's changes: the file keeps your side of those places and gets"
                + " every other change; agentry's side is in " + record.rejPath();
        Optional<String> stray = disk.read(record.rejPath());
        if (stray.isEmpty()) {
            return List.of(new FileAction(path, id, Action.CONFLICT, before, after, false, false, rej, record, reason));
        }
        List<FileAction> actions = new ArrayList<>();
        actions.add(action(path, id, Action.CONFLICT, before, after, record, reason));
        actions.add(foreignFiles == ForeignFiles.OVERWRITE
                ? new FileAction(record.rejPath(), null, Action.FORCE, stray.get(), rej, false, true, null, null,
                        "not written by agentry; overwritten with agentry's side of the conflict in " + path
                                + " (--force), backup kept")
                : action(record.rejPath(), null, Action.REFUSE, stray.get(), null, null, "exists and was not written by"
                        + " agentry, which needs it for its side of the conflict in " + path));
        return actions;
    }

    static boolean hasMarkers(String text) {
        return text.contains("<<<<<<< " + Merge.YOURS) && text.contains(">>>>>>> " + Merge.AGENTRY);
    }

    private static FileAction action(String path, String id, Action action, String before, String after, RecordedFile record,
            String reason) {
        return FileAction.of(path, id, action, before, after, record, reason);
    }
}
