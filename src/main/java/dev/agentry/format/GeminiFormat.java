package dev.agentry.format;

import java.util.List;

import dev.agentry.plan.DesiredFile;
import dev.agentry.render.RenderedAgent;
import dev.agentry.render.RenderedTeam;

/** Gemini CLI subagents: one {@code .gemini/agents/<name>.md} per agent, frontmatter {@code name} and {@code description}. */
public final class GeminiFormat implements ToolFormat {

    public static final String ID = "gemini";
    public static final String AGENTS_FOLDER = ".gemini/agents/";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Gemini CLI - " + AGENTS_FOLDER;
    }

    @Override
    public List<DesiredFile> files(RenderedTeam team) {
        return team.agents().stream().map(a -> DesiredFile.whole(AGENTS_FOLDER + a.name() + ".md", agentFile(a))).toList();
    }

    static String agentFile(RenderedAgent agent) {
        return new Frontmatter().plain("name", agent.name()).quoted("description", agent.description()).then(agent.body());
    }
}
