package dev.agentry.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.agentry.support.AgentryException;

/**
 * Checks what ties stacks to the surfaces of a product: the surfaces catalog.yml declares, and each stack's
 * surfaces, companions, workloads, per-platform values and the placeholders in its guidance.
 */
final class SurfaceRules {

    private static final String CATALOG = "built-in or layered catalog.yml";

    private final Catalog catalog;
    private final Map<String, String> stackOrigins;

    SurfaceRules(Catalog catalog, Map<String, String> stackOrigins) {
        this.catalog = catalog;
        this.stackOrigins = stackOrigins;
    }

    void validateCatalog(List<String> roleIds) {
        Set<String> declared = declaredVariables();
        catalog.surfaces().forEach((id, surface) -> {
            CatalogValidator.requireKnown(CATALOG + " surfaces." + id, "role", "agent", surface.role(), roleIds);
            for (String variable : surface.variables()) {
                CatalogValidator.requireKnown(CATALOG + " surfaces." + id, "variables", "variable", variable,
                        List.copyOf(declared));
            }
        });
        for (String variable : catalog.perSurfaceVariables()) {
            CatalogValidator.requireKnown(CATALOG, "per-surface-variables", "variable", variable, List.copyOf(declared));
        }
    }

    void validateStack(Stack stack) {
        String origin = stackOrigins.get(stack.id());
        List<String> surfaceIds = List.copyOf(catalog.surfaces().keySet());
        for (String surface : stack.surfaces()) {
            CatalogValidator.requireKnown(origin, "surfaces", "surface", surface, surfaceIds);
        }
        List<String> stackIds = catalog.stacks().stream().map(Stack::id).toList();
        stack.companions().forEach((surface, companionId) -> {
            CatalogValidator.requireKnown(origin, "companions", "surface", surface, surfaceIds);
            CatalogValidator.requireKnown(origin, "companions." + surface, "stack", companionId, stackIds);
            if (stack.surfaces().contains(surface)) {
                throw AgentryException.usage(origin + ": companions." + surface + " names a surface the stack lists as its own"
                        + " in 'surfaces'; a surface is covered by the stack or by a companion, not both.");
            }
            Stack companion = catalog.stack(companionId).orElseThrow();
            if (companion.id().equals(stack.id()) || !catalog.surfacesOf(companion).contains(surface)) {
                throw AgentryException.usage(origin + ": companions." + surface + " names the stack '" + companionId
                        + "', which does not cover the " + surface + " surface (its surfaces: "
                        + String.join(", ", catalog.surfacesOf(companion)) + ").");
            }
        });
        (stack.workloads() == null ? Map.<String, List<String>>of() : stack.workloads()).forEach((workload, surfaces) -> {
            CatalogValidator.requireKnown(origin, "workloads", "workload", workload, Workload.ids());
            for (String surface : surfaces) {
                CatalogValidator.requireKnown(origin, "workloads." + workload, "surface", surface, surfaceIds);
            }
        });
        List<String> deploymentIds = catalog.deployments().stream().map(Deployment::id).toList();
        List<String> variableKeys = List.copyOf(catalog.variableKeys());
        stack.platforms().forEach((deployment, platform) -> {
            CatalogValidator.requireKnown(origin, "platforms", "deployment", deployment, deploymentIds);
            CatalogValidator.checkValues(origin + " platforms." + deployment, platform.variables());
            for (String variable : platform.variables().keySet()) {
                CatalogValidator.requireKnown(origin + " platforms." + deployment, "variables", "variable", variable,
                        variableKeys);
            }
            requirePlaceholders(origin + " platforms." + deployment + ".guidance", platform.guidance());
            if (platform.workloads() != null) {
                platform.workloads().forEach((workload, surfaces) -> {
                    CatalogValidator.requireKnown(origin + " platforms." + deployment, "workloads", "workload", workload,
                            Workload.ids());
                    for (String surface : surfaces) {
                        CatalogValidator.requireKnown(origin + " platforms." + deployment, "workloads." + workload,
                                "surface", surface, surfaceIds);
                    }
                });
            }
        });
        stack.guidance().forEach((role, lines) -> requirePlaceholders(origin + " guidance." + role, lines));
    }

    /** Every {{NAME}} in a guidance line names a variable, so what --set changes reaches the line. */
    private void requirePlaceholders(String where, List<String> lines) {
        List<String> known = new ArrayList<>();
        catalog.variableKeys().forEach(key -> known.add(Placeholders.name(key)));
        for (int i = 0; i < lines.size(); i++) {
            for (String name : Placeholders.names(lines.get(i))) {
                if (!known.contains(name)) {
                    throw AgentryException.usage(where + "[" + i + "]: unknown placeholder {{" + name + "}}."
                            + dev.agentry.support.Suggestions.didYouMean(name, known)
                            + " A guidance line may name any stack or deployment variable, as {{DATABASE}}.");
                }
            }
        }
    }

    private Set<String> declaredVariables() {
        Set<String> declared = new java.util.LinkedHashSet<>(catalog.stackVariables().keySet());
        declared.addAll(catalog.deploymentVariables().keySet());
        declared.addAll(catalog.extraVariables().keySet());
        return declared;
    }
}
