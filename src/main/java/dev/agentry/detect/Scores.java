package dev.agentry.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.agentry.catalog.Catalog;
import dev.agentry.catalog.DetectSpec;
import dev.agentry.catalog.Deployment;
import dev.agentry.catalog.ProjectType;
import dev.agentry.catalog.Signal;
import dev.agentry.catalog.Stack;

/**
 * Every stack, deployment and surface of the catalogue with what the repository shows of it. An entry's score is
 * the sum of its signals' scores (each signal counts once, at its best match); a surface's is the sum of the distinct
 * findings that show it, whichever entry's signal found them.
 */
record Scores(Map<String, Candidate> stacks, Map<String, Candidate> deployments, Map<String, Candidate> surfaces) {

    static Scores of(Catalog catalog, Scan scan) {
        SignalMatcher matcher = new SignalMatcher(scan);
        Map<String, Map<String, Evidence>> surfaceFindings = new LinkedHashMap<>();
        Map<String, Candidate> stacks = new LinkedHashMap<>();
        for (Stack stack : catalog.stacks()) {
            stacks.put(stack.id(), score("stack", stack.id(), stack.detect(), matcher, surfaceFindings));
        }
        Map<String, Candidate> deployments = new LinkedHashMap<>();
        for (Deployment deployment : catalog.deployments()) {
            deployments.put(deployment.id(), score("deployment", deployment.id(), deployment.detect(), matcher,
                    surfaceFindings));
        }
        for (ProjectType type : catalog.projectTypes()) {
            score("project-type", type.id(), type.detect(), matcher, surfaceFindings);
        }
        Map<String, Candidate> surfaces = new LinkedHashMap<>();
        surfaceFindings.forEach((surface, findings) -> surfaces.put(surface, candidate(surface, findings.values())));
        return new Scores(stacks, deployments, surfaces);
    }

    private static Candidate score(String key, String id, DetectSpec spec, SignalMatcher matcher,
            Map<String, Map<String, Evidence>> surfaceFindings) {
        List<Evidence> evidence = new ArrayList<>();
        for (Signal signal : spec.signals()) {
            Optional<Evidence> found = matcher.best(signal);
            if (found.isEmpty()) {
                continue;
            }
            evidence.add(found.get().as(key, id));
            for (String surface : signal.surfaces()) {
                // the same finding may show a surface through several entries' signals: it counts once, at its best
                surfaceFindings.computeIfAbsent(surface, k -> new LinkedHashMap<>())
                        .merge(found.get().path() + "\n" + found.get().why(), found.get().as("surface", surface),
                                (a, b) -> a.score() >= b.score() ? a : b);
            }
        }
        return candidate(id, evidence);
    }

    private static Candidate candidate(String id, java.util.Collection<Evidence> evidence) {
        List<Evidence> sorted = new ArrayList<>(evidence);
        sorted.sort(Comparator.comparingDouble(Evidence::score).reversed());
        return new Candidate(id, sorted.stream().mapToDouble(Evidence::score).sum(), sorted);
    }

    double surface(String name) {
        Candidate candidate = surfaces.get(name);
        return candidate == null ? 0 : candidate.score();
    }
}
