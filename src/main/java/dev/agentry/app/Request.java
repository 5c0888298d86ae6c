package dev.agentry.app;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.agentry.pack.Trust;
import dev.agentry.plan.ConflictStyle;
import dev.agentry.plan.ForeignFiles;

/**
 * What a generate, update or check run was asked to do.
 *
 * @param flags answers given as options (project-type, deployment, stack, project-name, agents, targets)
 * @param sets {@code --set KEY=VALUE} values, which take precedence over everything
 * @param answersFile an answers file ({@code --answers}), or null
 * @param scaffolds extra scaffold sources ({@code --scaffolds}: folders, or git repositories with an optional #REF), in
 *     order, as given; empty to use the recorded ones
 * @param foreignFiles what to do with files in the way that agentry did not write (refuse, --force, --adopt)
 * @param detect fill the answers no other source gives from what the repository shows ({@code --detect})
 * @param upgrades what to do about newer versions of the scaffold packs ({@code --upgrade}, {@code --upgrades})
 * @param trust the scaffold sources this run accepts (a fleet run: those the user's config.yml trusts)
 */
public record Request(Path target, Map<String, Object> flags, Map<String, Object> sets, Path answersFile,
        List<String> scaffolds, boolean dryRun, ForeignFiles foreignFiles, ConflictStyle conflictStyle, boolean detect,
        Upgrades upgrades, Trust trust) {

    public Request {
        Objects.requireNonNull(target, "target is required");
        flags = flags == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(flags));
        sets = sets == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(sets));
        scaffolds = scaffolds == null ? List.of() : List.copyOf(scaffolds);
        foreignFiles = foreignFiles == null ? ForeignFiles.REFUSE : foreignFiles;
        conflictStyle = conflictStyle == null ? ConflictStyle.INLINE : conflictStyle;
        upgrades = upgrades == null ? Upgrades.NONE : upgrades;
        trust = trust == null ? Trust.ANY : trust;
    }

    /** A request that detects nothing, uses the recorded pack versions and accepts every scaffold source. */
    public Request(Path target, Map<String, Object> flags, Map<String, Object> sets, Path answersFile, List<String> scaffolds,
            boolean dryRun, ForeignFiles foreignFiles, ConflictStyle conflictStyle) {
        this(target, flags, sets, answersFile, scaffolds, dryRun, foreignFiles, conflictStyle, false, Upgrades.NONE,
                Trust.ANY);
    }

    /** The same request for another target (fleet mode). */
    public Request withTarget(Path other) {
        return new Request(other, flags, sets, answersFile, scaffolds, dryRun, foreignFiles, conflictStyle, detect, upgrades,
                trust);
    }

    /** The same request with another policy for files agentry did not write (the init wizard's choice, say). */
    public Request withForeignFiles(ForeignFiles policy) {
        return new Request(target, flags, sets, answersFile, scaffolds, dryRun, policy, conflictStyle, detect, upgrades,
                trust);
    }

    /** The same request as a dry run: plan and report, write nothing. */
    public Request asDryRun() {
        return new Request(target, flags, sets, answersFile, scaffolds, true, foreignFiles, conflictStyle, detect, upgrades,
                trust);
    }

    /** The same request with another choice about newer pack versions. */
    public Request withUpgrades(Upgrades other) {
        return new Request(target, flags, sets, answersFile, scaffolds, dryRun, foreignFiles, conflictStyle, detect, other,
                trust);
    }

    /** The same request accepting only the scaffold sources this trusts (a fleet run). */
    public Request withTrust(Trust other) {
        return new Request(target, flags, sets, answersFile, scaffolds, dryRun, foreignFiles, conflictStyle, detect, upgrades,
                other);
    }

    /** A request with nothing but a target, as check and remove take. */
    public static Request of(Path target) {
        return new Request(target, Map.of(), Map.of(), null, List.of(), false, ForeignFiles.REFUSE, ConflictStyle.INLINE);
    }
}
