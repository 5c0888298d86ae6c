package dev.agentry.app;

import java.nio.file.Path;
import java.util.List;

import dev.agentry.detect.Detection;
import dev.agentry.detect.Detector;
import dev.agentry.detect.Limits;
import dev.agentry.detect.Proposal;
import dev.agentry.detect.ScannedRepository;

/**
 * Detects what a repository is ({@code agentry detect}, the init wizard's pre-selection) with the catalogue of its own
 * scaffold layers, those its answers record, and any given. Reads only.
 */
public final class Detect {

    private final Catalogs catalogs;

    public Detect(Catalogs catalogs) {
        this.catalogs = catalogs;
    }

    /** Everything detection found in the target, with the proposal when no answer is given. */
    public Detection run(Path target, List<String> scaffolds) {
        ScannedRepository scanned = Detector.scan(target, Limits.DEFAULT);
        return new Detector(catalogs.catalog(target, scaffolds)).detect(scanned);
    }

    /**
     * What the wizard pre-selects: the proposal that fits the project type and stack already answered (null when not),
     * each answer with its one-line evidence ({@link Proposal#summary}, "found go.mod (gin), fly.toml").
     */
    public Proposal propose(Path target, List<String> scaffolds, String projectType, String stack) {
        return run(target, scaffolds).propose(projectType, stack);
    }
}
