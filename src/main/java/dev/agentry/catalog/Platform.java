package dev.agentry.catalog;

import java.util.List;
import java.util.Map;

/**
 * How one deployment platform runs a stack differently: variables that replace the deployment's or the stack's
 * on that platform, lines for the deployment agent in place of the stack's deployment-engineer guidance, and,
 * when the platform cannot run part of the stack, the workloads the stack puts on it there.
 *
 * @param workloads the stack's workloads on this platform, replacing its 'workloads'; null keeps them
 */
public record Platform(Map<String, Object> variables, List<String> guidance, Map<String, List<String>> workloads) {

    public Platform {
        variables = variables == null ? Map.of() : Variables.copy(variables);
        guidance = guidance == null ? List.of() : List.copyOf(guidance);
        workloads = workloads == null ? null : Variables.copyGuidance(workloads);
    }
}
