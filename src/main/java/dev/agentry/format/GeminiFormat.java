package dev.agentry.format;

import java.util.List;
import java.util.Map;

import dev.agentry.render.RenderedAgent;

/**
 * Gemini CLI subagents: one {@code .gemini/agents/<name>.md} per agent, frontmatter {@code name}, {@code description}
 * and, for an agent with a tool list, {@code tools} in Gemini's tool names; instructions kept out of Gemini's templating.
 */
public final class GeminiFormat extends AgentFolderFormat {

    public static final String ID = "gemini";
    public static final String AGENTS_FOLDER = ".gemini/agents/";

    /**
     * Gemini's built-in tool names for each capability, as Gemini CLI 0.61 validates them (ALL_BUILTIN_TOOL_NAMES in
     * its core package): a name Gemini does not know makes it reject the whole file, so only these are written.
     */
    static final Map<Capability, List<String>> TOOL_NAMES = Map.of(
            Capability.READ, List.of("read_file"),
            Capability.GREP, List.of("grep_search"),
            Capability.GLOB, List.of("glob", "list_directory"),
            Capability.EDIT, List.of("replace"),
            Capability.WRITE, List.of("write_file"),
            Capability.SHELL, List.of("run_shell_command"),
            Capability.WEB_FETCH, List.of("web_fetch"),
            Capability.WEB_SEARCH, List.of("google_web_search"),
            Capability.DELEGATE, List.of("invoke_agent"),
            Capability.TODO, List.of("write_todos"));

    /** Invisible and not a word character, so {@code $\u2060{x}} reads as {@code ${x}} but matches nothing. */
    static final char WORD_JOINER = TemplateText.WORD_JOINER;

    public GeminiFormat() {
        super(AGENTS_FOLDER, ".md", GeminiFormat::agentFile);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Gemini CLI";
    }

    @Override
    public String afterUpdate() {
        return "Restart Gemini CLI and accept the new or changed agents it lists: it runs a project agent only once you"
                + " accepted that version of its file.";
    }

    @Override
    public String label() {
        return "Gemini CLI - " + AGENTS_FOLDER;
    }

    static String agentFile(RenderedAgent agent) {
        // the description is not templated (Gemini lists it as is), so it keeps its text byte for byte
        Frontmatter frontmatter = new Frontmatter().plain("name", agent.name()).quoted("description", agent.description());
        Grants.of(agent.tools()).toolNames(TOOL_NAMES).ifPresent(tools -> frontmatter.list("tools", tools));
        return frontmatter.then(literal(agent.body()));
    }

    /**
     * The instructions with every {@code ${word}} written as {@code $}, a word joiner, then {@code {word}}: Gemini then
     * shows the model the text as written (a project name such as "Shop ${env}" no longer breaks the agent, and
     * {@code ${query}} or {@code ${today}} are no longer replaced), and a reader sees no difference.
     */
    static String literal(String body) {
        return TemplateText.withoutDollarBraces(body);
    }
}
