package dev.agentry.detect;

import java.util.Locale;
import java.util.Set;

/**
 * How much a match counts for where it is: in the project itself (the root and a few levels below it, as in a
 * monorepo's {@code apps/web/}), deeper, or inside examples, tests and docs, which show what the project works
 * with rather than what it is.
 */
final class Location {

    /** Folders whose content is about the project rather than part of it. */
    static final Set<String> SIDE_FOLDERS = Set.of("example", "examples", "sample", "samples", "demo", "demos", "test",
            "tests", "__tests__", "testdata", "test-data", "testing", "fixtures", "e2e", "docs", "doc", "documentation",
            "website", "benchmark", "benchmarks", "bench", "playground", "sandbox", "third_party", "third-party", "external",
            "integration-tests", "it");

    static final double PROJECT = 1.0;
    static final double DEEP = 0.5;
    static final double SIDE = 0.25;
    /** Folder levels above a path that still count as the project itself. */
    static final int PROJECT_DEPTH = 3;

    private Location() {
    }

    /** The factor of a path relative to the repository. */
    static double factor(String path) {
        String[] levels = path.split("/");
        for (int i = 0; i < levels.length - 1; i++) {
            if (SIDE_FOLDERS.contains(levels[i].toLowerCase(Locale.ROOT))) {
                return SIDE;
            }
        }
        return levels.length - 1 > PROJECT_DEPTH ? DEEP : PROJECT;
    }
}
