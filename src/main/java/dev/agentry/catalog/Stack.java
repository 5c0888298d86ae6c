package dev.agentry.catalog;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A technology stack, the project types it suits, its variables (language, frameworks, test tools ...)
 * and stack-specific guidance per role.
 *
 * @param surfaces the surfaces (catalog.yml 'surfaces') this stack's own variables and guidance describe; empty
 *     means those its framework variables name
 * @param companions surface to the id of the stack that covers it for this one (a React front for a Java API)
 * @param workloads what the stack puts on the deployment platform (services, database, static-site, app-stores),
 *     each with the surfaces that need it; null (not listed) means derived from the variables, empty means nothing
 * @param platforms deployment id to how that platform runs this stack differently
 * @param detect the signals that show the stack in a repository
 */
public record Stack(String id, String name, String description, List<String> projectTypes,
        Map<String, Object> variables, Map<String, List<String>> guidance, List<String> surfaces,
        Map<String, String> companions, Map<String, List<String>> workloads, Map<String, Platform> platforms,
        DetectSpec detect) {

    public Stack {
        Objects.requireNonNull(id, "id is required");
        Objects.requireNonNull(name, "name is required");
        description = description == null ? "" : description;
        projectTypes = projectTypes == null ? List.of() : List.copyOf(projectTypes);
        variables = variables == null ? Map.of() : Variables.copy(variables);
        guidance = guidance == null ? Map.of() : Variables.copyGuidance(guidance);
        surfaces = surfaces == null ? List.of() : List.copyOf(surfaces);
        companions = companions == null ? Map.of() : Variables.copyOrdered(companions);
        workloads = workloads == null ? null : Variables.copyGuidance(workloads);
        platforms = platforms == null ? Map.of() : Variables.copyOrdered(platforms);
        detect = DetectSpec.orNone(detect);
    }

    public boolean suits(String projectType) {
        return projectTypes.contains(projectType);
    }

    /** How the given deployment runs this stack differently, if it does. */
    public Platform on(String deployment) {
        return platforms.get(deployment);
    }
}
