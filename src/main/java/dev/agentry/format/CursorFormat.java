package dev.agentry.format;

import java.util.ArrayList;
import java.util.List;

import dev.agentry.compose.Team;
import dev.agentry.plan.DesiredFile;
import dev.agentry.render.RenderedAgent;
import dev.agentry.render.RenderedTeam;

/**
 * Cursor subagents: one {@code .cursor/agents/<name>.md} per agent, frontmatter {@code name}, {@code description} and
 * {@code readonly: true} for an agent that may not change files; and the team block of {@code AGENTS.md}, which Cursor
 * also reads (the same block as the agents-md target's, written once when both are chosen).
 */
public final class CursorFormat implements ToolFormat {

    public static final String ID = "cursor";
    public static final String AGENTS_FOLDER = ".cursor/agents/";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Cursor";
    }

    @Override
    public String afterUpdate() {
        return "Start a new Cursor chat to load the team.";
    }

    @Override
    public boolean owns(String path) {
        // the AGENTS.md team block is the agents-md target's (one owner per file), read afresh by every new chat
        return path.startsWith(AGENTS_FOLDER);
    }

    @Override
    public List<String> paths() {
        return List.of(AGENTS_FOLDER + "<agent>.md", AgentsMdFormat.AGENTS_MD);
    }

    @Override
    public List<String> documents(Team team) {
        return List.of(AgentsMdFormat.TEMPLATE);
    }

    @Override
    public List<DesiredFile> files(RenderedTeam team) {
        List<DesiredFile> files = new ArrayList<>();
        for (RenderedAgent agent : team.agents()) {
            files.add(DesiredFile.whole(AGENTS_FOLDER + agent.name() + ".md", agentFile(agent)));
        }
        files.add(AgentsMdFormat.teamBlock(team));
        return files;
    }

    static String agentFile(RenderedAgent agent) {
        Frontmatter frontmatter = new Frontmatter().plain("name", agent.name()).quoted("description", agent.description());
        if (!Grants.of(agent.tools()).changesFiles()) {
            // Cursor's readonly runs the subagent without write access (no edits, no mutating commands)
            frontmatter.bool("readonly", true);
        }
        return frontmatter.then(agent.body());
    }
}
