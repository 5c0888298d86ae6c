package dev.agentry.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import dev.agentry.apply.Applier;
import dev.agentry.apply.FileSystem;
import dev.agentry.apply.State;
import dev.agentry.apply.StateStore;
import dev.agentry.apply.TargetLock;
import dev.agentry.apply.Workspace;
import dev.agentry.interview.MissingAnswersException;
import dev.agentry.plan.FileAction;
import dev.agentry.plan.ForeignFiles;
import dev.agentry.plan.Plan;
import dev.agentry.support.ExitCode;
import dev.agentry.support.Hashing;
import dev.agentry.support.Listing;
import dev.agentry.support.Timings;
import dev.agentry.support.Version;

/**
 * Writes (or regenerates) a team into a target: {@code generate}, and {@code update}, which is the same run
 * on a target that already has answers. User edits are kept through three-way merges.
 */
public final class Generate {

    private final Pipeline pipeline;
    private final FileSystem fs;

    public Generate(Scaffolds scaffolds, FileSystem fs) {
        this.pipeline = new Pipeline(scaffolds, fs);
        this.fs = fs;
    }

    /** Which of the two commands a run is: they differ in what they ask of the target before planning. */
    public enum Mode {
        /** {@code generate}: the target may be new (it is then created) or hold a team already. */
        GENERATE(Command.GENERATE),
        /** {@code update}: the target must exist and hold a team. */
        UPDATE(Command.UPDATE);

        private final Command command;

        Mode(Command command) {
            this.command = command;
        }

        private boolean requiresState() {
            return this == UPDATE;
        }
    }

    /** Runs generate or update on one target. */
    public Outcome run(Request request, Mode mode) {
        boolean requireState = mode.requiresState();
        Workspace workspace = Workspace.of(request.target(), !requireState);
        List<String> notes = requireState
                ? Opening.withTeam(workspace, fs, "run 'agentry generate' or 'agentry init' there first.")
                : Opening.recovered(workspace, fs);
        Pipeline.Prepared prepared;
        try {
            prepared = pipeline.prepare(workspace, request);
        }
        catch (MissingAnswersException e) {
            throw Records.answersMissing(workspace) ? Records.explain(e) : e;
        }
        notes.addAll(prepared.notes());
        if (prepared.answersEditedByHand()) {
            notes.add(Workspace.META + "/answers.yml was edited by hand since the last run; its answers are used");
        }
        boolean stateMissing = Records.stateMissing(workspace);
        refuseForeignFiles(prepared.plan(), workspace, stateMissing);
        if (stateMissing) {
            notes.add(Records.STATE + " was missing: recorded again"
                    + (request.foreignFiles() == ForeignFiles.ADOPT ? ", with the files as they are kept as yours" : ""));
        }
        if (request.foreignFiles() == ForeignFiles.ADOPT) {
            notes.addAll(othersLeftAlone(prepared));
        }
        Command command = mode.command;
        if (request.dryRun()) {
            return outcome(prepared, command, prepared.plan(), Outcome.Effect.DRY_RUN, null, notes);
        }
        if (unchanged(prepared)) {
            // nothing to write: no lock needed, and nothing another run could race with
            return outcome(prepared, command, prepared.plan(), Outcome.Effect.NOTHING_WRITTEN, null, notes);
        }
        try (TargetLock lock = Opening.lockForWrite(workspace, fs, notes)) {
            // another run may have changed the answers, the state or the files while this one waited: plan again from
            // what is on disk now, so that its changes are built upon rather than undone
            prepared = pipeline.again(prepared, request);
            Plan plan = prepared.plan();
            refuseForeignFiles(plan, workspace, Records.stateMissing(workspace));
            if (unchanged(prepared)) {
                return outcome(prepared, command, plan, Outcome.Effect.NOTHING_WRITTEN, null, notes);
            }
            request.timings().mark("lock and plan again");
            Path backups = new Applier(fs).apply(workspace, plan, prepared.answersChanged() ? prepared.answersYaml() : null,
                    StateStore.serialize(newState(prepared)));
            request.timings().mark("write");
            return outcome(prepared, command, plan, Outcome.Effect.WRITTEN, backups, notes);
        }
    }

    /** The state this run would record. */
    private static State newState(Pipeline.Prepared prepared) {
        return new State(Version.current(), prepared.team().catalog().version(), Hashing.sha256(prepared.answersYaml()),
                prepared.plan().records(), prepared.plan().released(), prepared.packs());
    }

