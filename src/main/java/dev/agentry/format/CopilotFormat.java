package dev.agentry.format;

import java.util.List;
import java.util.Map;

import dev.agentry.render.RenderedAgent;

/**
 * GitHub Copilot custom agents: one {@code .github/agents/<name>.agent.md} per agent, frontmatter {@code name},
 * {@code description} and, for an agent with a tool list, {@code tools} in Copilot's aliases.
 */
public final class CopilotFormat extends AgentFolderFormat {

    public static final String ID = "copilot";
    public static final String AGENTS_FOLDER = ".github/agents/";
    public static final String SUFFIX = ".agent.md";

    /** Each capability as Copilot's tool aliases, as GitHub's custom agent reference maps Claude Code's tools. */
    static final Map<Capability, List<String>> TOOL_ALIASES = Map.of(
            Capability.READ, List.of("read"),
            Capability.GREP, List.of("search"),
            Capability.GLOB, List.of("search"),
            Capability.EDIT, List.of("edit"),
            Capability.WRITE, List.of("edit"),
            Capability.SHELL, List.of("execute"),
            Capability.WEB_FETCH, List.of("web"),
            Capability.WEB_SEARCH, List.of("web"),
            Capability.DELEGATE, List.of("agent"),
            Capability.TODO, List.of("todo"));

    public CopilotFormat() {
        super(AGENTS_FOLDER, SUFFIX, CopilotFormat::agentFile);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "GitHub Copilot";
    }

    @Override
    public String afterUpdate() {
        return "Start a new Copilot session to load the team.";
    }

    @Override
    public String label() {
        return "GitHub Copilot - " + AGENTS_FOLDER + "<name>" + SUFFIX;
    }

    static String agentFile(RenderedAgent agent) {
        Frontmatter frontmatter = new Frontmatter().plain("name", agent.name()).quoted("description", agent.description());
        Grants.of(agent.tools()).toolNames(TOOL_ALIASES).ifPresent(tools -> frontmatter.list("tools", tools));
        return frontmatter.then(agent.body());
    }
}
