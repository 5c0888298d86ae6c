package dev.agentry.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Decides what happens to every file: a pure function of the new render, the state recorded at the last
 * write and the files on disk. The base of every merge is what agentry wrote last time; "yours" is the file
 * on disk; "theirs" is the new render.
 */
public final class Planner {

    private static final String DROP_FALLBACK = "to drop it for good, change the answers in .agentry/answers.yml that"
            + " bring it into the team";

    private final ForeignFiles foreignFiles;
    /** The recorded files the plan being made relies upon: see {@link Plan#reliedOn()}. */
    private final List<RecordedFile> reliedOn = new ArrayList<>();
    private final Consumer<RecordedFile> trust = reliedOn::add;
    private final Reconciler reconciler;
    private final Map<String, String> placeholders;

    /** A planner, which makes one plan at a time from what it is given, and reads and checks nothing itself. */
    public Planner(ConflictStyle conflictStyle, ForeignFiles foreignFiles) {
        this(conflictStyle, foreignFiles, Map.of());
    }

    /**
     * As above, with the values of the team's {@code {{PLACEHOLDER}}}s ({@code PROJECT_TYPE} to "Backend API"): an agent
     * file adopted with {@link ForeignFiles#ADOPT} that still holds some, as a template collection's installer leaves
     * them, is kept with those filled in.
     */
    public Planner(ConflictStyle conflictStyle, ForeignFiles foreignFiles, Map<String, String> placeholders) {
        this.foreignFiles = foreignFiles;
        this.reconciler = new Reconciler(conflictStyle, foreignFiles, trust);
        this.placeholders = Map.copyOf(placeholders);
    }

    public Plan plan(List<DesiredFile> desired, List<RecordedFile> recorded, DiskView disk) {
        return plan(desired, recorded, List.of(), disk);
    }

    /**
     * The plan of {@code remove}: every recorded file leaves, and agentry forgets them all with its state, so an edited
     * file kept is the user's from then on (a later generate finds it as a file agentry did not write).
     */
    public Plan uninstall(List<RecordedFile> recorded, DiskView disk) {
        List<FileAction> actions = new ArrayList<>();
        for (RecordedFile record : recorded) {
            // entries of a shared list the user edited are forgotten with the state, as a whole edited file is
            actions.addAll(EntryFiles.isEntries(record.blockId())
                    ? EntryFiles.remove(record, disk.read(record.path()).orElse(null), trust)
                    : removal(record, disk, Leaving.FORGOTTEN, new ArrayList<>()));
        }
        return new Plan(actions, List.of(), relied());
    }

    /** What agentry keeps of a file that leaves the team: its text as the base of a return, or nothing (remove). */
    private enum Leaving {
        /** Released: the state remembers what agentry last wrote, and a pending .rej stays with the file. */
        RELEASED(" no longer tracked", "agentry merges it should it come back"),
        /** remove: the state goes, so the file is simply the user's. */
        FORGOTTEN(" now yours", "agentry forgets it with its state (should you generate this team again, --adopt keeps it"
                + " as yours and merges into it)");

        private final String kept;
        private final String after;

        Leaving(String kept, String after) {
            this.kept = kept;
            this.after = after;
        }
    }

    /**
     * Plans every file. {@code released} are the files agentry released earlier ({@link Plan#released()}): one that
     * is desired again is merged with what agentry last wrote there as the base, as if it had never left.
     */
    public Plan plan(List<DesiredFile> desired, List<RecordedFile> recorded, List<RecordedFile> released, DiskView disk) {
        Map<String, RecordedFile> tracked = byKey(recorded);
        Map<String, RecordedFile> earlier = byKey(released);
        List<FileAction> actions = new ArrayList<>();
        List<RecordedFile> stillReleased = new ArrayList<>();
        for (DesiredFile file : desired) {
            RecordedFile record = tracked.remove(file.key());
            RecordedFile before = earlier.remove(file.key());
            String onDisk = disk.read(file.path()).orElse(null);
            if (EntryFiles.isEntries(file.blockId())) {
                actions.addAll(EntryFiles.plan(file, record, onDisk, trust));
            }
            else if (record != null) {
                actions.addAll(file.isBlock() ? trackedBlock(file, record, onDisk, disk) : trackedWhole(file, record, onDisk, disk));
            }
            else {
                actions.addAll(file.isBlock() ? newBlock(file, before, onDisk, disk) : newWhole(file, before, onDisk, disk));
            }
        }
        for (RecordedFile record : tracked.values()) {
            if (EntryFiles.isEntries(record.blockId())) {
                actions.addAll(EntryFiles.remove(record, disk.read(record.path()).orElse(null), trust));
                continue;
            }
            List<FileAction> removal = removal(record, disk, Leaving.RELEASED, stillReleased);
            if (removal.get(0).action() == Action.ORPHAN) {
                // a conflict still open in a .rej stays open: it is taken up again should the file come back
                stillReleased.add(RejFiles.status(record, disk) == RejFiles.Status.PENDING ? record : record.withRej(null));
            }
            actions.addAll(removal);
        }
        for (RecordedFile file : earlier.values()) {
            // remembered while the user keeps the file; once it is gone there is nothing left to merge with
            if (disk.read(file.path()).isPresent()) {
                stillReleased.add(file);
            }
        }
        return new Plan(actions, stillReleased, relied());
    }

