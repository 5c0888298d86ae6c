package dev.agentry.catalog;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A deployment platform and the deployment agent it adds to every team.
 *
 * @param agent the deployment agent's name, for example {@code aws-deployment-engineer}
 * @param inText how sentences name the platform ("runs on a Docker host"); defaults to the name
 * @param agentName the agent's display name; defaults to "{name} Deployment Engineer"
 * @param template the template of its agent; defaults to the base deployment agent's template
 * @param guidance lines for the deployment agent whenever the team puts anything on the platform
 * @param workloadGuidance lines that hold only for one workload (services, database, static-site ...), by workload
 * @param detect the signals that show that the repository deploys to the platform
 */
public record Deployment(String id, String name, String inText, String description, String agent, String agentName,
        String template, String color, Map<String, Object> variables, List<String> guidance,
        Map<String, List<String>> workloadGuidance, DetectSpec detect) {

    public Deployment {
        Objects.requireNonNull(id, "id is required");
        Objects.requireNonNull(name, "name is required");
        Objects.requireNonNull(agent, "agent is required");
        description = description == null ? "" : description;
        inText = inText == null ? name : inText;
        agentName = agentName == null ? name + " Deployment Engineer" : agentName;
        variables = variables == null ? Map.of() : Variables.copy(variables);
        guidance = guidance == null ? List.of() : List.copyOf(guidance);
        workloadGuidance = workloadGuidance == null ? Map.of() : Variables.copyGuidance(workloadGuidance);
        detect = DetectSpec.orNone(detect);
    }
}
