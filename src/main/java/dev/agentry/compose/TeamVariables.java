package dev.agentry.compose;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.agentry.catalog.Catalog;
import dev.agentry.catalog.Deployment;
import dev.agentry.catalog.Platform;
import dev.agentry.catalog.Stack;

/**
 * The variables a team's templates see. Later steps win: the deployment's values; the stack's (a stack's own
 * value for a deployment variable, such as its data store, beats the platform's default); for each surface a
 * companion stack covers, that companion's values for the surface's variables; how the platform runs the stack
 * ('platforms'); the user's --set values; and last, for every variable still missing, the variable it derives
 * from (web-test-command from test-command, when the stack covers the web itself), else "none".
 */
final class TeamVariables {

    private static final String NONE = "none";

    private TeamVariables() {
    }

    static Map<String, Object> resolve(Catalog catalog, Stack stack, Deployment deployment, Surfaces surfaces,
            Map<String, Object> overrides) {
        Map<String, Object> values = new LinkedHashMap<>(deployment.variables());
        stack.variables().forEach((key, value) -> {
            boolean fromCompanion = catalog.surfaceOf(key).map(stack.companions()::containsKey).orElse(false);
            if (!fromCompanion) {
                values.put(key, value);
            }
        });
        stack.companions().forEach((surface, id) -> catalog.stack(id).ifPresent(companion -> {
            fillSurface(catalog, surface, companion, values);
            Platform platform = companion.on(deployment.id());
            if (platform != null && surfaces.isActive(surface)) {
                platform.variables().forEach((key, value) -> {
                    if (catalog.surfaceOf(key).map(surface::equals).orElse(false) || isPlatformVariable(catalog, key)) {
                        values.put(key, value);
                    }
                });
            }
        }));
        Platform platform = stack.on(deployment.id());
        if (platform != null) {
            values.putAll(platform.variables());
        }
        values.putAll(overrides);
        Map<String, String> derived = catalog.derivedVariables();
        List<String> covered = catalog.surfacesOf(stack);
        for (String key : derived.keySet()) {
            if (!values.containsKey(key)) {
                // a surface the stack does not cover has no tools of its own: a Go stack's test command is not the app's
                boolean uncovered = catalog.surfaceOf(key).map(surface -> !covered.contains(surface)).orElse(false);
                values.put(key, uncovered ? NONE : derive(key, derived, values, 0));
            }
        }
        return values;
    }

    /** The companion's values for the surface's own variables and its copies of the per-surface ones. */
    private static void fillSurface(Catalog catalog, String surface, Stack companion, Map<String, Object> values) {
        for (String key : catalog.surfaces().get(surface).variables()) {
            values.put(key, companion.variables().getOrDefault(key, NONE));
        }
        for (String base : catalog.perSurfaceVariables()) {
            String key = surface + "-" + base;
            values.put(key, companion.variables().getOrDefault(key, companion.variables().getOrDefault(base, NONE)));
        }
    }

    /**
     * A variable of the deployment, not of a stack: a companion's platform values may set it. The extra variables
     * that are neither a stack's general variables nor a surface's are the deployment's (static-hosting ...).
     */
    private static boolean isPlatformVariable(Catalog catalog, String key) {
        return catalog.deploymentVariables().containsKey(key)
                || catalog.extraVariables().containsKey(key) && !catalog.stackVariables().containsKey(key)
                && !catalog.perSurfaceVariables().contains(key) && catalog.surfaceOf(key).isEmpty();
    }

    private static Object derive(String key, Map<String, String> derived, Map<String, Object> values, int depth) {
        String from = derived.get(key);
        if (from == null || depth > derived.size()) {
            return NONE;
        }
        if (values.containsKey(from)) {
            return values.get(from);
        }
        return derived.containsKey(from) ? derive(from, derived, values, depth + 1) : NONE;
    }

    /** The variables by placeholder name, as text, for the {{NAME}}s of guidance lines. */
    static Map<String, String> byPlaceholder(Map<String, Object> values) {
        Map<String, String> names = new LinkedHashMap<>();
        values.forEach((key, value) -> names.put(dev.agentry.catalog.Placeholders.name(key), text(value)));
        return names;
    }

    static String text(Object value) {
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }
}
