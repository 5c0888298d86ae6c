package dev.agentry.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.agentry.apply.Applier;
import dev.agentry.apply.FileSystem;
import dev.agentry.apply.State;
import dev.agentry.apply.StateStore;
import dev.agentry.apply.TargetLock;
import dev.agentry.apply.Workspace;
import dev.agentry.plan.ConflictStyle;
import dev.agentry.plan.ForeignFiles;
import dev.agentry.plan.Plan;
import dev.agentry.plan.Planner;
import dev.agentry.apply.DiskReader;
import dev.agentry.apply.DiskSnapshot;
import dev.agentry.support.AgentryException;
import dev.agentry.support.ExitCode;

/**
 * {@code remove}: uninstalls the team. Deletes every file agentry wrote that the user has not edited, removes the
 * managed blocks, keeps (and lists) edited files, and removes .agentry/ when nothing it tracks remains.
 */
public final class Remove {

    private final FileSystem fs;

    public Remove(FileSystem fs) {
        this.fs = fs;
    }

    /** Removes the team from a target. */
    public Outcome run(Path target) {
        return remove(target, false);
    }

    /** What {@link #run} would remove from a target, with nothing removed. */
    public Outcome dryRun(Path target) {
        return remove(target, true);
    }

    private Outcome remove(Path target, boolean dryRun) {
        Workspace workspace = Workspace.of(target);
        List<String> notes = Opening.withTeam(workspace, fs, "nothing to remove.");
        if (Records.stateMissing(workspace)) {
            // without the record of what agentry wrote, removing would delete the answers and leave every file behind
            throw AgentryException.usage(Records.stateMissingMessage() + "; then run 'agentry remove' again. Nothing was"
                    + " removed.");
        }
        Planner planner = new Planner(ConflictStyle.INLINE, ForeignFiles.REFUSE);
        if (dryRun) {
            State state = StateStore.read(workspace).verifyAll();
            Plan plan = planner.uninstall(state.files(), DiskSnapshot.read(new DiskReader(workspace, fs), List.of(),
                    state.files(), List.of()));
            return new Outcome(workspace.root(), Command.REMOVE, null, plan, Outcome.Effect.DRY_RUN, false, null, notes,
                    ExitCode.OK);
        }
        Plan plan;
        try (TargetLock lock = Opening.lockForWrite(workspace, fs, notes)) {
            State state = StateStore.read(workspace).verifyAll();
            plan = planner.uninstall(state.files(), DiskSnapshot.read(new DiskReader(workspace, fs), List.of(),
                    state.files(), List.of()));
            new Applier(fs).uninstall(workspace, plan).ifPresent(notes::add);
        }
        notes.addAll(new Applier(fs).tidyAfterUninstall(workspace));
        return new Outcome(workspace.root(), Command.REMOVE, null, plan, Outcome.Effect.WRITTEN, true, null, notes,
                ExitCode.OK);
    }
}
