package dev.agentry.render;

import java.util.List;
import java.util.Map;

import dev.agentry.compose.Team;

/**
 * A team rendered in memory: every agent, the shared documents (such as the roster block of {@code CLAUDE.md}) by
 * template name, and the workflow skills whose templates were among the documents asked for.
 */
public record RenderedTeam(Team team, List<RenderedAgent> agents, Map<String, String> documents, List<RenderedSkill> skills) {

    public RenderedTeam {
        agents = List.copyOf(agents);
        documents = Map.copyOf(documents);
        skills = List.copyOf(skills);
    }

    /** A team rendered without skills. */
    public RenderedTeam(Team team, List<RenderedAgent> agents, Map<String, String> documents) {
        this(team, agents, documents, List.of());
    }
}
