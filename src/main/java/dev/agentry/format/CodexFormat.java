package dev.agentry.format;

import java.util.List;

import dev.agentry.plan.DesiredFile;
import dev.agentry.render.RenderedAgent;
import dev.agentry.render.RenderedTeam;

/**
 * Codex custom agents: one {@code .codex/agents/<name>.toml} per agent with {@code name}, {@code description} and
 * the instructions as {@code developer_instructions}.
 */
public final class CodexFormat implements ToolFormat {

    public static final String ID = "codex";
    public static final String AGENTS_FOLDER = ".codex/agents/";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Codex - " + AGENTS_FOLDER + "<name>.toml";
    }

    @Override
    public List<DesiredFile> files(RenderedTeam team) {
        return team.agents().stream().map(a -> DesiredFile.whole(AGENTS_FOLDER + a.name() + ".toml", agentFile(a))).toList();
    }

    static String agentFile(RenderedAgent agent) {
        return "name = " + Toml.basic(agent.name()) + "\n"
                + "description = " + Toml.basic(agent.description()) + "\n"
                + "developer_instructions = " + Toml.multiline(agent.body()) + "\n";
    }
}
