package dev.agentry.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

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

    public Outcome run(Path target, boolean dryRun) {
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
            Plan plan = planner.uninstall(state.files(), new DiskReader(workspace, fs));
            return new Outcome(workspace.root(), "remove", null, plan, true, false, false, null, notes, ExitCode.OK);
        }
        Plan plan;
        try (TargetLock lock = Opening.lockForWrite(workspace, fs, notes)) {
            State state = StateStore.read(workspace).verifyAll();
            plan = planner.uninstall(state.files(), new DiskReader(workspace, fs));
            new Applier(fs).uninstall(workspace, plan).ifPresent(notes::add);
        }
        notes.addAll(tidyMeta(workspace));
        return new Outcome(workspace.root(), "remove", null, plan, false, true, true, null, notes, ExitCode.OK);
    }

    /** Deletes the lock and .agentry/ itself when the user keeps nothing of their own in it. */
    private static List<String> tidyMeta(Workspace workspace) {
        List<String> notes = new ArrayList<>();
        try {
            Files.deleteIfExists(workspace.lock());
            try (Stream<Path> entries = Files.list(workspace.meta())) {
                List<String> left = entries.map(p -> p.getFileName().toString()).sorted().toList();
                if (left.isEmpty()) {
                    Files.delete(workspace.meta());
                }
                else {
                    notes.add(Workspace.META + "/ kept: it still holds " + String.join(", ", left) + " (yours)");
                }
            }
        }
        catch (IOException e) {
            notes.add("could not tidy " + workspace.meta() + ": " + e.getMessage());
        }
        return notes;
    }
}
