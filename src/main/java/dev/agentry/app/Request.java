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
import dev.agentry.support.Timings;

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
        Upgrades upgrades, Trust trust, Timings timings) {

    public Request {
        Objects.requireNonNull(target, "target is required");
        flags = flags == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(flags));
        sets = sets == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(sets));
        scaffolds = scaffolds == null ? List.of() : List.copyOf(scaffolds);
        foreignFiles = foreignFiles == null ? ForeignFiles.REFUSE : foreignFiles;
        conflictStyle = conflictStyle == null ? ConflictStyle.INLINE : conflictStyle;
        upgrades = upgrades == null ? Upgrades.NONE : upgrades;
        trust = trust == null ? Trust.ANY : trust;
        timings = timings == null ? Timings.OFF : timings;
    }

    /** A request for a target, built from the defaults up: {@code Request.to(target).flags(answers).dryRun()
            .build()}. */
    public static Builder to(Path target) {
        return new Builder(target);
    }

    /** A request with nothing but a target, as check and remove take. */
    public static Request of(Path target) {
        return to(target).build();
    }

    /** A builder that starts from this request, to change some of its parts. */
    public Builder toBuilder() {
        return new Builder(target).flags(flags).sets(sets).answersFile(answersFile).scaffolds(scaffolds).dryRun(dryRun)
                .foreignFiles(foreignFiles).conflictStyle(conflictStyle).detect(detect).upgrades(upgrades).trust(trust)
                .timings(timings);
    }

    /** The same request for another target (fleet mode). */
    public Request withTarget(Path other) {
        return toBuilder().target(other).build();
    }

    /** The same request with another policy for files agentry did not write (the init wizard's choice, say). */
    public Request withForeignFiles(ForeignFiles policy) {
        return toBuilder().foreignFiles(policy).build();
    }

    /** The same request as a dry run: plan and report, write nothing. */
    public Request asDryRun() {
        return toBuilder().dryRun().build();
    }

    /** The same request with another choice about newer pack versions. */
    public Request withUpgrades(Upgrades other) {
        return toBuilder().upgrades(other).build();
    }

    /** The same request accepting only the scaffold sources this trusts (a fleet run). */
    public Request withTrust(Trust other) {
        return toBuilder().trust(other).build();
    }

    /**
     * Builds a {@link Request} part by part; what is not set keeps its default: no answers, no layers, a real run that
     * refuses foreign files, inline conflicts, no detection, the recorded pack versions, every scaffold source trusted.
     */
    public static final class Builder {

        private Path target;
        private Map<String, Object> flags;
        private Map<String, Object> sets;
        private Path answersFile;
        private List<String> scaffolds;
        private boolean dryRun;
        private ForeignFiles foreignFiles;
        private ConflictStyle conflictStyle;
        private boolean detect;
        private Upgrades upgrades;
        private Trust trust;
        private Timings timings;

        private Builder(Path target) {
            this.target = target;
        }

        public Builder target(Path value) {
            this.target = value;
            return this;
        }

        /** Answers given as options (project-type, deployment, stack, project-name, agents, targets). */
        public Builder flags(Map<String, Object> value) {
            this.flags = value;
            return this;
        }

        /** {@code --set KEY=VALUE} values. */
        public Builder sets(Map<String, Object> value) {
            this.sets = value;
            return this;
        }

        /** An answers file ({@code --answers}), or null. */
        public Builder answersFile(Path value) {
            this.answersFile = value;
            return this;
        }

        /** Extra scaffold sources ({@code --scaffolds}), in order. */
        public Builder scaffolds(List<String> value) {
            this.scaffolds = value;
            return this;
        }

        /** Plan and report, write nothing ({@code --dry-run}). */
        public Builder dryRun() {
            return dryRun(true);
        }

        public Builder dryRun(boolean value) {
            this.dryRun = value;
            return this;
        }

        public Builder foreignFiles(ForeignFiles value) {
            this.foreignFiles = value;
            return this;
        }

        public Builder conflictStyle(ConflictStyle value) {
            this.conflictStyle = value;
            return this;
        }

        /** Fill the answers no other source gives from what the repository shows ({@code --detect}). */
        public Builder detect() {
            return detect(true);
        }

        public Builder detect(boolean value) {
            this.detect = value;
            return this;
        }

        public Builder upgrades(Upgrades value) {
            this.upgrades = value;
            return this;
        }

        public Builder trust(Trust value) {
            this.trust = value;
            return this;
        }

        /** Where this run records its phases ({@code --timings}); {@link Timings#OFF} records nothing. */
        public Builder timings(Timings value) {
            this.timings = value;
            return this;
        }

        public Request build() {
            return new Request(target, flags, sets, answersFile, scaffolds, dryRun, foreignFiles, conflictStyle, detect,
                    upgrades, trust, timings);
        }
    }
}
