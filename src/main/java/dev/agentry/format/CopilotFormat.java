package dev.agentry.format;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.agentry.plan.DesiredFile;
import dev.agentry.render.RenderedAgent;
import dev.agentry.render.RenderedTeam;

/**
 * GitHub Copilot custom agents: one {@code .github/agents/<name>.agent.md} per agent, frontmatter {@code name},
 * {@code description} and, when every Claude Code tool of the agent has a Copilot alias, {@code tools}.
 */
public final class CopilotFormat implements ToolFormat {

    public static final String ID = "copilot";
    public static final String AGENTS_FOLDER = ".github/agents/";
    public static final String SUFFIX = ".agent.md";

    /** Claude Code's tool names to Copilot's tool aliases, as GitHub's custom agent reference maps them. */
    static final Map<String, String> TOOL_ALIASES = Map.ofEntries(
            Map.entry("Bash", "execute"),
            Map.entry("Read", "read"),
            Map.entry("NotebookRead", "read"),
            Map.entry("Edit", "edit"),
            Map.entry("MultiEdit", "edit"),
            Map.entry("Write", "edit"),
            Map.entry("NotebookEdit", "edit"),
            Map.entry("Grep", "search"),
            Map.entry("Glob", "search"),
            Map.entry("Task", "agent"),
            Map.entry("WebSearch", "web"),
            Map.entry("WebFetch", "web"),
            Map.entry("TodoWrite", "todo"));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "GitHub Copilot - " + AGENTS_FOLDER + "<name>" + SUFFIX;
    }

    @Override
    public List<DesiredFile> files(RenderedTeam team) {
        return team.agents().stream().map(a -> DesiredFile.whole(AGENTS_FOLDER + a.name() + SUFFIX, agentFile(a))).toList();
    }

    static String agentFile(RenderedAgent agent) {
        Frontmatter frontmatter = new Frontmatter().plain("name", agent.name()).quoted("description", agent.description());
        copilotTools(agent.tools()).ifPresent(tools -> frontmatter.list("tools", tools));
        return frontmatter.then(agent.body());
    }

    /**
     * The agent's tools as Copilot aliases, in order and without repeats; empty when the agent has no tool list
     * (all tools) or when one of its tools has no Copilot alias, since a partial list would take a tool away.
     */
    static Optional<Set<String>> copilotTools(List<String> claudeTools) {
        if (claudeTools.isEmpty()) {
            return Optional.empty();
        }
        Set<String> aliases = new LinkedHashSet<>();
        for (String tool : claudeTools) {
            String alias = TOOL_ALIASES.get(tool);
            if (alias == null) {
                return Optional.empty();
            }
            aliases.add(alias);
        }
        return Optional.of(aliases);
    }
}
