package dev.agentry.app;

import java.nio.file.Path;
import java.util.List;

import dev.agentry.compose.Team;
import dev.agentry.plan.Plan;
import dev.agentry.support.ExitCode;

/**
 * The result of a run on one target.
 *
 * @param team the team that was (or would be) written; null for remove
 * @param applied true when files were written
 * @param answersChanged true when .agentry/answers.yml was (or would be) rewritten
 * @param backups the folder of backups made, or null
 * @param notes extra lines for the user (recovery of an interrupted run, answers edited by hand ...)
 * @param packs the scaffold packs whose version the run set or moved, or (check) for which it found a newer one
 */
public record Outcome(Path target, Command command, Team team, Plan plan, boolean dryRun, boolean applied,
        boolean answersChanged, Path backups, List<String> notes, ExitCode exitCode, List<PackChange> packs) {

    public Outcome {
        notes = List.copyOf(notes);
        packs = packs == null ? List.of() : List.copyOf(packs);
    }

    /** An outcome that changed no pack's version. */
    public Outcome(Path target, Command command, Team team, Plan plan, boolean dryRun, boolean applied,
            boolean answersChanged, Path backups, List<String> notes, ExitCode exitCode) {
        this(target, command, team, plan, dryRun, applied, answersChanged, backups, notes, exitCode, List.of());
    }

    /** The same outcome with a note in front of the others. */
    public Outcome withNote(String note) {
        List<String> all = new java.util.ArrayList<>(List.of(note));
        all.addAll(notes);
        return new Outcome(target, command, team, plan, dryRun, applied, answersChanged, backups, all, exitCode, packs);
    }
}
