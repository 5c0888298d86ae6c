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
 * Factory's Droid CLI: {@code droid exec --auto high} (the {@code Task} tool is offered only at that autonomy) with one
 * bring-your-own-key custom model in the throwaway {@code ~/.factory/settings.json} pointing at the fake Chat
 * Completions API, and {@code FACTORY_AIRGAP_ENABLED} so that it never asks Factory's servers (no login). A
 * {@code <system-reminder>} in its first user message lists "Custom droids available (from ...):" as
 * {@code - name: description (location: project)} lines; Droid reads {@code .factory/droids/*.md} flat.
 */
final class DroidClient implements AgentClient {

    private static final String LISTING = "Custom droids available (from ";
    private static final String LOCATION = " (location: project)";

    /** Droid's tool ids of each kind. */
    static final Map<ToolKind, Set<String>> TOOLS = Map.of(
            ToolKind.EDIT, Set.of("Edit", "Create", "ApplyPatch", "MultiEdit"),
            ToolKind.SHELL, Set.of("Execute"),
            ToolKind.WEB, Set.of("WebSearch", "FetchUrl"));

    @Override
    public String id() {
        return "droid";
    }

    @Override
    public String target() {
        return "droid";
    }

    @Override
    public List<String> stagedPaths() {
        return List.of(".factory/droids", "AGENTS.md");
    }

    @Override
    public List<AgentFile> agentFiles(Path repo) throws IOException {
        return AgentFile.markdownAgents(repo.resolve(".factory/droids"), ".md", AgentFile.Naming.FRONTMATTER,
                fields -> grants(fields.path("tools")));
    }

    /** Droid's read-only set is Read, LS, Grep, Glob and Execute, as Droid 0.225 gives it a subagent; a list grants its ids' kinds. */
    private static Set<ToolKind> grants(JsonNode tools) {
        if (tools.isMissingNode()) {
            return ToolKind.all();
        }
        if (tools.isString() && tools.asString().equals("read-only")) {
            return EnumSet.of(ToolKind.SHELL);
        }
        List<String> ids = tools.valueStream().map(JsonNode::asString).toList();
        return ToolKind.among(ids, TOOLS);
    }

    @Override
    public void prepare(Path home, Path repo, URI api, List<AgentFile> agents) throws IOException {
        Path settings = Files.createDirectories(home.resolve(".factory")).resolve("settings.json");
        Files.writeString(settings, Http.JSON.writeValueAsString(Http.obj(
                "customModels", List.of(Http.obj("model", "fake-model", "id", "custom:fake-model", "displayName", "Fake",
                        "baseUrl", api + "/v1", "apiKey", "fake-key", "provider", "generic-chat-completion-api",
                        "maxOutputTokens", 1024)),
                "sessionDefaultSettings", Http.obj("model", "custom:fake-model"))));
    }

    @Override
    public Map<String, String> environment(Path home, URI api) {
        return Map.of("FACTORY_AIRGAP_ENABLED", "true", "FACTORY_DROID_AUTO_UPDATE_ENABLED", "false");
    }

    @Override
    public List<String> arguments(Path scratch, String prompt) {
        return List.of("exec", "-m", "custom:fake-model", "--auto", "high", prompt);
    }

    @Override
    public String delegationTool() {
        return "Task";
    }

    @Override
    public Map<String, Object> delegationArguments(String agent) {
        return Http.obj("subagent_type", agent, "description", "check " + agent, "prompt", "Reply with the single word ok.",
                "await", true);
    }

    @Override
    public Map<String, String> listedAgents(RecordedRequest request) {
        Map<String, String> agents = new LinkedHashMap<>();
        for (String text : RecordedRequest.strings(request.body().path("messages"))) {
            int at = text.indexOf(LISTING);
            if (at < 0) {
                continue;
            }
            String[] lines = text.substring(at).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String line = lines[i];
                if (!line.startsWith("- ")) {
                    if (agents.isEmpty()) {
                        continue;
                    }
                    break;
                }
                int colon = line.indexOf(':');
                String description = line.substring(colon + 1).strip();
                if (description.endsWith(LOCATION)) {
                    description = description.substring(0, description.length() - LOCATION.length());
                }
                agents.put(line.substring(2, colon), description);
            }
        }
        return agents;
    }

    @Override
    public Map<ToolKind, Set<String>> toolNames() {
        return TOOLS;
    }
}
