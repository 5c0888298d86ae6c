package dev.agentry.catalog;

import java.util.List;
import java.util.Objects;

/**
 * An agent role of the catalogue: how its file is rendered and where it sits in a team.
 *
 * @param id the agent's name in the files it is written to, for example {@code backend-engineer}
 * @param name display name, for example "Backend Engineer"
 * @param description a template for the one-line description Claude Code uses to delegate
 * @param template the FreeMarker template of the body, relative to {@code templates/}
 * @param projectTypes project types whose default team this agent joins, beside the project type's own list
 * @param stage where the agent sits in the hand-off workflow
 * @param focus a short phrase naming what the agent covers, used when a teammate has no specific sentence
 * @param deployment true for the base of every deployment agent (each deployment gives it a name)
 * @param detect the surfaces whose presence in a repository calls for this agent, for detection
 */
public record AgentSpec(String id, String name, String description, String template, String color, String model,
        List<String> tools, List<String> projectTypes, Stage stage, String focus, boolean deployment, DetectSpec detect) {

    public AgentSpec {
        Objects.requireNonNull(id, "id is required");
        name = name == null ? id : name;
        description = description == null ? "" : description;
        model = model == null ? "inherit" : model;
        tools = tools == null ? List.of() : List.copyOf(tools);
        projectTypes = projectTypes == null ? List.of() : List.copyOf(projectTypes);
        stage = stage == null ? Stage.BUILD : stage;
        focus = focus == null ? name.toLowerCase() : focus;
        detect = DetectSpec.orNone(detect);
    }

    /** An agent that declares nothing for detection. */
    public AgentSpec(String id, String name, String description, String template, String color, String model,
            List<String> tools, List<String> projectTypes, Stage stage, String focus, boolean deployment) {
        this(id, name, description, template, color, model, tools, projectTypes, stage, focus, deployment, null);
    }
}