    /** The records this plan relied upon, once each; the planner starts afresh for its next plan. */
    private List<RecordedFile> relied() {
        List<RecordedFile> relied = reliedOn.stream().distinct().toList();
        reliedOn.clear();
        return relied;
    }

    private static Map<String, RecordedFile> byKey(List<RecordedFile> files) {
        Map<String, RecordedFile> byKey = new LinkedHashMap<>();
        files.forEach(r -> byKey.put(r.key(), r));
        return byKey;
    }

    /** A whole file agentry does not track: new, or released earlier and back in the team, or not agentry's. */
    private List<FileAction> newWhole(DesiredFile file, RecordedFile released, String onDisk, DiskView disk) {
        String path = file.path();
        String theirs = file.content();
        RecordedFile fresh = new RecordedFile(path, null, theirs, false);
        if (onDisk == null) {
            return List.of(action(path, null, Action.CREATE, null, theirs, fresh, "new"));
        }
        if (onDisk.equals(theirs)) {
            return List.of(action(path, null, Action.UNCHANGED, onDisk, null, fresh, "already as agentry would write it"));
        }
        if (released != null) {
            return reconciler.returning(path, null, released, onDisk, theirs, fresh, text -> text, disk);
        }
        return List.of(switch (foreignFiles) {
            case REFUSE -> action(path, null, Action.REFUSE, onDisk, null, null, "exists and was not written by agentry");
            case OVERWRITE -> FileAction.backedUp(path, null, Action.FORCE, onDisk, theirs, fresh,
                    "not written by agentry; overwritten (--force), backup kept");
            case ADOPT -> adopted(path, onDisk, fresh);
        });
    }

    /**
     * A file agentry did not write, kept as the user's with agentry's render as its base. A legacy agent file's
     * placeholders that the answers fill are filled (the filled file is the user's version, so every other line of
     * theirs is merged like any edit); those they do not fill are left as they are, and named.
     */
    private FileAction adopted(String path, String onDisk, RecordedFile fresh) {
        String kept = "not written by agentry: kept as yours (--adopt), with agentry's render recorded as its base, so"
                + " later updates merge into it";
        if (!LegacyPlaceholders.isAgentFile(path) || !onDisk.contains("{{")) {
            return action(path, null, Action.ADOPT, onDisk, null, fresh, kept);
        }
        LegacyPlaceholders.Filled filled = LegacyPlaceholders.fill(onDisk, placeholders);
        StringBuilder reason = new StringBuilder(kept);
        if (!filled.filled().isEmpty()) {
            reason.append("; filled ").append(LegacyPlaceholders.Filled.describe(filled.filled()))
                    .append(" from the answers, every other line as you wrote it");
        }
        if (!filled.left().isEmpty()) {
            reason.append("; left ").append(LegacyPlaceholders.Filled.describe(filled.left()))
                    .append(" as is: agentry has no value for ").append(filled.left().size() == 1 ? "it" : "them")
                    .append(" (fill ").append(filled.left().size() == 1 ? "it" : "them").append(" in by hand)");
        }
        return action(path, null, Action.ADOPT, onDisk, filled.filled().isEmpty() ? null : filled.text(), fresh,
                reason.toString());
    }

    private List<FileAction> trackedWhole(DesiredFile file, RecordedFile record, String onDisk, DiskView disk) {
        String path = file.path();
        String theirs = file.content();
        RecordedFile fresh = new RecordedFile(path, null, theirs, false);
        if (onDisk == null) {
            List<FileAction> actions = new ArrayList<>();
            actions.add(action(path, null, Action.RESTORE, null, theirs, fresh,
                    "missing, but still in the team, so agentry writes it again; " + dropHint(file)));
            actions.addAll(RejFiles.withdraw(record, disk, path + " is written again from the new render"));
            return actions;
        }
        return reconciler.tracked(path, null, record, onDisk, theirs, fresh, text -> text, disk);
    }

