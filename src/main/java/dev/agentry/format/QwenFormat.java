package dev.agentry.format;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.agentry.plan.DesiredFile;
import dev.agentry.render.RenderedAgent;
import dev.agentry.render.RenderedTeam;
import dev.agentry.support.AgentryException;

/**
 * Qwen Code subagents: one {@code .qwen/agents/<name>.md} per agent, frontmatter {@code name}, {@code description} and,
 * for an agent with a tool list, {@code tools} in Qwen's tool names; instructions kept out of Qwen's templating.
 */
public final class QwenFormat extends AgentFolderFormat {

    public static final String ID = "qwen";
    public static final String AGENTS_FOLDER = ".qwen/agents/";

    /** Qwen Code's built-in tool names for each capability (ToolNames in its core package, 0.24). */
    static final Map<Capability, List<String>> TOOL_NAMES = Map.of(
            Capability.READ, List.of("read_file"),
            Capability.GREP, List.of("grep_search"),
            Capability.GLOB, List.of("glob", "list_directory"),
            Capability.EDIT, List.of("edit"),
            Capability.WRITE, List.of("write_file"),
            Capability.SHELL, List.of("run_shell_command"),
            Capability.WEB_FETCH, List.of("web_fetch"),
            Capability.WEB_SEARCH, List.of("web_search"),
            Capability.DELEGATE, List.of("agent"),
            Capability.TODO, List.of("todo_write"));

    /** The names Qwen Code's SubagentValidator refuses (compared in lower case). */
    static final List<String> RESERVED_NAMES = List.of("self", "system", "user", "model", "tool", "config", "default", "main");

    public QwenFormat() {
        super(AGENTS_FOLDER, ".md", QwenFormat::agentFile);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Qwen Code";
    }

    @Override
    public String afterUpdate() {
        return "Start a new Qwen Code session to load the team (it reads " + AGENTS_FOLDER + " when a session starts; /agents manage lists them).";
    }

    @Override
    public List<DesiredFile> files(RenderedTeam team) {
        team.agents().forEach(QwenFormat::checkName);
        return super.files(team);
    }

    /**
     * Qwen Code skips an agent whose name it refuses and says so only in its debug log, so such a name is refused here
     * instead, before anything is written (agentry's own rule already keeps names to 1-50 of a-z, 0-9 and '-').
     */
    static void checkName(RenderedAgent agent) {
        String name = agent.name();
        String problem = name.length() < 2 ? "Qwen Code needs a name of 2 to 50 characters"
                : RESERVED_NAMES.contains(name.toLowerCase(Locale.ROOT)) ? "Qwen Code reserves the names "
                        + String.join(", ", RESERVED_NAMES) : null;
        if (problem != null) {
            throw AgentryException.usage("The agent '" + name + "' cannot be written for Qwen Code (target " + ID + "): "
                    + problem + ", and it would skip the file. Rename the agent (the name: of its legacy agent file or"
                    + " the id in its scaffold), or leave " + ID + " out of the agent tools (--targets, or `targets:` in"
                    + " .agentry/answers.yml).");
        }
    }

    static String agentFile(RenderedAgent agent) {
        // the description is not templated (Qwen lists it as is), so it keeps its text byte for byte
        Frontmatter frontmatter = new Frontmatter().plain("name", agent.name()).quoted("description", agent.description());
        Grants grants = Grants.of(agent.tools());
        Optional<List<String>> tools = grants.toolNames(TOOL_NAMES);
        if (tools.isPresent() && !tools.get().isEmpty()) {
            frontmatter.list("tools", tools.get());
        }
        else if (tools.isPresent()) {
            // Qwen reads an empty tools list as "every tool": an agent with only tools Qwen has no name for gets every
            // built-in tool denied instead
            frontmatter.list("disallowedTools", allToolNames());
        }
        return frontmatter.then(TemplateText.withoutDollarBraces(agent.body()));
    }

    private static List<String> allToolNames() {
        Set<String> names = new LinkedHashSet<>();
        for (Capability capability : Capability.values()) {
            names.addAll(TOOL_NAMES.get(capability));
        }
        return new ArrayList<>(names);
    }
}
