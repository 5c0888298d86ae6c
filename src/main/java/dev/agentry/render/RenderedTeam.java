package dev.agentry.render;

import java.util.List;
import java.util.Map;

import dev.agentry.compose.Team;

/**
 * A team rendered in memory: every agent, and the shared documents (such as the roster block of
 * {@code CLAUDE.md}) by template name.
 */
public record RenderedTeam(Team team, List<RenderedAgent> agents, Map<String, String> documents) {

    public RenderedTeam {
        agents = List.copyOf(agents);
        documents = Map.copyOf(documents);
    }
}