    /** A managed block agentry does not track: new, released earlier and back, or an untracked block in the file. */
    private List<FileAction> newBlock(DesiredFile file, RecordedFile released, String onDisk, DiskView disk) {
        String path = file.path();
        String id = file.blockId();
        String theirs = file.content();
        BlockHost host = BlockHost.of(id);
        if (onDisk == null) {
            return List.of(action(path, id, Action.CREATE, null, host.create(id, theirs),
                    new RecordedFile(path, id, theirs, true), "new file with " + host.what(id)));
        }
        List<String> known = released == null ? List.of(theirs) : List.of(theirs, released.text());
        Optional<BlockHost.Located> found = host.find(onDisk, id, path, known);
        RecordedFile fresh = new RecordedFile(path, id, theirs, released != null && released.createdFile());
        if (found.isEmpty()) {
            return List.of(action(path, id, Action.UPDATE, onDisk, host.append(onDisk, id, theirs, path), fresh,
                    "adds " + host.what(id) + "; your text is kept"));
        }
        BlockHost.Located block = found.get();
        if (block.inside().equals(theirs)) {
            return List.of(action(path, id, Action.UNCHANGED, onDisk, null, fresh, "block already up to date"));
        }
        if (released != null) {
            return reconciler.returning(path, id, released, block.inside(), theirs, fresh,
                    inside -> host.replace(block, id, inside), disk);
        }
        if (foreignFiles == ForeignFiles.ADOPT) {
            return List.of(action(path, id, Action.ADOPT, onDisk, null, fresh, host.what(id) + ", which agentry did not record:"
                    + " kept as yours (--adopt), with agentry's render recorded as its base, so later updates merge into it"));
        }
        if (host.untrackedIsTheUsers()) {
            // entries of the user's own that carry the names of agentry's: theirs, refused like any file agentry did not write
            return List.of(foreignFiles == ForeignFiles.OVERWRITE
                    ? FileAction.backedUp(path, id, Action.FORCE, onDisk, host.replace(block, id, theirs), fresh,
                            "entries of yours with the names of agentry's are overwritten (--force), backup kept")
                    : action(path, id, Action.REFUSE, onDisk, null, null, "holds entries agentry did not write with the names"
                            + " of agentry's (" + String.join(", ", names(block.inside(), theirs)) + ")"));
        }
        return List.of(FileAction.backedUp(path, id, Action.UPDATE, onDisk, host.replace(block, id, theirs), fresh,
                "replaces an untracked " + id + " block (backup kept; --adopt keeps yours instead)"));
    }

    /** The lines of the found block that name an entry agentry wants (its first line each), for the message. */
    private static List<String> names(String found, String theirs) {
        List<String> names = new ArrayList<>();
        for (String line : found.split("\n")) {
            if (line.startsWith("- ") && theirs.contains(line)) {
                names.add(line.substring(2).strip());
            }
        }
        return names;
    }

    private List<FileAction> trackedBlock(DesiredFile file, RecordedFile record, String onDisk, DiskView disk) {
        String path = file.path();
        String id = file.blockId();
        String theirs = file.content();
        BlockHost host = BlockHost.of(id);
        Optional<BlockHost.Located> found = onDisk == null ? Optional.empty()
                : host.find(onDisk, id, path, List.of(theirs, record.text()));
        if (found.isEmpty()) {
            List<FileAction> actions = new ArrayList<>();
            actions.add(onDisk == null
                    ? action(path, id, Action.RESTORE, null, host.create(id, theirs), new RecordedFile(path, id, theirs, true),
                            "missing, but " + host.what(id) + " is still wanted, so agentry creates the file again; "
                                    + dropHint(file))
                    : action(path, id, Action.RESTORE, onDisk, host.append(onDisk, id, theirs, path),
                            new RecordedFile(path, id, theirs, record.createdFile()),
                            host.what(id) + " is missing from the file but still wanted, so agentry adds it again (your"
                                    + " text is kept); " + dropHint(file)));
            actions.addAll(RejFiles.withdraw(record, disk, host.what(id) + " is written again from the new render"));
            return actions;
        }
        BlockHost.Located block = found.get();
        RecordedFile fresh = new RecordedFile(path, id, theirs, record.createdFile());
        return reconciler.tracked(path, id, record, block.inside(), theirs, fresh, inside -> host.replace(block, id, inside), disk);
    }

