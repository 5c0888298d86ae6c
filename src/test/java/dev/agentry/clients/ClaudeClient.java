package dev.agentry.clients;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Claude Code: {@code claude -p} against a fake Messages API (ANTHROPIC_BASE_URL, a dummy key). Its request lists
 * "Available agent types for the Agent tool:" as {@code - name: description (Tools: ...)} lines; it reads CLAUDE.md,
 * the workflow skills and the project's settings (checked by {@link ClaudeChecks}).
 */
final class ClaudeClient implements AgentClient {

    private static final String LISTING = "Available agent types for the Agent tool:";

    /** Claude Code's tool names of each kind. */
    static final Map<ToolKind, Set<String>> TOOLS = Map.of(
            ToolKind.EDIT, Set.of("Edit", "Write", "MultiEdit", "NotebookEdit"),
            ToolKind.SHELL, Set.of("Bash"),
            ToolKind.WEB, Set.of("WebFetch", "WebSearch"));

    @Override
    public String id() {
        return "claude";
    }

    @Override
    public String target() {
        return "claude";
    }

    @Override
    public List<String> stagedPaths() {
        return List.of(".claude/agents", ".claude/skills", ".claude/settings.json", "CLAUDE.md");
    }

    @Override
    public Optional<String> instructionsFile() {
        return Optional.of("CLAUDE.md");
    }

    @Override
    public List<AgentFile> agentFiles(Path repo) throws IOException {
        return AgentFile.markdownAgents(repo.resolve(".claude/agents"), ".md", AgentFile.Naming.FRONTMATTER,
                fields -> grants(fields.path("tools").asString("")));
    }

    /** The kinds a Claude tool list grants: every kind when there is no list. */
    static Set<ToolKind> grants(String toolList) {
        if (toolList.isBlank()) {
            return ToolKind.all();
        }
        List<String> tools = Arrays.stream(toolList.split(",")).map(String::strip).toList();
        return ToolKind.among(tools, TOOLS);
    }

    @Override
    public void prepare(Path home, Path repo, URI api, List<AgentFile> agents) {
        // nothing: the environment is all Claude Code needs
    }

    @Override
    public Map<String, String> environment(Path home, URI api) {
        return Map.of("ANTHROPIC_BASE_URL", api.toString(), "ANTHROPIC_API_KEY", "sk-ant-fake-key",
                "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC", "1", "DISABLE_AUTOUPDATER", "1", "DISABLE_TELEMETRY", "1",
                "DISABLE_ERROR_REPORTING", "1");
    }

    @Override
    public List<String> arguments(Path scratch, String prompt) {
        // the debug log says how Claude Code took the settings file (ClaudeChecks)
        return List.of("-p", prompt, "--debug-file", scratch.resolve(ClaudeChecks.DEBUG_LOG).toString());
    }

    @Override
    public String delegationTool() {
        return "Agent";
    }

    @Override
    public Map<String, Object> delegationArguments(String agent) {
        return Http.obj("description", "check " + agent, "prompt", "Reply with the single word ok.", "subagent_type", agent);
    }

    @Override
    public Map<String, String> listedAgents(RecordedRequest request) {
        Map<String, String> agents = new LinkedHashMap<>();
        for (String text : request.strings()) {
            int at = text.indexOf(LISTING);
            if (at < 0) {
                continue;
            }
            for (String line : text.substring(at + LISTING.length()).split("\n")) {
                if (line.isBlank() && agents.isEmpty()) {
                    continue;
                }
                if (!line.startsWith("- ")) {
                    break;
                }
                String entry = line.substring(2);
                int colon = entry.indexOf(": ");
                if (colon < 0) {
                    continue;
                }
                String description = entry.substring(colon + 2);
                int tools = description.lastIndexOf(" (Tools: ");
                agents.put(entry.substring(0, colon), tools < 0 ? description : description.substring(0, tools));
            }
        }
        return agents;
    }

    @Override
    public Map<ToolKind, Set<String>> toolNames() {
        return TOOLS;
    }
}
