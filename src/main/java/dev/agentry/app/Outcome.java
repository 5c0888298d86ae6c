package dev.agentry.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import dev.agentry.compose.Team;
import dev.agentry.plan.Plan;
import dev.agentry.support.ExitCode;

/**
 * The result of a run on one target.
 *
 * @param team the team that was (or would be) written; null for remove
 * @param effect what the run did on disk: planned only (a dry run), nothing to write, or written
 * @param answersChanged true when .agentry/answers.yml was (or would be) rewritten
 * @param backups the folder of backups made, or null
 * @param notes extra lines for the user (recovery of an interrupted run, answers edited by hand ...)
 * @param packs the scaffold packs whose version the run set or moved, or (check) for which it found a newer one
 */
public record Outcome(Path target, Command command, Team team, Plan plan, Effect effect, boolean answersChanged,
        Path backups, List<String> notes, ExitCode exitCode, List<PackChange> packs) {

    /** What a run did on disk. */
    public enum Effect {
        /** Planned and reported only: a dry run, or check. */
        DRY_RUN,
        /** A real run that found nothing to write. */
        NOTHING_WRITTEN,
        /** A real run that wrote (or deleted) files. */
        WRITTEN
    }

    public Outcome {
        Objects.requireNonNull(effect, "effect is required");
        notes = List.copyOf(notes);
        packs = packs == null ? List.of() : List.copyOf(packs);
    }

    /** An outcome that changed no pack's version. */
    public Outcome(Path target, Command command, Team team, Plan plan, Effect effect, boolean answersChanged,
            Path backups, List<String> notes, ExitCode exitCode) {
        this(target, command, team, plan, effect, answersChanged, backups, notes, exitCode, List.of());
    }

    /** True when the run only planned: nothing was written. */
    public boolean dryRun() {
        return effect == Effect.DRY_RUN;
    }

    /** True when files were written. */
    public boolean applied() {
        return effect == Effect.WRITTEN;
    }

    /** The same outcome with a note in front of the others. */
    public Outcome withNote(String note) {
        List<String> all = new java.util.ArrayList<>(List.of(note));
        all.addAll(notes);
        return new Outcome(target, command, team, plan, effect, answersChanged, backups, all, exitCode, packs);
    }
}
