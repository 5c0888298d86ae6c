package dev.agentry.detect;

import java.util.Locale;
import java.util.Set;

/**
 * How much a finding counts for where it is. A manifest at the root describes the project itself, one a few levels
 * down a part of it (a monorepo's {@code apps/web/}), a deeper one less; a CI step counts fully only in a job, stage
 * or workflow about deploying. Anything inside examples, tests or docs shows what the project works with rather than
 * what it is, and counts least.
 */
final class Location {

    /** Folders whose content is about the project rather than part of it. */
    static final Set<String> SIDE_FOLDERS = Set.of("example", "examples", "sample", "samples", "demo", "demos", "test",
            "tests", "__tests__", "testdata", "test-data", "testing", "fixtures", "e2e", "docs", "doc", "documentation",
            "website", "benchmark", "benchmarks", "bench", "playground", "sandbox", "third_party", "third-party", "external",
            "integration-tests", "it");

    static final double FULL = 1.0;
    static final double PART = 0.75;
    static final double DEEP = 0.5;
    static final double SIDE = 0.25;
    /** How much a CI step counts outside a deploy step (a test job that applies manifests to a throwaway cluster). */
    static final double OUTSIDE_DEPLOY_STEP = 0.5;
    /** Folder levels above a manifest that still make it a part of the project rather than something deep inside. */
    static final int PART_DEPTH = 3;

    private Location() {
    }

    /** A manifest's factor: its depth, or a side folder. */
    static double manifest(String path) {
        if (inSideFolder(path)) {
            return SIDE;
        }
        int depth = PathIndex.depth(path);
        return depth == 0 ? FULL : depth <= PART_DEPTH ? PART : DEEP;
    }

    /** A matched file's or folder's factor: the pattern already says where it belongs, so only side folders count less. */
    static double file(String path) {
        return inSideFolder(path) ? SIDE : FULL;
    }

    /** A CI step's factor (a command it runs, an action it uses): whether it deploys, or a side folder. */
    static double step(String path, boolean deploying) {
        return inSideFolder(path) ? SIDE : deploying ? FULL : OUTSIDE_DEPLOY_STEP;
    }

    private static boolean inSideFolder(String path) {
        String[] levels = path.split("/");
        for (int i = 0; i < levels.length - 1; i++) {
            if (SIDE_FOLDERS.contains(levels[i].toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
