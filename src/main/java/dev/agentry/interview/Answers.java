package dev.agentry.interview;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The resolved answers of a run: what the team is assembled from and what is recorded in
 * {@code .agentry/answers.yml}.
 *
 * @param agents the chosen roles; empty means the project type's default team
 * @param values explicit values for stack variables and settings ({@code --set} or a file), not their defaults, each in
 *     the type of the value it overrides
 * @param scaffolds extra scaffold folders, as recorded (relative to the target when inside it)
 */
public record Answers(String projectName, String projectType, String deployment, String stack, List<String> agents,
        List<String> targets, Map<String, Object> values, List<String> scaffolds) {

    public Answers {
        Objects.requireNonNull(projectName, "projectName is required");
        Objects.requireNonNull(projectType, "projectType is required");
        Objects.requireNonNull(deployment, "deployment is required");
        Objects.requireNonNull(stack, "stack is required");
        agents = agents == null ? List.of() : List.copyOf(agents);
        targets = targets == null ? List.of() : List.copyOf(targets);
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
        scaffolds = scaffolds == null ? List.of() : List.copyOf(scaffolds);
    }

    /** The same answers with other scaffold folders. */
    public Answers withScaffolds(List<String> folders) {
        return new Answers(projectName, projectType, deployment, stack, agents, targets, values, folders);
    }

    /** The answers as the ordered map written to {@code answers.yml}. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(Keys.PROJECT_NAME, projectName);
        map.put(Keys.PROJECT_TYPE, projectType);
        map.put(Keys.DEPLOYMENT, deployment);
        map.put(Keys.STACK, stack);
        map.put(Keys.AGENTS, agents);
        map.put(Keys.TARGETS, targets);
        if (!scaffolds.isEmpty()) {
            map.put(Keys.SCAFFOLDS, scaffolds);
        }
        map.putAll(values);
        return map;
    }
}
