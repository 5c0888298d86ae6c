package dev.agentry.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import dev.agentry.merge.Merge;

/**
 * Decides what happens to every file: a pure function of the new render, the state recorded at the last
 * write and the files on disk. The base of every merge is what agentry wrote last time; "yours" is the file
 * on disk; "theirs" is the new render.
 */
public final class Planner {

    private final ConflictStyle conflictStyle;
    private final boolean force;
    private final Consumer<RecordedFile> trust;

    public Planner(ConflictStyle conflictStyle, boolean force) {
        this(conflictStyle, force, record -> { });
    }

    /**
     * A planner that hands a recorded file to {@code trust} before relying on its text where it differs from the file
     * on disk (as a merge base, to tell an edit, or to carry it into the next state); {@code trust} throws to stop.
     */
    public Planner(ConflictStyle conflictStyle, boolean force, Consumer<RecordedFile> trust) {
        this.conflictStyle = conflictStyle;
        this.force = force;
        this.trust = trust;
    }

    public Plan plan(List<DesiredFile> desired, List<RecordedFile> recorded, DiskView disk) {
        Map<String, RecordedFile> byKey = new LinkedHashMap<>();
        recorded.forEach(r -> byKey.put(r.key(), r));
        List<FileAction> actions = new ArrayList<>();
        for (DesiredFile file : desired) {
            RecordedFile record = byKey.remove(file.key());
            Optional<String> onDisk = disk.read(file.path());
            actions.add(file.isBlock() ? planBlock(file, record, onDisk.orElse(null)) : planWhole(file, record, onDisk.orElse(null)));
        }
        for (RecordedFile record : byKey.values()) {
            actions.add(planRemoval(record, disk.read(record.path()).orElse(null)));
        }
        return new Plan(actions);
    }

    private FileAction planWhole(DesiredFile file, RecordedFile record, String onDisk) {
        String path = file.path();
        String theirs = file.content();
        RecordedFile fresh = new RecordedFile(path, null, theirs, false, false);
        if (record == null) {
            if (onDisk == null) {
                return action(path, null, Action.CREATE, null, theirs, fresh, "new");
            }
            if (onDisk.equals(theirs)) {
                return action(path, null, Action.UNCHANGED, onDisk, null, fresh, "already as agentry would write it");
            }
            if (force) {
                return new FileAction(path, null, Action.FORCE, onDisk, theirs, false, true, null, fresh,
                        "not written by agentry; overwritten (--force), backup kept");
            }
            return action(path, null, Action.REFUSE, onDisk, null, null, "exists and was not written by agentry");
        }
        if (onDisk == null) {
            trust.accept(record);
            return action(path, null, Action.REMOVED_BY_YOU, null, null, record.removed(),
                    record.removedByUser() ? "removed by you; not recreated" : "deleted by you; not recreated");
        }
        return reconcile(path, null, record.text(), onDisk, theirs, fresh, record, text -> text);
    }

    private FileAction planBlock(DesiredFile file, RecordedFile record, String onDisk) {
        String path = file.path();
        String id = file.blockId();
        String theirs = file.content();
        Optional<Blocks.Found> found = onDisk == null ? Optional.empty() : Blocks.find(onDisk, id, path);
        if (record == null) {
            if (onDisk == null) {
                return action(path, id, Action.CREATE, null, Blocks.create(id, theirs),
                        new RecordedFile(path, id, theirs, true, false), "new file with the " + id + " block");
            }
            RecordedFile fresh = new RecordedFile(path, id, theirs, false, false);
            if (found.isEmpty()) {
                return action(path, id, Action.UPDATE, onDisk, Blocks.append(onDisk, id, theirs), fresh,
                        "adds the " + id + " block; your text is kept");
            }
            if (found.get().inside().equals(theirs)) {
                return action(path, id, Action.UNCHANGED, onDisk, null, fresh, "block already up to date");
            }
            return new FileAction(path, id, Action.UPDATE, onDisk, Blocks.replace(found.get(), id, theirs), false, true, null,
                    fresh, "replaces an untracked " + id + " block (backup kept)");
        }
        if (found.isEmpty()) {
            trust.accept(record);
            return action(path, id, Action.REMOVED_BY_YOU, onDisk, null, record.removed(),
                    "the " + id + " block was removed by you; not re-added");
        }
        Blocks.Found block = found.get();
        RecordedFile fresh = new RecordedFile(path, id, theirs, record.createdFile(), false);
        return reconcile(path, id, record.text(), block.inside(), theirs, fresh, record,
                inside -> Blocks.replace(block, id, inside));
    }

