package dev.agentry.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.agentry.catalog.AgentSpec;
import dev.agentry.catalog.Catalog;
import dev.agentry.catalog.ProjectType;
import dev.agentry.catalog.Stack;
import dev.agentry.interview.Keys;

/**
 * Chooses answers from the scores. The project type comes from the surfaces found: of the types whose surfaces are
 * all there, the one that best explains what was found. The stack is the strongest one that suits it (a type
 * with no stack shown gives way to the next), a deployment is proposed only when something deploys, and the team
 * gains the members that found surfaces call for. Answers already given are kept and the rest made to fit them.
 */
final class Proposer {

    /** The score a surface needs to count as found. */
    static final double SURFACE_MIN = 2;
    /** The score a stack needs to be proposed. */
    static final double STACK_MIN = 3;
    /**
     * The score a deployment needs to be proposed: one clear sign that something deploys there (a platform file, a deploy
     * step), or several hints together; a deploy command outside a deploy step, or a login to a cloud, is a hint.
     */
    static final double DEPLOYMENT_MIN = 4;
    private static final int ALTERNATIVES = 3;
    private static final int EVIDENCE_PER_SURFACE = 2;

    private final Catalog catalog;
    private final Scores scores;

    Proposer(Catalog catalog, Scores scores) {
        this.catalog = catalog;
        this.scores = scores;
    }

    /** The proposal given the project type and stack already answered (null for those that are not). */
    Proposal propose(String givenType, String givenStack) {
        Set<String> found = new LinkedHashSet<>();
        scores.surfaces().values().stream().sorted(Comparator.comparingDouble(Candidate::score).reversed())
                .filter(s -> s.score() >= SURFACE_MIN).forEach(s -> found.add(s.id()));
        List<ProjectType> ranked = ranked(found, givenStack);
        Choice choice = choose(ranked, givenType, givenStack);
        ProjectType type = choice.type();
        String deployment = best(scores.deployments(), DEPLOYMENT_MIN);
        List<Evidence> evidence = new ArrayList<>();
        if (givenType == null && type != null) {
            for (String surface : accounted(type, found)) {
                scores.surfaces().get(surface).evidence().stream().limit(EVIDENCE_PER_SURFACE)
                        .forEach(e -> evidence.add(attributed(e, Keys.PROJECT_TYPE, type.id(), surface)));
            }
        }
        if (givenStack == null && choice.stack() != null) {
            evidence.addAll(scores.stacks().get(choice.stack()).evidence());
        }
        if (deployment != null) {
            evidence.addAll(scores.deployments().get(deployment).evidence());
        }
        List<String> team = new ArrayList<>(type == null ? List.of() : catalog.defaultTeam(type));
        List<String> added = type == null ? List.of() : addCalledFor(type, found, team, evidence);
        Map<String, List<Candidate>> alternatives = new LinkedHashMap<>();
        // a type that explains less than it leaves unexplained is no alternative worth showing
        alternatives.put(Keys.PROJECT_TYPE, ranked.stream().filter(t -> t != type && fit(t, found) > 0).limit(ALTERNATIVES)
                .map(t -> new Candidate(t.id(), fit(t, found), List.of())).toList());
        alternatives.put(Keys.STACK, others(scores.stacks(), choice.stack()));
        alternatives.put(Keys.DEPLOYMENT, others(scores.deployments(), deployment));
        return new Proposal(type == null ? givenType : type.id(), choice.stack(), deployment, team, added, evidence,
                alternatives, found.stream().map(s -> scores.surfaces().get(s)).toList());
    }

    private record Choice(ProjectType type, String stack) {
    }

    /** Adds to the team the members found surfaces call for, with the evidence of each; returns those added. */
    private List<String> addCalledFor(ProjectType type, Set<String> found, List<String> team, List<Evidence> evidence) {
        List<String> added = new ArrayList<>();
        calledFor(type, found).forEach((agent, surface) -> {
            if (!team.contains(agent)) {
                team.add(agent);
                added.add(agent);
                scores.surfaces().get(surface).evidence().stream().limit(1)
                        .forEach(e -> evidence.add(attributed(e, Keys.AGENTS, agent, surface)));
            }
        });
        return added;
    }

