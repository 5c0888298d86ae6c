package dev.agentry.catalog;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A technology stack, the project types it suits, its variables (language, frameworks, test tools ...)
 * and stack-specific guidance per role.
 *
 * @param detect the signals that show the stack in a repository
 */
public record Stack(String id, String name, String description, List<String> projectTypes,
        Map<String, Object> variables, Map<String, List<String>> guidance, DetectSpec detect) {

    public Stack {
        Objects.requireNonNull(id, "id is required");
        Objects.requireNonNull(name, "name is required");
        description = description == null ? "" : description;
        projectTypes = projectTypes == null ? List.of() : List.copyOf(projectTypes);
        variables = variables == null ? Map.of() : Variables.copy(variables);
        guidance = guidance == null ? Map.of() : Variables.copyGuidance(guidance);
        detect = DetectSpec.orNone(detect);
    }

    public boolean suits(String projectType) {
        return projectTypes.contains(projectType);
    }
}