    /**
     * What happens to a recorded file no longer in the team; {@code released} gets what part of it stays the user's
     * (entries of a shared list the user edited).
     */
    private List<FileAction> removal(RecordedFile record, DiskView disk, Leaving leaving, List<RecordedFile> released) {
        String path = record.path();
        String id = record.blockId();
        String onDisk = disk.read(path).orElse(null);
        List<FileAction> actions = new ArrayList<>();
        String why = "its file is no longer in the team";
        if (id == null) {
            if (onDisk == null) {
                actions.add(action(path, null, Action.FORGET, null, null, null, "no longer in the team; already gone"));
            }
            else if (onDisk.equals(record.text())) {
                actions.add(FileAction.deletion(path, null, onDisk, "no longer in the team"));
            }
            else {
                // released: its text is carried into the next state as the base of a later return
                trust.accept(record);
                actions.add(action(path, null, Action.ORPHAN, onDisk, null, null, "no longer in the team, but edited by you:"
                        + " kept, and" + leaving.kept + markersNote(onDisk) + pendingRej(record, disk, leaving) + "; "
                        + leaving.after));
                if (keepsRej(record, disk, leaving)) {
                    return actions;
                }
            }
            actions.addAll(RejFiles.withdraw(record, disk, why));
            return actions;
        }
        BlockHost host = BlockHost.of(id);
        Optional<BlockHost.Located> found = onDisk == null ? Optional.empty()
                : host.find(onDisk, id, path, List.of(record.text()));
        if (found.isEmpty()) {
            actions.add(action(path, id, Action.FORGET, onDisk, null, null, host.what(id) + " is already gone"));
        }
        else if (!found.get().inside().equals(record.text()) && host.partly(found.get(), record.text()).isPresent()) {
            // entries of a shared list: the ones the user edited stay theirs (released), the others go
            trust.accept(record);
            BlockHost.Part kept = host.partly(found.get(), record.text()).get();
            if (kept.ids().isEmpty()) {
                boolean deleteFile = record.createdFile() && kept.text().isBlank();
                String reason = "removes " + host.what(id) + " (those you deleted are already gone); your text is kept";
                actions.add(deleteFile ? FileAction.deletion(path, id, onDisk, reason)
                        : action(path, id, Action.DELETE, onDisk, kept.text(), null, reason));
            }
            else {
                released.add(new RecordedFile(path, id, kept.recorded(), record.createdFile()));
                actions.add(action(path, id, Action.DELETE, onDisk, kept.text(), null, "removes agentry's entries you did not"
                        + " edit; the ones you edited (" + String.join(", ", kept.ids()) + ") are kept, and"
                        + (leaving == Leaving.RELEASED ? " no longer tracked; agentry merges them should they come back"
                                : leaving.kept + "; " + leaving.after)));
            }
        }
        else if (!found.get().inside().equals(record.text())) {
            trust.accept(record);
            actions.add(action(path, id, Action.ORPHAN, onDisk, null, null, host.what(id) + " is no longer wanted, but"
                    + " you edited it: kept, and" + leaving.kept + markersNote(found.get().inside())
                    + pendingRej(record, disk, leaving) + "; " + leaving.after));
            if (keepsRej(record, disk, leaving)) {
                return actions;
            }
        }
        else {
            String rest = host.remove(found.get());
            boolean deleteFile = record.createdFile() && rest.isBlank();
            String reason = deleteFile ? host.what(id) + " is no longer wanted; the file held nothing else"
                    : "removes " + host.what(id) + "; your text is kept";
            actions.add(deleteFile ? FileAction.deletion(path, id, onDisk, reason)
                    : action(path, id, Action.DELETE, onDisk, rest, null, reason));
        }
        actions.addAll(RejFiles.withdraw(record, disk, host.what(id) + " is no longer wanted"));
        return actions;
    }

    /** A released file keeps its pending .rej: the conflict is not settled by the file leaving the team. */
    private static boolean keepsRej(RecordedFile record, DiskView disk, Leaving leaving) {
        return leaving == Leaving.RELEASED && RejFiles.status(record, disk) == RejFiles.Status.PENDING;
    }

    private static String pendingRej(RecordedFile record, DiskView disk, Leaving leaving) {
        return keepsRej(record, disk, leaving) ? " (its conflict stays open: agentry's side is still in " + record.rejPath()
                + ", kept beside it)" : "";
    }

    private static String markersNote(String text) {
        return ConflictMarkers.find(text).map(m -> m.agentrys() ? " (it still holds conflict markers)"
                : " (it still holds a git merge conflict)").orElse("");
    }

    private static String dropHint(DesiredFile file) {
        return file.dropHint() != null ? file.dropHint() : DROP_FALLBACK;
    }

    private static FileAction action(String path, String id, Action action, String before, String after, RecordedFile record,
            String reason) {
        return FileAction.of(path, id, action, before, after, record, reason);
    }
}
