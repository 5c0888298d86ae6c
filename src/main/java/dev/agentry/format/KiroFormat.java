package dev.agentry.format;

import java.util.List;
import java.util.Map;

import dev.agentry.render.RenderedAgent;

/**
 * Kiro custom agents: one {@code .kiro/agents/<name>.json} per agent with {@code name}, {@code description}, the
 * instructions as {@code prompt} and {@code tools} in Kiro's tool categories ({@code read}, {@code write},
 * {@code shell}, {@code web}, {@code subagent}, {@code todo_list}; {@code *} for an agent with every tool).
 */
public final class KiroFormat extends AgentFolderFormat {

    public static final String ID = "kiro";
    public static final String AGENTS_FOLDER = ".kiro/agents/";

    /** Every tool, MCP tools included: what a Claude Code agent without a tool list has. */
    static final String EVERY_TOOL = "*";

    /** Kiro's tool category tags for each capability (Kiro CLI 3 and IDE 1 agent configuration). */
    static final Map<Capability, List<String>> TOOL_TAGS = Map.of(
            Capability.READ, List.of("read"),
            Capability.GREP, List.of("read"),
            Capability.GLOB, List.of("read"),
            Capability.EDIT, List.of("write"),
            Capability.WRITE, List.of("write"),
            Capability.SHELL, List.of("shell"),
            Capability.WEB_FETCH, List.of("web"),
            Capability.WEB_SEARCH, List.of("web"),
            Capability.DELEGATE, List.of("subagent"),
            Capability.TODO, List.of("todo_list"));

    /** A prompt that starts with this is read by Kiro as the path of a file holding the prompt. */
    static final String FILE_URI = "file://";

    public KiroFormat() {
        super(AGENTS_FOLDER, ".json", KiroFormat::agentFile);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Kiro";
    }

    @Override
    public String afterUpdate() {
        return "Kiro's IDE shows a saved agent in its agent selector at once; in Kiro CLI start a new chat and pick it with"
                + " /agent swap (or kiro-cli chat --agent <name>).";
    }

    /**
     * One field a line, the instructions last: JSON holds them on one line, so an edit of the user's there meets any
     * change of agentry's to them, but an edit to the description (a line away) merges cleanly with one to the prompt.
     */
    static String agentFile(RenderedAgent agent) {
        List<String> tools = Grants.of(agent.tools()).toolNames(TOOL_TAGS).orElse(List.of(EVERY_TOOL));
        return "{\n"
                + "  \"name\": " + Json.string(agent.name()) + ",\n"
                + "  \"description\": " + Json.string(agent.description()) + ",\n"
                + "  \"tools\": " + Json.strings(tools) + ",\n"
                + "  \"prompt\": " + Json.string(prompt(agent.body())) + "\n"
                + "}\n";
    }

    /** The instructions as written, except that a leading {@code file://} gets a word joiner so Kiro reads no file. */
    static String prompt(String body) {
        return body.startsWith(FILE_URI) ? "file" + TemplateText.WORD_JOINER + body.substring(4) : body;
    }
}