    /**
     * The project type and the stack: the given ones, else the best ranked type that has a stack shown (the best ranked
     * type with no stack when none has one), and the strongest stack suited to the type.
     */
    private Choice choose(List<ProjectType> ranked, String givenType, String givenStack) {
        if (givenType != null) {
            return new Choice(catalog.projectType(givenType).orElse(null),
                    givenStack != null ? givenStack : bestStack(givenType));
        }
        for (ProjectType candidate : ranked) {
            String stack = givenStack != null ? givenStack : bestStack(candidate.id());
            if (stack != null) {
                return new Choice(candidate, stack);
            }
        }
        ProjectType type = ranked.isEmpty() ? null : ranked.get(0);
        return new Choice(type, givenStack != null ? givenStack : bestStack(type == null ? null : type.id()));
    }

    /** A surface's finding as evidence for an answer, saying which surface it showed. */
    private static Evidence attributed(Evidence finding, String key, String value, String surface) {
        return new Evidence(key, value, finding.path(), surface + ": " + finding.why(), finding.label(), finding.score());
    }

    /**
     * The project types whose surfaces are all found (and that suit a given stack), best first: the strength of its own
     * surfaces less the strength of the found surfaces it neither has nor covers, then the most surfaces of its own,
     * then catalogue order. A type that only covers a surface is not made stronger by it, only spared its weight.
     */
    private List<ProjectType> ranked(Set<String> found, String givenStack) {
        Stack stack = givenStack == null ? null : catalog.stack(givenStack).orElse(null);
        List<ProjectType> candidates = new ArrayList<>();
        for (ProjectType type : catalog.projectTypes()) {
            List<String> own = type.detect().surfaces();
            if (!own.isEmpty() && found.containsAll(own) && (stack == null || stack.suits(type.id()))) {
                candidates.add(type);
            }
        }
        candidates.sort(Comparator.comparingDouble((ProjectType t) -> fit(t, found)).reversed()
                .thenComparing(Comparator.comparingInt((ProjectType t) -> t.detect().surfaces().size()).reversed()));
        return candidates;
    }

    /** How well a project type explains the surfaces found. */
    private double fit(ProjectType type, Set<String> found) {
        double fit = 0;
        List<String> accounted = accounted(type, found);
        for (String surface : found) {
            if (type.detect().surfaces().contains(surface)) {
                fit += scores.surface(surface);
            }
            else if (!accounted.contains(surface)) {
                fit -= scores.surface(surface);
            }
        }
        return fit;
    }

    /** The found surfaces a project type accounts for: its own and those it covers. */
    private static List<String> accounted(ProjectType type, Set<String> found) {
        Set<String> accounted = new LinkedHashSet<>(type.detect().surfaces());
        accounted.addAll(type.detect().covers());
        accounted.retainAll(found);
        return List.copyOf(accounted);
    }

    /** The roles that found surfaces call for, which the project type does not account for, with the surface. */
    private Map<String, String> calledFor(ProjectType type, Set<String> found) {
        List<String> accounted = accounted(type, found);
        Map<String, String> called = new LinkedHashMap<>();
        for (String surface : found) {
            if (accounted.contains(surface)) {
                continue;
            }
            for (AgentSpec role : catalog.roles()) {
                if (role.detect().surfaces().contains(surface)) {
                    called.putIfAbsent(role.id(), surface);
                }
            }
        }
        return called;
    }

    /** The strongest stack suited to the project type (any stack when there is none) that reaches the minimum. */
    private String bestStack(String projectType) {
        Map<String, Candidate> suited = new LinkedHashMap<>();
        for (Stack stack : projectType == null ? catalog.stacks() : catalog.stacksFor(projectType)) {
            suited.put(stack.id(), scores.stacks().get(stack.id()));
        }
        return best(suited, STACK_MIN);
    }

    /** The id with the highest score at or over the minimum (the first in catalogue order on a tie), or null. */
    private static String best(Map<String, Candidate> candidates, double minimum) {
        Candidate best = null;
        for (Candidate candidate : candidates.values()) {
            if (candidate.score() >= minimum && (best == null || candidate.score() > best.score())) {
                best = candidate;
            }
        }
        return best == null ? null : best.id();
    }

    private static List<Candidate> others(Map<String, Candidate> candidates, String chosen) {
        return candidates.values().stream().filter(c -> c.score() > 0 && !c.id().equals(chosen))
                .sorted(Comparator.comparingDouble(Candidate::score).reversed()).limit(ALTERNATIVES).toList();
    }
}
