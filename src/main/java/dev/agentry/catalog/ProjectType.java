package dev.agentry.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A kind of project (web app, backend API ...) with its default team of agents.
 *
 * @param inText how sentences name such a project ("a backend API with no user interface of its own"); the display
 *     name is a title, never an adjective; empty when sentences should not say
 * @param detect the surfaces that make such a project, for detection
 * @param team whether the type brings its own team ({@code preset}, the default) or the user picks every role
 *     ({@code team: chosen}, as the built-in {@code custom} does: {@code --agents} is then required)
 */
public record ProjectType(String id, String name, String description, List<String> agents, String inText,
        DetectSpec detect, TeamChoice team) {

    /** Who decides a project type's team. */
    public enum TeamChoice {
        /** The type's own agents, and the agents that name it, unless {@code --agents} says otherwise. */
        PRESET,
        /** Nobody but the user: the type has no team of its own, and {@code --agents} is required. */
        CHOSEN
    }

    public ProjectType {
        Objects.requireNonNull(id, "id is required");
        Objects.requireNonNull(name, "name is required");
        Objects.requireNonNull(description, "description is required");
        agents = agents == null ? List.of() : List.copyOf(agents);
        inText = inText == null ? "" : inText;
        detect = DetectSpec.orNone(detect);
        team = team == null ? TeamChoice.PRESET : team;
    }

    /** True when the user picks the whole team ({@code team: chosen}). */
    public boolean teamIsChosen() {
        return team == TeamChoice.CHOSEN;
    }
}
