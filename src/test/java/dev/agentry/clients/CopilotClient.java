package dev.agentry.clients;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * GitHub Copilot CLI in its offline bring-your-own-model mode (COPILOT_OFFLINE, a provider base URL; no GitHub login).
 * Its {@code task} tool lists the custom agents as {@code - **name**: description} lines and in its
 * {@code agent_type} enum; it reads AGENTS.md.
 */
final class CopilotClient implements AgentClient {

    private static final Pattern ENTRY = Pattern.compile("^- \\*\\*(.+?)\\*\\*: (.*)$", Pattern.MULTILINE);

    /** Copilot's tool names of each kind. */
    static final Map<ToolKind, Set<String>> TOOLS = Map.of(
            ToolKind.EDIT, Set.of("apply_patch", "edit", "create", "str_replace", "str_replace_editor", "write"),
            ToolKind.SHELL, Set.of("bash", "read_bash", "write_bash", "stop_bash", "list_bash"),
            ToolKind.WEB, Set.of("web_fetch", "web_search"));

    @Override
    public String id() {
        return "copilot";
    }

    @Override
    public String target() {
        return "copilot";
    }

    @Override
    public List<String> stagedPaths() {
        return List.of(".github/agents", "AGENTS.md");
    }

    @Override
    public List<AgentFile> agentFiles(Path repo) throws IOException {
        return AgentFile.markdownAgents(repo.resolve(".github/agents"), ".agent.md", AgentFile.Naming.FRONTMATTER,
                fields -> grants(fields.path("tools")));
    }

    /** The kinds Copilot's tool aliases grant: every kind when there is no list. */
    private static Set<ToolKind> grants(JsonNode tools) {
        if (tools.isMissingNode()) {
            return ToolKind.all();
        }
        List<String> aliases = tools.valueStream().map(JsonNode::asString).toList();
        Set<ToolKind> kinds = EnumSet.noneOf(ToolKind.class);
        if (aliases.contains("edit")) {
            kinds.add(ToolKind.EDIT);
        }
        if (aliases.contains("execute")) {
            kinds.add(ToolKind.SHELL);
        }
        if (aliases.contains("web")) {
            kinds.add(ToolKind.WEB);
        }
        return kinds;
    }

    @Override
    public void prepare(Path home, Path repo, URI api, List<AgentFile> agents) {
        // nothing: the offline mode is set through the environment
    }

    @Override
    public Map<String, String> environment(Path home, URI api) {
        return Map.of("COPILOT_OFFLINE", "true", "COPILOT_PROVIDER_BASE_URL", api + "/v1", "COPILOT_PROVIDER_API_KEY", "fake-key",
                "COPILOT_PROVIDER_TYPE", "openai", "COPILOT_PROVIDER_WIRE_API", "completions", "COPILOT_MODEL", "gpt-5.4",
                "COPILOT_AUTO_UPDATE", "false");
    }

    @Override
    public List<String> arguments(Path scratch, String prompt) {
        return List.of("-p", prompt, "--no-auto-update", "--disable-builtin-mcps", "--no-ask-user", "--log-level", "debug",
                "--log-dir", scratch.resolve("logs").toString());
    }

    @Override
    public String delegationTool() {
        return "task";
    }

    @Override
    public Map<String, Object> delegationArguments(String agent) {
        return Http.obj("description", "check " + agent, "prompt", "Reply with the single word ok.", "agent_type", agent,
                "name", agent, "mode", "sync");
    }

    @Override
    public Map<String, String> listedAgents(RecordedRequest request) {
        Map<String, String> agents = new LinkedHashMap<>();
        for (JsonNode tool : request.body().path("tools")) {
            JsonNode function = tool.path("function");
            if (!function.path("name").asString("").equals("task")) {
                continue;
            }
            List<String> selectable = function.path("parameters").path("properties").path("agent_type").path("enum")
                    .valueStream().map(JsonNode::asString).toList();
            Matcher entry = ENTRY.matcher(function.path("description").asString(""));
            while (entry.find()) {
                // a name in the description that cannot be chosen is not loaded
                if (selectable.contains(entry.group(1))) {
                    agents.put(entry.group(1), entry.group(2));
                }
            }
        }
        return agents;
    }

    @Override
    public Map<ToolKind, Set<String>> toolNames() {
        return TOOLS;
    }
}
