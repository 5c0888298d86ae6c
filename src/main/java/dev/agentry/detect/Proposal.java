package dev.agentry.detect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.agentry.interview.Keys;

/**
 * What detection proposes for each answer, with the evidence and the other candidates.
 *
 * @param projectType the proposed project type, or null when the repository shows none
 * @param stack the proposed stack, or null
 * @param deployment the proposed deployment, or null when nothing in the repository deploys
 * @param agents the proposed team (the project type's team and the members the evidence calls for); empty when there
 *     is no project type
 * @param addedAgents the members of {@code agents} that the evidence calls for beyond the project type's team
 * @param evidence what counted for each proposed value, the strongest first for each answer
 * @param alternatives for each answer, the other candidates the repository shows, the strongest first
 * @param surfaces the surfaces of a product found (web, backend, mobile, ai, data), the strongest first
 */
public record Proposal(String projectType, String stack, String deployment, List<String> agents, List<String> addedAgents,
        List<Evidence> evidence, Map<String, List<Candidate>> alternatives, List<Candidate> surfaces) {

    /** How many places a one-line summary names. */
    private static final int SUMMARY_PLACES = 3;

    public Proposal {
        agents = List.copyOf(agents);
        addedAgents = List.copyOf(addedAgents);
        evidence = List.copyOf(evidence);
        Map<String, List<Candidate>> copy = new LinkedHashMap<>();
        alternatives.forEach((key, list) -> copy.put(key, List.copyOf(list)));
        alternatives = java.util.Collections.unmodifiableMap(copy);
        surfaces = List.copyOf(surfaces);
    }

    /** The proposed value of a single-valued answer ({@code project-type}, {@code stack}, {@code deployment}). */
    public Optional<String> value(String key) {
        return Optional.ofNullable(switch (key) {
            case Keys.PROJECT_TYPE -> projectType;
            case Keys.STACK -> stack;
            case Keys.DEPLOYMENT -> deployment;
            default -> null;
        });
    }

    /** True when nothing at all is proposed. */
    public boolean isEmpty() {
        return projectType == null && stack == null && deployment == null && agents.isEmpty();
    }

    /** The evidence for one answer, the strongest first. */
    public List<Evidence> evidence(String key) {
        return evidence.stream().filter(e -> e.key().equals(key)).toList();
    }

    /**
     * What an answer was proposed from, in one line for a person: {@code found go.mod (gin), fly.toml}; empty when
     * nothing is proposed for it.
     */
    public String summary(String key) {
        Map<String, Set<String>> byPath = new LinkedHashMap<>();
        for (Evidence item : evidence(key)) {
            Set<String> labels = byPath.computeIfAbsent(item.path(), p -> new LinkedHashSet<>());
            if (item.label() != null) {
                labels.add(item.label());
            }
        }
        List<String> places = new ArrayList<>();
        byPath.forEach((path, labels) -> places.add(labels.isEmpty() ? path
                : path + " (" + String.join(", ", labels) + ")"));
        if (places.isEmpty()) {
            return "";
        }
        String shown = String.join(", ", places.subList(0, Math.min(SUMMARY_PLACES, places.size())));
        int more = places.size() - SUMMARY_PLACES;
        return "found " + shown + (more > 0 ? " and " + more + " more" : "");
    }
}
