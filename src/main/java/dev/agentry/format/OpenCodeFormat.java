package dev.agentry.format;

import java.util.List;
import java.util.Map;

import dev.agentry.plan.DesiredFile;
import dev.agentry.render.RenderedAgent;
import dev.agentry.render.RenderedTeam;

/**
 * OpenCode agents: one {@code .opencode/agents/<name>.md} per agent (OpenCode names an agent after its file),
 * frontmatter {@code description}, {@code mode: subagent} and the agent's color as a hex code.
 */
public final class OpenCodeFormat implements ToolFormat {

    public static final String ID = "opencode";
    public static final String AGENTS_FOLDER = ".opencode/agents/";

    /**
     * Claude Code's named colors as hex codes (OpenCode refuses to start on a named color). The values are the
     * Tailwind CSS 500 shades, so the team looks the same in both tools.
     */
    static final Map<String, String> HEX_COLORS = Map.of(
            "red", "#ef4444",
            "orange", "#f97316",
            "yellow", "#eab308",
            "green", "#22c55e",
            "cyan", "#06b6d4",
            "blue", "#3b82f6",
            "purple", "#a855f7",
            "pink", "#ec4899");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "OpenCode - " + AGENTS_FOLDER;
    }

    @Override
    public List<DesiredFile> files(RenderedTeam team) {
        return team.agents().stream().map(a -> DesiredFile.whole(AGENTS_FOLDER + a.name() + ".md", agentFile(a))).toList();
    }

    static String agentFile(RenderedAgent agent) {
        Frontmatter frontmatter = new Frontmatter().quoted("description", agent.description()).plain("mode", "subagent");
        String hex = agent.color() == null ? null : HEX_COLORS.get(agent.color());
        if (hex != null) {
            frontmatter.quoted("color", hex);
        }
        return frontmatter.then(agent.body());
    }
}
