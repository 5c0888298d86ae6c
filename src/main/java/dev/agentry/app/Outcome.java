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
 */
public record Outcome(Path target, String command, Team team, Plan plan, boolean dryRun, boolean applied,
        boolean answersChanged, Path backups, List<String> notes, ExitCode exitCode) {

    public Outcome {
        notes = List.copyOf(notes);
    }

    /** The same outcome with a note in front of the others. */
    public Outcome withNote(String note) {
        List<String> all = new java.util.ArrayList<>(List.of(note));
        all.addAll(notes);
        return new Outcome(target, command, team, plan, dryRun, applied, answersChanged, backups, all, exitCode);
    }
}