    /**
     * True when the run would change nothing: no file, not the answers, not the state. The state is compared as
     * values, which spares an unchanged run writing it out as JSON and hashing every file again.
     */
    private static boolean unchanged(Pipeline.Prepared prepared) {
        return !prepared.plan().changesDisk() && !prepared.answersChanged() && !prepared.state().isEmpty()
                && newState(prepared).equals(prepared.state());
    }

    private static void refuseForeignFiles(Plan plan, Workspace workspace, boolean stateMissing) {
        List<FileAction> refused = plan.refused();
        if (refused.isEmpty()) {
            return;
        }
        if (stateMissing) {
            // the files are agentry's, most likely: what is wrong is the missing record of them
            throw new ForeignFilesException(refused.stream().map(FileAction::path).toList(), Records.stateMissingMessage()
                    + ". The files it would have to leave alone: " + Listing.firstFew(refused.stream().map(FileAction::path)
                    .toList(), 5) + ". Nothing was written.");
        }
        List<FileAction> rejs = refused.stream().filter(a -> a.path().endsWith(".rej")).toList();
        List<FileAction> files = refused.stream().filter(a -> !a.path().endsWith(".rej")).toList();
        StringBuilder message = new StringBuilder("These files exist in " + workspace.root()
                + " but were not written by agentry, so they are left alone:\n");
        // a .rej in the way says why agentry needs its place
        refused.forEach(a -> message.append("  ").append(a.path())
                .append(a.path().endsWith(".rej") ? " (" + a.reason() + ")" : "").append('\n'));
        if (!files.isEmpty()) {
            message.append("Run again with --adopt to keep " + (rejs.isEmpty() ? "them" : "the files other than .rej") + " as"
                    + " yours (agentry records its own version as their base and merges its later changes into them), or with"
                    + " --force to overwrite them (a backup of each is kept under " + Workspace.META + "/backup/), or move"
                    + " them away.");
        }
        if (!rejs.isEmpty()) {
            // --adopt cannot help: agentry's side of the conflict has to go somewhere, and that place is taken
            message.append(files.isEmpty() ? "" : "\n").append(rejs.size() == 1 ? "That .rej is" : "Those .rej files are")
                    .append(" in the place agentry needs for its side of a conflict, so --adopt cannot keep ")
                    .append(rejs.size() == 1 ? "it" : "them").append(": move ").append(rejs.size() == 1 ? "it" : "each")
                    .append(" away, or run again with --conflict inline (conflict markers in the file instead), or with --force")
                    .append(" to overwrite ").append(rejs.size() == 1 ? "it" : "them").append(" (a backup is kept under ")
                    .append(Workspace.META).append("/backup/).");
        }
        message.append(" Nothing was written.");
        throw new ForeignFilesException(refused.stream().map(FileAction::path).toList(), message.toString());
    }

    /**
     * With --adopt, the files in agentry's folders (such as .claude/agents/) that agentry would not write under any name
     * of this team: left alone, and said so, so that the user knows they were seen and not adopted.
     */
    private static List<String> othersLeftAlone(Pipeline.Prepared prepared) {
        Set<String> known = new HashSet<>();
        prepared.desired().forEach(f -> known.add(f.path()));
        prepared.state().files().forEach(f -> known.add(f.path()));
        prepared.state().released().forEach(f -> known.add(f.path()));
        Set<String> folders = new TreeSet<>();
        prepared.desired().stream().filter(f -> !f.isBlock() && f.path().contains("/"))
                .forEach(f -> folders.add(f.path().substring(0, f.path().lastIndexOf('/'))));
        List<String> others = new ArrayList<>();
        for (String folder : folders) {
            Path dir = prepared.workspace().resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> entries = Files.list(dir)) {
                entries.filter(Files::isRegularFile).map(p -> folder + "/" + p.getFileName())
                        .filter(p -> !known.contains(p) && !p.endsWith(".rej")).sorted().forEach(others::add);
            }
            catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dir, e);
            }
        }
        return others.isEmpty() ? List.of() : List.of("left alone, as no agent of this team has its name (--adopt takes only"
                + " files agentry would write): " + String.join(", ", others));
    }

    private static Outcome outcome(Pipeline.Prepared prepared, Command command, Plan plan, Outcome.Effect effect,
            Path backups, List<String> notes) {
        ExitCode code = plan.hasConflicts() ? ExitCode.CONFLICTS : ExitCode.OK;
        return new Outcome(prepared.workspace().root(), command, prepared.team(), plan, effect,
                prepared.answersChanged(), backups, notes, code, prepared.packChanges());
    }
}
