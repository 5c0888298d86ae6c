package dev.agentry.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.agentry.compose.Team;
import dev.agentry.render.RenderedTeam;

/**
 * A team rendered in memory for rules to check: the team, its rendered agents, and every file it writes for its agent
 * tools.
 *
 * @param files each file's text by path, a managed block by {@code PATH#BLOCK} ({@code CLAUDE.md#team})
 */
public record TeamOutput(Team team, RenderedTeam rendered, Map<String, String> files) {

    public TeamOutput {
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }
}
