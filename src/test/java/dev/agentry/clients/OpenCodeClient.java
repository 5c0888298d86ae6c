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

import tools.jackson.databind.JsonNode;

/**
 * OpenCode: {@code opencode run --pure} with a provider "fake" (the bundled OpenAI-compatible SDK) pointing at the fake
 * Chat Completions API, declared in the throwaway {@code ~/.config/opencode/opencode.json}. Its {@code task} tool lists
 * "Available agent types and the tools they have access to:" as {@code - name: description} lines; an agent is named
 * after its file.
 */
final class OpenCodeClient implements AgentClient {

    private static final String LISTING = "Available agent types and the tools they have access to:";

    /** OpenCode's tool names of each kind. */
    static final Map<ToolKind, Set<String>> TOOLS = Map.of(
            ToolKind.EDIT, Set.of("edit", "write", "patch", "apply_patch", "multiedit"),
            ToolKind.SHELL, Set.of("bash"),
            ToolKind.WEB, Set.of("webfetch", "websearch"));

    @Override
    public String id() {
        return "opencode";
    }

    @Override
    public String target() {
        return "opencode";
    }

    @Override
    public List<String> stagedPaths() {
        return List.of(".opencode/agents", "AGENTS.md");
    }

    @Override
    public List<AgentFile> agentFiles(Path repo) throws IOException {
        return AgentFile.markdownAgents(repo.resolve(".opencode/agents"), ".md", AgentFile.Naming.FILE_NAME,
                fields -> grants(fields.path("permission")));
    }

    private static Set<ToolKind> grants(JsonNode permission) {
        Set<ToolKind> kinds = EnumSet.noneOf(ToolKind.class);
        if (!denied(permission, "edit")) {
            kinds.add(ToolKind.EDIT);
        }
        if (!denied(permission, "bash")) {
            kinds.add(ToolKind.SHELL);
        }
        if (!denied(permission, "webfetch") || !denied(permission, "websearch")) {
            kinds.add(ToolKind.WEB);
        }
        return kinds;
    }

    private static boolean denied(JsonNode permission, String key) {
        return permission.path(key).asString("").equals("deny");
    }

    @Override
    public void prepare(Path home, Path repo, URI api, List<AgentFile> agents) throws IOException {
        Path config = Files.createDirectories(home.resolve(".config/opencode")).resolve("opencode.json");
        Files.writeString(config, Http.JSON.writeValueAsString(Http.obj(
                "$schema", "https://opencode.ai/config.json", "autoupdate", false, "share", "disabled",
                "provider", Http.obj("fake", Http.obj("npm", "@ai-sdk/openai-compatible", "name", "Fake",
                        "options", Http.obj("baseURL", api + "/v1", "apiKey", "fake-key"),
                        "models", Http.obj("fake-model", Http.obj("name", "fake-model", "tool_call", true)))),
                "model", "fake/fake-model", "small_model", "fake/fake-model")));
    }

    @Override
    public Map<String, String> environment(Path home, URI api) {
        return Map.of("OPENCODE_DISABLE_MODELS_FETCH", "1", "OPENCODE_DISABLE_AUTOUPDATE", "1", "OPENCODE_DISABLE_LSP_DOWNLOAD", "1",
                "OPENCODE_DISABLE_SHARE", "1", "OPENCODE_DISABLE_CLAUDE_CODE", "1");
    }

    @Override
    public List<String> arguments(Path scratch, String prompt) {
        return List.of("run", "--pure", "-m", "fake/fake-model", prompt);
    }

    @Override
    public String delegationTool() {
        return "task";
    }

    @Override
    public Map<String, Object> delegationArguments(String agent) {
        return Http.obj("description", "check " + agent, "prompt", "Reply with the single word ok.", "subagent_type", agent);
    }

    @Override
    public Map<String, String> listedAgents(RecordedRequest request) {
        Map<String, String> agents = new LinkedHashMap<>();
        for (JsonNode tool : request.body().path("tools")) {
            JsonNode function = tool.path("function");
            String description = function.path("description").asString("");
            int at = description.indexOf(LISTING);
            if (!function.path("name").asString("").equals("task") || at < 0) {
                continue;
            }
            for (String line : description.substring(at + LISTING.length()).strip().split("\n")) {
                if (!line.startsWith("- ")) {
                    break;
                }
                int colon = line.indexOf(": ");
                if (colon > 2) {
                    agents.put(line.substring(2, colon), line.substring(colon + 2));
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
