package dev.agentry.detect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.agentry.catalog.Catalog;
import dev.agentry.catalog.DetectSpec;
import dev.agentry.catalog.Deployment;
import dev.agentry.catalog.ProjectType;
import dev.agentry.catalog.Signal;
import dev.agentry.catalog.Stack;

/**
 * Every stack, deployment and surface of the catalogue with what the repository shows of it. An entry's score is the
 * sum of its signals' best findings (each signal counts once). A surface's score is the sum over the places that show
 * it (each manifest, file or step) of the best finding there, whichever entry's signal found it: a surface shown by
 * eight services outweighs one shown by one.
 */
record Scores(Map<String, Candidate> stacks, Map<String, Candidate> deployments, Map<String, Candidate> surfaces) {

    static Scores of(Catalog catalog, Scan scan) {
        SignalMatcher matcher = new SignalMatcher(scan);
        Map<String, Map<String, List<Evidence>>> places = new LinkedHashMap<>();
        Map<String, Candidate> stacks = new LinkedHashMap<>();
        for (Stack stack : catalog.stacks()) {
            stacks.put(stack.id(), score("stack", stack.id(), stack.detect(), matcher, places));
        }
        Map<String, Candidate> deployments = new LinkedHashMap<>();
        for (Deployment deployment : catalog.deployments()) {
            deployments.put(deployment.id(), score("deployment", deployment.id(), deployment.detect(), matcher, places));
        }
        for (ProjectType type : catalog.projectTypes()) {
            score("project-type", type.id(), type.detect(), matcher, places);
        }
        Map<String, Candidate> surfaces = new LinkedHashMap<>();
        places.forEach((surface, found) -> surfaces.put(surface, surface(surface, found)));
        return new Scores(stacks, deployments, surfaces);
    }

    private static Candidate score(String key, String id, DetectSpec spec, SignalMatcher matcher,
            Map<String, Map<String, List<Evidence>>> places) {
        List<Evidence> evidence = new ArrayList<>();
        for (Signal signal : spec.signals()) {
            List<Evidence> findings = matcher.findings(signal);
            if (findings.isEmpty()) {
                continue;
            }
            evidence.add(findings.get(0).as(key, id));
            for (String surface : signal.surfaces()) {
                Map<String, List<Evidence>> shown = places.computeIfAbsent(surface, k -> new LinkedHashMap<>());
                findings.forEach(f -> shown.computeIfAbsent(f.path(), p -> new ArrayList<>()).add(f.as("surface", surface)));
            }
        }
        return candidate(id, evidence);
    }

    /** A surface: the best finding of each place counts; every finding is kept as evidence (the same one only once). */
    private static Candidate surface(String id, Map<String, List<Evidence>> places) {
        double score = 0;
        Map<String, Evidence> distinct = new LinkedHashMap<>();
        for (List<Evidence> findings : places.values()) {
            score += findings.stream().mapToDouble(Evidence::score).max().orElse(0);
            findings.forEach(f -> distinct.merge(f.path() + "\n" + f.why(), f, (a, b) -> a.score() >= b.score() ? a : b));
        }
        List<Evidence> sorted = new ArrayList<>(distinct.values());
        sorted.sort(Comparator.comparingDouble(Evidence::score).reversed());
        return new Candidate(id, score, sorted);
    }

    private static Candidate candidate(String id, Collection<Evidence> evidence) {
        List<Evidence> sorted = new ArrayList<>(evidence);
        sorted.sort(Comparator.comparingDouble(Evidence::score).reversed());
        return new Candidate(id, sorted.stream().mapToDouble(Evidence::score).sum(), sorted);
    }

    double surface(String name) {
        Candidate candidate = surfaces.get(name);
        return candidate == null ? 0 : candidate.score();
    }
}
