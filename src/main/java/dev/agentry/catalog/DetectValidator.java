package dev.agentry.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.agentry.support.AgentryException;
import dev.agentry.support.Suggestions;

/**
 * Checks the {@code detect:} blocks of a merged catalogue: each signal of one kind with well-formed patterns and a
 * weight in range, and every surface it names made or called for by some project type or agent.
 */
final class DetectValidator {

    private final Catalog catalog;
    private final Set<String> surfaces = new LinkedHashSet<>();

    DetectValidator(Catalog catalog) {
        this.catalog = catalog;
        catalog.projectTypes().forEach(p -> {
            surfaces.addAll(p.detect().surfaces());
            surfaces.addAll(p.detect().covers());
        });
        catalog.agents().forEach(a -> surfaces.addAll(a.detect().surfaces()));
    }

    void validate(Map<String, String> projectTypeOrigins, Map<String, String> stackOrigins,
            Map<String, String> deploymentOrigins, Map<String, String> agentOrigins) {
        for (ProjectType type : catalog.projectTypes()) {
            String origin = projectTypeOrigins.get(type.id());
            signals(origin, type.detect());
            List<Signal> signals = type.detect().signals();
            for (int i = 0; i < signals.size(); i++) {
                // a project type is chosen from surfaces only: a signal of its own that shows none would count for nothing
                if (signals.get(i).surfaces().isEmpty()) {
                    throw AgentryException.usage(origin + ": detect.signals[" + i + "] names no surfaces: a project type's"
                            + " signals count only for the surfaces they show (surfaces: [web] ...).");
                }
            }
        }
        for (Stack stack : catalog.stacks()) {
            String origin = stackOrigins.get(stack.id());
            signals(origin, stack.detect());
            onlySignals(origin, stack.detect(), "a stack");
        }
        for (Deployment deployment : catalog.deployments()) {
            String origin = deploymentOrigins.get(deployment.id());
            signals(origin, deployment.detect());
            onlySignals(origin, deployment.detect(), "a deployment");
        }
        for (AgentSpec agent : catalog.agents()) {
            String origin = agentOrigins.getOrDefault(agent.id(), "agent '" + agent.id() + "'");
            if (!agent.detect().signals().isEmpty() || !agent.detect().covers().isEmpty()) {
                throw AgentryException.usage(origin + ": an agent's detect block takes only 'surfaces' (the surfaces that"
                        + " call for it); signals belong to stacks, deployments and project types.");
            }
        }
    }

    private static void onlySignals(String origin, DetectSpec spec, String kind) {
        if (!spec.surfaces().isEmpty() || !spec.covers().isEmpty()) {
            throw AgentryException.usage(origin + ": detect." + (spec.surfaces().isEmpty() ? "covers" : "surfaces")
                    + " is for project types and agents; " + kind + "'s signals name the surfaces they show"
                    + " (detect.signals[N].surfaces).");
        }
    }

    private void signals(String origin, DetectSpec spec) {
        for (int i = 0; i < spec.signals().size(); i++) {
            Signal signal = spec.signals().get(i);
            String at = origin + ": detect.signals[" + i + "]";
            List<String> kinds = new ArrayList<>();
            if (!signal.files().isEmpty()) {
                kinds.add("files");
            }
            if (!signal.dependencies().isEmpty()) {
                kinds.add("dependencies");
            }
            if (!signal.commands().isEmpty()) {
                kinds.add("commands");
            }
            if (kinds.size() != 1) {
                throw AgentryException.usage(at + (kinds.isEmpty() ? " names nothing to look for" : " mixes " + String.join(
                        " and ", kinds)) + ": give exactly one of files, dependencies or commands (one signal per kind).");
            }
            if (signal.weight() < 1 || signal.weight() > Signal.MAX_WEIGHT) {
                throw AgentryException.usage(at + ".weight " + signal.weight() + " is out of range: use 1 (a hint) to "
                        + Signal.MAX_WEIGHT + " (decisive).");
            }
            for (String pattern : signal.patterns()) {
                pattern(at + "." + kinds.get(0), signal.kind(), pattern);
            }
            for (String surface : signal.surfaces()) {
                if (!surfaces.contains(surface)) {
                    throw AgentryException.usage(at + ".surfaces names an unknown surface '" + surface + "'."
                            + Suggestions.didYouMean(surface, surfaces) + " Surfaces are those project types are made of"
                            + " and agents are called for by: " + String.join(", ", surfaces) + ".");
                }
            }
        }
    }

    private static void pattern(String at, Signal.Kind kind, String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw AgentryException.usage(at + " holds an empty pattern.");
        }
        switch (kind) {
            case FILES -> {
                if (pattern.contains("\\") || pattern.contains("..") || pattern.contains("//") || pattern.equals("/")) {
                    throw AgentryException.usage(at + ": '" + pattern + "' is not a path pattern inside the repository: use"
                            + " forward slashes and no '..' (for example k8s/*.yaml, Chart.yaml at any depth, /app.yaml at"
                            + " the root only).");
                }
            }
            case DEPENDENCIES -> {
                int colon = pattern.indexOf(':');
                String ecosystem = colon < 0 ? pattern : pattern.substring(0, colon);
                Optional<Ecosystem> known = Ecosystem.byId(ecosystem);
                if (colon <= 0 || colon == pattern.length() - 1 || known.isEmpty()) {
                    String hint = colon > 0 ? "." + Suggestions.didYouMean(ecosystem, Ecosystem.ids()) : "";
                    throw AgentryException.usage(at + ": '" + pattern + "' must be ECOSYSTEM:NAME with one of the"
                            + " ecosystems " + String.join(", ", Ecosystem.ids()) + hint
                            + " For example npm:next or maven:org.springframework.boot:*.");
                }
                int star = pattern.indexOf('*');
                if (star >= 0 && star != pattern.length() - 1) {
                    throw AgentryException.usage(at + ": '" + pattern + "': '*' may only end a name (a prefix match).");
                }
            }
            case COMMANDS -> {
                // any phrase of words
            }
        }
    }
}
