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
        return tracked(path, id, record, yours, theirs, fresh, host, "", disk);
    }

    /**
     * A file (or block) agentry released and that is back in the team: merged with what agentry last wrote as the base,
     * as if it had never left; a conflict it left with (its .rej still there) is still open.
     */
    List<FileAction> returning(String path, String id, RecordedFile released, String yours, String theirs,
            RecordedFile fresh, UnaryOperator<String> host, DiskView disk) {
        return tracked(path, id, released, yours, theirs, fresh, host, "back in the team; ", disk);
    }

    private List<FileAction> tracked(String path, String id, RecordedFile record, String yours, String theirs,
            RecordedFile fresh, UnaryOperator<String> host, String context, DiskView disk) {
        RejFiles.Status rej = RejFiles.status(record, disk);
        if (rej == RejFiles.Status.PENDING) {
            // its text is carried into the next state as it is
            trust.accept(record);
        }
        return switch (rej) {
            case PENDING -> List.of(action(path, id, Action.UNRESOLVED, host.apply(yours), null, record,
                    context + "agentry's side of the overlapping edits is in " + record.rejPath() + ": take what you want from it into"
                            + " the file, then delete " + record.rejPath() + " and run 'agentry update' again"));
            case RESOLVED -> reconcile(path, id, record.text(), yours, theirs, fresh, record.withRej(null), host,
                    context + "conflict resolved (" + record.rejPath() + " deleted); ", disk);
            case NONE -> reconcile(path, id, record.text(), yours, theirs, fresh, record, host, context, disk);
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
        // markers anywhere in the file (a git merge of two teammates' updates may leave them outside a block too):
        // agentry never calls such a file in sync, nor merges into it
        Optional<ConflictMarkers.Found> markers = ConflictMarkers.find(before);
        if (markers.isPresent()) {
            trust.accept(kept);
            return List.of(action(path, id, Action.UNRESOLVED, before, null, kept, context + unresolved(markers.get())));
        }
        if (yours.equals(base)) {
            return List.of(theirs.equals(base)
                    ? action(path, id, Action.UNCHANGED, before, null, kept, context + "up to date")
                    : action(path, id, Action.UPDATE, before, host.apply(theirs), fresh, context + "new render; you had not edited it"));
        }
        trust.accept(kept);
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
            return List.of(action(path, id, Action.CONFLICT, before, after, record, reason).withRej(rej));
        }
        List<FileAction> actions = new ArrayList<>();
        actions.add(action(path, id, Action.CONFLICT, before, after, record, reason));
        actions.add(foreignFiles == ForeignFiles.OVERWRITE
                ? FileAction.backedUp(record.rejPath(), null, Action.FORCE, stray.get(), rej, null,
                        "not written by agentry; overwritten with agentry's side of the conflict in " + path
                                + " (--force), backup kept")
                : action(record.rejPath(), null, Action.REFUSE, stray.get(), null, null, "exists and was not written by"
                        + " agentry, which needs it for its side of the conflict in " + path));
        return actions;
    }

    /** Why a file with conflict markers is left alone, and what the user does about it. */
    static String unresolved(ConflictMarkers.Found markers) {
        if (markers.agentrys()) {
            return "conflict markers from an earlier update are still in it (line " + markers.line() + "): keep what you"
                    + " want, remove the <<<<<<< / ======= / >>>>>>> lines, then run 'agentry update' again";
        }
        return "it holds a git merge conflict (" + markers.shown() + ", line " + markers.line() + "): resolve it as any"
                + " merge conflict (keep what you want, remove the <<<<<<< / ======= / >>>>>>> lines, 'git add' it), then"
                + " run 'agentry update' again";
    }

    private static FileAction action(String path, String id, Action action, String before, String after, RecordedFile record,
            String reason) {
        return FileAction.of(path, id, action, before, after, record, reason);
    }
}