    /** The table of issue #5 for a file (or block) that agentry wrote before and that still exists. */
    private FileAction reconcile(String path, String id, String base, String yours, String theirs, RecordedFile fresh,
            RecordedFile record, java.util.function.UnaryOperator<String> host) {
        String before = host.apply(yours);
        RecordedFile kept = new RecordedFile(record.path(), record.blockId(), record.text(), record.createdFile(), false);
        if (!yours.equals(base)) {
            trust.accept(record);
        }
        if (yours.equals(base)) {
            return theirs.equals(base)
                    ? action(path, id, Action.UNCHANGED, before, null, kept, "up to date")
                    : action(path, id, Action.UPDATE, before, host.apply(theirs), fresh, "new render; you had not edited it");
        }
        if (hasMarkers(yours)) {
            return action(path, id, Action.UNRESOLVED, before, null, kept,
                    "conflict markers from an earlier update are still in it; resolve them and run update again");
        }
        if (theirs.equals(base)) {
            return action(path, id, Action.KEEP, before, null, kept, "edited by you; agentry has nothing new for it");
        }
        if (yours.equals(theirs)) {
            return action(path, id, Action.UNCHANGED, before, null, fresh, "your edit matches the new render");
        }
        Merge.Result merged = Merge.threeWay(base, yours, theirs);
        if (!merged.conflicts()) {
            return action(path, id, Action.MERGE, before, host.apply(merged.text()), fresh, "your edits merged with the new render");
        }
        if (conflictStyle == ConflictStyle.REJ) {
            return new FileAction(path, id, Action.CONFLICT, before, null, false, false, theirs, fresh,
                    "your edits overlap agentry's changes: your file is kept, the new render is in " + path + ".rej");
        }
        return action(path, id, Action.CONFLICT, before, host.apply(merged.text()), fresh,
                "your edits overlap agentry's changes: resolve the conflict markers");
    }

    private FileAction planRemoval(RecordedFile record, String onDisk) {
        String path = record.path();
        String id = record.blockId();
        if (id == null) {
            if (onDisk == null) {
                return action(path, null, Action.FORGET, null, null, null, "no longer in the team; already gone");
            }
            if (onDisk.equals(record.text())) {
                return new FileAction(path, null, Action.DELETE, onDisk, null, true, false, null, null, "no longer in the team");
            }
            return action(path, null, Action.ORPHAN, onDisk, null, null,
                    "no longer in the team, but edited by you: kept, and no longer tracked");
        }
        Optional<Blocks.Found> found = onDisk == null ? Optional.empty() : Blocks.find(onDisk, id, path);
        if (found.isEmpty()) {
            return action(path, id, Action.FORGET, onDisk, null, null, "the " + id + " block is already gone");
        }
        if (!found.get().inside().equals(record.text())) {
            return action(path, id, Action.ORPHAN, onDisk, null, null,
                    "the " + id + " block is no longer wanted, but you edited it: kept, and no longer tracked");
        }
        String rest = Blocks.remove(found.get());
        boolean deleteFile = record.createdFile() && rest.isBlank();
        return new FileAction(path, id, Action.DELETE, onDisk, deleteFile ? null : rest, deleteFile, false, null, null,
                deleteFile ? "the " + id + " block is no longer wanted; the file held nothing else"
                        : "removes the " + id + " block; your text is kept");
    }

    static boolean hasMarkers(String text) {
        return text.contains("<<<<<<< " + Merge.YOURS) && text.contains(">>>>>>> " + Merge.AGENTRY);
    }

    private static FileAction action(String path, String id, Action action, String before, String after, RecordedFile record,
            String reason) {
        return new FileAction(path, id, action, before, after, false, false, null, record, reason);
    }
}
