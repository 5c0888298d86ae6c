package dev.agentry.format;

import java.util.ArrayList;
import java.util.List;

import dev.agentry.compose.Team;
import dev.agentry.plan.DesiredFile;
import dev.agentry.render.RenderedAgent;
import dev.agentry.render.RenderedTeam;

/**
 * Claude Code: one subagent file per agent under {@code .claude/agents/}, and the team roster in a managed
 * block of {@code CLAUDE.md} (unless the setting {@code claude-md} is off).
 */
public final class ClaudeFormat implements ToolFormat {

    public static final String ID = "claude";
    public static final String AGENTS_FOLDER = ".claude/agents/";
    public static final String CLAUDE_MD = "CLAUDE.md";
    public static final String ROSTER_TEMPLATE = "claude-md.ftl";
    public static final String BLOCK = "team";
    public static final String SETTING = "claude-md";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Claude Code";
    }

    @Override
    public List<String> paths() {
        return List.of(AGENTS_FOLDER + "<agent>.md", CLAUDE_MD);
    }

    @Override
    public String afterUpdate() {
        return "Restart Claude Code (or run /agents) to load the team.";
    }

    @Override
    public boolean owns(String path) {
        return path.startsWith(AGENTS_FOLDER) || path.equals(CLAUDE_MD);
    }

    @Override
    public String label() {
        return "Claude Code - " + AGENTS_FOLDER + " and the " + CLAUDE_MD + " team block";
    }

    @Override
    public List<String> documents(Team team) {
        return team.enabled(SETTING) ? List.of(ROSTER_TEMPLATE) : List.of();
    }

    @Override
    public List<DesiredFile> files(RenderedTeam team) {
        List<DesiredFile> files = new ArrayList<>();
        for (RenderedAgent agent : team.agents()) {
            files.add(DesiredFile.whole(AGENTS_FOLDER + agent.name() + ".md", agentFile(agent)));
        }
        String roster = team.documents().get(ROSTER_TEMPLATE);
        if (roster != null) {
            files.add(DesiredFile.block(CLAUDE_MD, BLOCK, roster));
        }
        return files;
    }

    /** A Claude Code subagent file: strict-YAML frontmatter, then the agent's instructions. */
    static String agentFile(RenderedAgent agent) {
        StringBuilder out = new StringBuilder("---\n");
        out.append("name: ").append(agent.name()).append('\n');
        out.append("description: ").append(Yaml.quoted(agent.description())).append('\n');
        out.append("model: ").append(Yaml.scalar(agent.model())).append('\n');
        out.append("color: ").append(agent.color()).append('\n');
        if (!agent.tools().isEmpty()) {
            out.append("tools: ").append(Yaml.scalar(String.join(", ", agent.tools()))).append('\n');
        }
        out.append("---\n\n").append(agent.body());
        return out.toString();
    }
}
