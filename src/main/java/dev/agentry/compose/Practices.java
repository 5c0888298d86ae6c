package dev.agentry.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.agentry.catalog.Catalog;
import dev.agentry.catalog.Deployment;
import dev.agentry.catalog.Placeholders;
import dev.agentry.catalog.Platform;
import dev.agentry.catalog.Stack;

/**
 * The stack-specific practices of one agent, grouped by the stack they come from. A builder gets its own stack's
 * lines; a companion's lines reach any agent when the companion's surface is in use (a React front's lines reach
 * the reviewer only when the team has a frontend engineer); the stack's own lines reach the other agents, and a
 * builder whose surface a companion covers, only when the team works on a surface the stack covers itself. The deployment agent gets, per stack, the lines for its
 * platform when the stack has some, else the stack's deployment-engineer lines.
 */
final class Practices {

    private final Catalog catalog;
    private final Stack stack;
    private final Deployment deployment;
    private final Surfaces surfaces;
    private final Map<String, String> placeholders;

    Practices(Catalog catalog, Stack stack, Deployment deployment, Surfaces surfaces, Map<String, Object> variables) {
        this.catalog = catalog;
        this.stack = stack;
        this.deployment = deployment;
        this.surfaces = surfaces;
        this.placeholders = TeamVariables.byPlaceholder(variables);
    }

    /** The groups for a role (the deployment agent's base role for the deployment agent). */
    List<Practice> forRole(String role, boolean deploymentAgent) {
        String built = catalog.surfaceBuiltBy(role).orElse(null);
        Map<String, Stack> companions = surfaces.activeCompanions();
        List<Practice> groups = new ArrayList<>();
        Stack primary = built == null ? null : companions.get(built);
        if (primary != null) {
            add(groups, primary, role, deploymentAgent);
        }
        // a builder of a surface the stack does not cover itself (a companion's, or none) gets the stack's lines for
        // it (how to work with that stack) only while the team works on what the stack covers
        if (built != null && surfaces.coveredByStack(built) || surfaces.stackItselfInUse()) {
            add(groups, stack, role, deploymentAgent);
        }
        companions.values().stream().filter(c -> c != primary).forEach(c -> add(groups, c, role, deploymentAgent));
        return groups;
    }

    /** The stack's lines for the role, then those it keeps for one surface ("role/surface") the team works on. */
    private List<String> roleLines(Stack source, String role) {
        List<String> lines = new ArrayList<>(source.guidance().getOrDefault(role, List.of()));
        for (String surface : surfaces.active()) {
            lines.addAll(source.guidance().getOrDefault(role + "/" + surface, List.of()));
        }
        return lines;
    }

    private void add(List<Practice> groups, Stack source, String role, boolean deploymentAgent) {
        Platform platform = deploymentAgent ? source.on(deployment.id()) : null;
        boolean onPlatform = platform != null && !platform.guidance().isEmpty();
        List<String> lines = onPlatform ? platform.guidance() : roleLines(source, role);
        if (lines.isEmpty()) {
            return;
        }
        List<String> filled = new ArrayList<>(lines.size());
        lines.forEach(line -> filled.add(Placeholders.fill(line, placeholders::get)));
        groups.add(new Practice(source.name(), onPlatform ? deployment.name() : null, filled));
    }
}
