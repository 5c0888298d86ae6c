package dev.agentry.format;

import java.util.ArrayList;
import java.util.List;

import dev.agentry.compose.Team;
import dev.agentry.plan.Blocks;
import dev.agentry.plan.DesiredFile;
import dev.agentry.render.RenderedAgent;
import dev.agentry.render.RenderedTeam;

/**
 * Claude Code: one subagent file per agent under {@code .claude/agents/}, the team roster in a managed block of
 * {@code CLAUDE.md} (unless the setting {@code claude-md} is off), and the workflow skills under {@code .claude/skills/}
 * (unless {@code claude-skills} is off), and agentry's permission rules in {@code .claude/settings.json} (unless
 * {@code claude-settings} is off).
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
        // the agents, the workflow skills and the settings: all under .claude/
        return path.startsWith(AGENTS_FOLDER) || path.startsWith(ClaudeSkills.FOLDER) || path.equals(ClaudeSettings.PATH)
                || path.equals(CLAUDE_MD);
    }

    @Override
    public String label() {
        return "Claude Code - " + AGENTS_FOLDER + " and the " + CLAUDE_MD + " team block";
    }

    @Override
    public List<String> documents(Team team) {
        List<String> documents = new ArrayList<>();
        if (team.enabled(SETTING)) {
            documents.add(ROSTER_TEMPLATE);
        }
        documents.addAll(ClaudeSkills.templates(team));
        return documents;
    }

    @Override
    public List<DesiredFile> files(RenderedTeam team) {
        List<DesiredFile> files = new ArrayList<>();
        for (RenderedAgent agent : team.agents()) {
            String memory = team.team().member(agent.name()).map(m -> m.spec().memory()).orElse(null);
            files.add(DesiredFile.whole(AGENTS_FOLDER + agent.name() + ".md", agentFile(agent, memory)));
        }
        String roster = team.documents().get(ROSTER_TEMPLATE);
        if (roster != null) {
            files.add(DesiredFile.block(CLAUDE_MD, BLOCK, Blocks.withoutMarkers(roster)));
        }
        files.addAll(ClaudeSkills.files(team));
        ClaudeSettings.file(team.team()).ifPresent(files::add);
        return files;
    }

    /** A Claude Code subagent file that keeps no notes across sessions. */
    static String agentFile(RenderedAgent agent) {
        return agentFile(agent, null);
    }

    /** A Claude Code subagent file: strict-YAML frontmatter (with its memory scope, when it has one), then its instructions. */
    static String agentFile(RenderedAgent agent, String memory) {
        Frontmatter frontmatter = new Frontmatter().plain("name", agent.name()).quoted("description", agent.description())
                .plain("model", agent.model());
        if (agent.color() != null) {
            frontmatter.plain("color", agent.color());
        }
        if (!agent.tools().isEmpty()) {
            frontmatter.plain("tools", String.join(", ", agent.tools()));
        }
        if (memory != null) {
            frontmatter.plain("memory", memory);
        }
        return frontmatter.then(agent.body());
    }
}
