package dev.agentry.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A kind of project (web app, backend API ...) with its default team of agents.
 *
 * @param inText how sentences name such a project ("a backend API with no user interface of its own"); the display
 *     name is a title, never an adjective; empty when sentences should not say
 * @param detect the surfaces that make such a project, for detection
 */
public record ProjectType(String id, String name, String description, List<String> agents, String inText,
        DetectSpec detect) {

    public ProjectType {
        Objects.requireNonNull(id, "id is required");
        Objects.requireNonNull(name, "name is required");
        Objects.requireNonNull(description, "description is required");
        agents = agents == null ? List.of() : List.copyOf(agents);
        inText = inText == null ? "" : inText;
        detect = DetectSpec.orNone(detect);
    }
}
