package dev.agentry.clients;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
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
 * Qwen Code: {@code qwen -p} with its OpenAI-compatible provider pointed at the fake Chat Completions API
 * (OPENAI_BASE_URL, a dummy key and model; no login), AGENTS.md as its context file, and {@code --approval-mode yolo}
 * (headless Qwen refuses the {@code agent} tool without approval). Its {@code agent} tool lists the subagents as
 * {@code - **name**: description} lines; Qwen reads {@code .qwen/agents/*.md} flat.
 */
final class QwenClient implements AgentClient {

    private static final String LISTING = "Available agent types and the tools they have access to:";
    private static final Pattern ENTRY = Pattern.compile("^- \\*\\*(.+?)\\*\\*: (.*)$");

    /** Qwen Code's tool names of each kind (ToolNames in its core package, 0.24). */
    static final Map<ToolKind, Set<String>> TOOLS = Map.of(
            ToolKind.EDIT, Set.of("edit", "write_file", "notebook_edit"),
            ToolKind.SHELL, Set.of("run_shell_command", "exec"),
            ToolKind.WEB, Set.of("web_fetch", "web_search"));

    @Override
    public String id() {
        return "qwen";
    }

    @Override
    public String target() {
        return "qwen";
    }

    @Override
    public List<String> stagedPaths() {
        return List.of(".qwen/agents", "AGENTS.md");
    }

    @Override
    public List<AgentFile> agentFiles(Path repo) throws IOException {
        return AgentFile.markdownAgents(repo.resolve(".qwen/agents"), ".md", AgentFile.Naming.FRONTMATTER,
                fields -> grants(fields));
    }

    private static Set<ToolKind> grants(JsonNode fields) {
        JsonNode tools = fields.path("tools");
        if (tools.isMissingNode()) {
            if (fields.path("disallowedTools").isMissingNode()) {
                return ToolKind.all();
            }
            List<String> denied = fields.path("disallowedTools").valueStream().map(JsonNode::asString).toList();
            Set<ToolKind> kinds = EnumSet.noneOf(ToolKind.class);
            TOOLS.forEach((kind, names) -> {
                if (!denied.containsAll(names.stream().filter(n -> !n.equals("exec") && !n.equals("notebook_edit")).toList())) {
                    kinds.add(kind);
                }
            });
            return kinds;
        }
        List<String> names = tools.valueStream().map(JsonNode::asString).toList();
        return ToolKind.among(names, TOOLS);
    }

    @Override
    public void prepare(Path home, Path repo, URI api, List<AgentFile> agents) throws IOException {
        Path settings = Files.createDirectories(home.resolve(".qwen")).resolve("settings.json");
        Files.writeString(settings, Http.JSON.writeValueAsString(Http.obj(
                "security", Http.obj("auth", Http.obj("selectedType", "openai")),
                "general", Http.obj("disableAutoUpdate", true, "disableUpdateNag", true),
                "privacy", Http.obj("usageStatisticsEnabled", false),
                "memory", Http.obj("enableManagedAutoMemory", false, "enableManagedAutoDream", false),
                "context", Http.obj("fileName", List.of("AGENTS.md")))));
    }

    @Override
    public Map<String, String> environment(Path home, URI api) {
        return Map.of("OPENAI_BASE_URL", api + "/v1", "OPENAI_API_KEY", "fake-key", "OPENAI_MODEL", "fake-model",
                "QWEN_USAGE_STATISTICS_ENABLED", "false", "QWEN_CODE_SUPPRESS_YOLO_WARNING", "1");
    }

    @Override
    public List<String> arguments(Path scratch, String prompt) {
        return List.of("-p", prompt, "--approval-mode", "yolo");
    }

    @Override
    public String delegationTool() {
        return "agent";
    }

    @Override
    public Map<String, Object> delegationArguments(String agent) {
        return Http.obj("description", "check " + agent, "prompt", "Reply with the single word ok.", "subagent_type", agent,
                "run_in_background", false);
    }

    @Override
    public Map<String, String> listedAgents(RecordedRequest request) {
        Map<String, String> agents = new LinkedHashMap<>();
        for (JsonNode tool : request.body().path("tools")) {
            JsonNode function = tool.path("function");
            String description = function.path("description").asString("");
            int at = description.indexOf(LISTING);
            if (!function.path("name").asString("").equals("agent") || at < 0) {
                continue;
            }
            for (String line : description.substring(at + LISTING.length()).strip().split("\n")) {
                Matcher entry = ENTRY.matcher(line);
                if (!entry.matches()) {
                    break;
                }
                agents.put(entry.group(1), entry.group(2));
            }
        }
        return agents;
    }

    @Override
    public Map<ToolKind, Set<String>> toolNames() {
        return TOOLS;
    }

    @Override
    public String asRead(String text) {
        return text.replace("\u2060", "");
    }
}
