package dev.agentry.clients;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Gemini CLI: {@code gemini -p} against a fake Gemini API (GOOGLE_GEMINI_BASE_URL, a dummy key), in a trusted
 * folder, with the project's agents acknowledged as its "new agents found" prompt records them (a sha256 of each file
 * in {@code ~/.gemini/acknowledgments/agents.json}), AGENTS.md as its context file, and {@code --approval-mode yolo}
 * so that subagents get the write and shell tools their files allow. A Gemini 3 model's system instruction lists
 * {@code <subagent><name>..</name><description>..</description>} entries.
 */
final class GeminiClient implements AgentClient {

    private static final Pattern BLOCK = Pattern.compile("<available_subagents>([\\s\\S]*?)</available_subagents>");
    private static final Pattern ENTRY = Pattern.compile(
            "<subagent>\\s*<name>([\\s\\S]*?)</name>\\s*<description>([\\s\\S]*?)</description>");

    /** Gemini's tool names of each kind. */
    static final Map<ToolKind, Set<String>> TOOLS = Map.of(
            ToolKind.EDIT, Set.of("write_file", "replace"),
            ToolKind.SHELL, Set.of("run_shell_command"),
            ToolKind.WEB, Set.of("web_fetch", "google_web_search"));

    @Override
    public String id() {
        return "gemini";
    }

    @Override
    public String target() {
        return "gemini";
    }

    @Override
    public List<String> stagedPaths() {
        return List.of(".gemini/agents", "AGENTS.md");
    }

    @Override
    public List<AgentFile> agentFiles(Path repo) throws IOException {
        return AgentFile.markdownAgents(repo.resolve(".gemini/agents"), ".md", AgentFile.Naming.FRONTMATTER,
                fields -> grants(fields.path("tools")));
    }

    private static Set<ToolKind> grants(JsonNode tools) {
        if (tools.isMissingNode()) {
            return ToolKind.all();
        }
        List<String> names = tools.valueStream().map(JsonNode::asString).toList();
        return ToolKind.among(names, TOOLS);
    }

    @Override
    public void prepare(Path home, Path repo, URI api, List<AgentFile> agents) throws IOException {
        Path settings = Files.createDirectories(home.resolve(".gemini")).resolve("settings.json");
        Files.writeString(settings, Http.JSON.writeValueAsString(Http.obj(
                "security", Http.obj("auth", Http.obj("selectedType", "gemini-api-key")),
                "general", Http.obj("enableAutoUpdate", false, "enableAutoUpdateNotification", false),
                "privacy", Http.obj("usageStatisticsEnabled", false),
                "context", Http.obj("fileName", List.of("AGENTS.md")))));
        // what the interactive "new agents found" prompt stores: {project root: {agent name: sha256 of the file}}
        Map<String, Object> acknowledged = new LinkedHashMap<>();
        for (Path file : AgentClient.files(repo.resolve(".gemini/agents"), ".md")) {
            String name = AgentFile.markdown(file).fields().path("name").asString();
            acknowledged.put(name, sha256(Files.readString(file, StandardCharsets.UTF_8)));
        }
        Path acknowledgments = Files.createDirectories(home.resolve(".gemini/acknowledgments")).resolve("agents.json");
        Files.writeString(acknowledgments, Http.JSON.writeValueAsString(Map.of(repo.toString(), acknowledged)));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Map<String, String> environment(Path home, URI api) {
        return Map.of("GOOGLE_GEMINI_BASE_URL", api.toString(), "GEMINI_API_KEY", "fake-key", "GEMINI_CLI_TRUST_WORKSPACE", "true");
    }

    @Override
    public List<String> arguments(Path scratch, String prompt) {
        return List.of("-m", "gemini-3.1-pro-preview", "--approval-mode", "yolo", "-p", prompt);
    }

    @Override
    public String delegationTool() {
        return "invoke_agent";
    }

    @Override
    public Map<String, Object> delegationArguments(String agent) {
        return Http.obj("agent_name", agent, "prompt", "Reply with the single word ok.");
    }

    @Override
    public Map<String, String> listedAgents(RecordedRequest request) {
        Map<String, String> agents = new LinkedHashMap<>();
        for (String text : RecordedRequest.strings(request.body().path("systemInstruction"))) {
            Matcher block = BLOCK.matcher(text);
            while (block.find()) {
                Matcher entry = ENTRY.matcher(block.group(1));
                while (entry.find()) {
                    agents.put(Xml.unescape(entry.group(1).strip()), Xml.unescape(entry.group(2).strip()));
                }
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
