package dev.agentry.compose;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.agentry.catalog.Catalog;
import dev.agentry.catalog.Platform;
import dev.agentry.catalog.Stack;
import dev.agentry.catalog.Workload;

/**
 * Which surfaces of the product a team works on, which stack covers each, and what the team puts on its
 * platform. A surface is active when its builder role is in the team; a team with no builder at all works on
 * the surfaces its stack covers itself.
 */
final class Surfaces {

    private final Catalog catalog;
    private final Stack stack;
    private final String deployment;
    private final List<String> active;
    private final List<String> own;

    Surfaces(Catalog catalog, Stack stack, String deployment, Set<String> roles) {
        this.catalog = catalog;
        this.stack = stack;
        this.deployment = deployment;
        this.own = catalog.surfacesOf(stack);
        List<String> built = new ArrayList<>();
        catalog.surfaces().forEach((id, surface) -> {
            if (roles.contains(surface.role())) {
                built.add(id);
            }
        });
        this.active = built.isEmpty() ? List.copyOf(own) : List.copyOf(built);
    }

    List<String> active() {
        return active;
    }

    boolean isActive(String surface) {
        return active.contains(surface);
    }

    /** True when the team's stack covers the surface itself (not through a companion). */
    boolean coveredByStack(String surface) {
        return own.contains(surface);
    }

    /** True when an active surface is one the team's stack covers itself (not through a companion). */
    boolean stackItselfInUse() {
        return active.stream().anyMatch(own::contains);
    }

    /** The companion stacks of the team's stack whose surface is active, by surface. */
    Map<String, Stack> activeCompanions() {
        Map<String, Stack> companions = new java.util.LinkedHashMap<>();
        stack.companions().forEach((surface, id) -> {
            if (isActive(surface)) {
                catalog.stack(id).ifPresent(c -> companions.put(surface, c));
            }
        });
        return companions;
    }

    /** The workloads the team puts on its platform, in the order of {@link Workload}. */
    List<String> workloads(Map<String, Object> variables) {
        Set<String> found = new LinkedHashSet<>();
        collect(stack, own, variables, found);
        activeCompanions().forEach((surface, companion) -> collect(companion, List.of(surface), variables, found));
        return Workload.ids().stream().filter(found::contains).toList();
    }

    private void collect(Stack source, List<String> covered, Map<String, Object> variables, Set<String> found) {
        Platform platform = source.on(deployment);
        Map<String, List<String>> workloads = platform != null && platform.workloads() != null ? platform.workloads()
                : source.workloads() == null ? defaultWorkloads(covered, variables) : source.workloads();
        workloads.forEach((workload, surfaces) -> {
            if (surfaces.stream().anyMatch(this::isActive)) {
                found.add(workload);
            }
        });
    }

    /** For stacks that do not list their workloads (earlier catalogues): services, and a database when one is named. */
    private static Map<String, List<String>> defaultWorkloads(List<String> covered, Map<String, Object> variables) {
        Map<String, List<String>> workloads = new java.util.LinkedHashMap<>();
        workloads.put(Workload.SERVICES.id(), covered);
        Object database = variables.get("database");
        if (database != null && !"none".equals(String.valueOf(database))) {
            workloads.put(Workload.DATABASE.id(), covered);
        }
        return workloads;
    }
}
