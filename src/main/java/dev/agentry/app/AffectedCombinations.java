package dev.agentry.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.agentry.catalog.AgentSpec;
import dev.agentry.catalog.Catalog;
import dev.agentry.catalog.Deployment;
import dev.agentry.catalog.ProjectType;
import dev.agentry.catalog.ScaffoldLayer;
import dev.agentry.catalog.Stack;

/**
 * The combinations of project type x suitable stack x deployment whose team a scaffold layer changes: those of a type,
 * stack or deployment it adds or replaces, and those whose team has an agent it adds or replaces (by its entry, a
 * legacy agent file or the agent's template). A layer that changes what every team shares (settings, variables, the
 * deployment agents' base, shared templates) affects every combination.
 */
final class AffectedCombinations {

    /** One combination; {@code agents} is every role for the type whose team is chosen, else empty (its default team). */
    record Combination(String projectType, String stack, String deployment, List<String> agents) {

        @Override
        public String toString() {
            return projectType + " " + stack + " " + deployment;
        }
    }

    private AffectedCombinations() {
    }

    static List<Combination> of(Catalog builtIn, Catalog merged, ScaffoldLayer layer) {
        Set<String> changedAgents = new HashSet<>(merged.legacyAgents().keySet());
        for (AgentSpec agent : merged.agents()) {
            if (!builtIn.agent(agent.id()).equals(Optional.of(agent))) {
                changedAgents.add(agent.id());
            }
        }
        boolean everything = !merged.settings().equals(builtIn.settings())
                || !merged.stackVariables().equals(builtIn.stackVariables())
                || !merged.deploymentVariables().equals(builtIn.deploymentVariables())
                || merged.deploymentBase().map(AgentSpec::id).filter(changedAgents::contains).isPresent();
        for (String template : templates(layer)) {
            List<String> users = merged.agents().stream().filter(a -> template.equals(a.template())).map(AgentSpec::id).toList();
            // a template no agent has as its own (a shared macro library, a document) reaches every team
            everything |= users.isEmpty();
            changedAgents.addAll(users);
        }
        List<Combination> combinations = new ArrayList<>();
        for (ProjectType type : merged.projectTypes()) {
            boolean chosen = type.teamIsChosen();
            List<String> team = chosen ? merged.roles().stream().map(AgentSpec::id).toList() : merged.defaultTeam(type);
            boolean typeChanged = everything || !Objects.equals(builtIn.projectType(type.id()).orElse(null), type)
                    || team.stream().anyMatch(changedAgents::contains);
            for (Stack stack : merged.stacksFor(type.id())) {
                boolean stackChanged = !Objects.equals(builtIn.stack(stack.id()).orElse(null), stack);
                for (Deployment deployment : merged.deployments()) {
                    boolean deploymentChanged = !Objects.equals(builtIn.deployment(deployment.id()).orElse(null), deployment)
                            || changedAgents.contains(deployment.agent());
                    if (typeChanged || stackChanged || deploymentChanged) {
                        combinations.add(new Combination(type.id(), stack.id(), deployment.id(), chosen ? team : List.of()));
                    }
                }
            }
        }
        return combinations;
    }

    /** The template names (relative to templates/) the layer holds, in its templates/ folder and templates/lib/. */
    private static Set<String> templates(ScaffoldLayer layer) {
        Set<String> names = new LinkedHashSet<>(layer.list("templates"));
        layer.list("templates/lib").forEach(name -> names.add("lib/" + name));
        return names;
    }
}
