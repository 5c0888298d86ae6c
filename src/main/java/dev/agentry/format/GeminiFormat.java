package dev.agentry.format;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.agentry.plan.DesiredFile;
import dev.agentry.render.RenderedAgent;
import dev.agentry.render.RenderedTeam;

/**
 * Gemini CLI subagents: one {@code .gemini/agents/<name>.md} per agent, frontmatter {@code name}, {@code description}
 * and, for an agent with a tool list, {@code tools} in Gemini's tool names; instructions kept out of Gemini's templating.
 */
public final class GeminiFormat implements ToolFormat {

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

    /**
     * What Gemini substitutes in an agent's instructions: {@code templateString} in its core package replaces every
     * match of {@code /\$\{(\w+)\}/g} (JavaScript's ASCII {@code \w}, as Java's) with the input of that name, and fails
     * the agent when there is none. It has no escape.
     */
    static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\$\\{(\\w+)}");

    /** Invisible and not a word character, so {@code $\u2060{x}} reads as {@code ${x}} but matches nothing. */
    static final char WORD_JOINER = '\u2060';

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String afterUpdate() {
        return "Restart Gemini CLI and accept the new or changed agents it lists: it runs a project agent only once you"
                + " accepted that version of its file.";
    }

    @Override
    public boolean owns(String path) {
        return path.startsWith(AGENTS_FOLDER);
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
        Matcher matcher = TEMPLATE_VARIABLE.matcher(body);
        if (!matcher.find()) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length() + 8);
        int from = 0;
        do {
            out.append(body, from, matcher.start()).append('$').append(WORD_JOINER).append(body, matcher.start() + 1, matcher.end());
            from = matcher.end();
        } while (matcher.find());
        return out.append(body, from, body.length()).toString();
    }
}
