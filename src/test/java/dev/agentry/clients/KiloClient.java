package dev.agentry.clients;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Kilo Code CLI (an OpenCode fork): {@code kilo run --pure} with a provider "fake" (the bundled OpenAI-compatible SDK)
 * pointing at the fake Chat Completions API, the only provider enabled in the throwaway {@code ~/.config/kilo/kilo.json}
 * (so Kilo's gateway is never asked for models), telemetry off. Its {@code task} tool lists "Available agent types and
 * the tools they have access to:" as {@code - name: description} lines; an agent is named after its file.
 */
final class KiloClient implements AgentClient {

    private static final String LISTING = "Available agent types and the tools they have access to:";

    @Override
    public String id() {
        return "kilo";
    }

    @Override
    public String target() {
        return "kilo";
    }

    @Override
    public List<String> stagedPaths() {
        return List.of(".kilo/agents", "AGENTS.md");
    }

    @Override
    public List<AgentFile> agentFiles(Path repo) throws IOException {
        return AgentFile.markdownAgents(repo.resolve(".kilo/agents"), ".md", AgentFile.Naming.FILE_NAME,
                fields -> grants(fields.path("permission")));
    }

    private static Set<ToolKind> grants(JsonNode permission) {
        Set<ToolKind> kinds = EnumSet.noneOf(ToolKind.class);
        if (!permission.path("edit").asString("").equals("deny")) {
            kinds.add(ToolKind.EDIT);
        }
        if (!permission.path("bash").asString("").equals("deny")) {
            kinds.add(ToolKind.SHELL);
        }
        if (!permission.path("webfetch").asString("").equals("deny") || !permission.path("websearch").asString("").equals("deny")) {
            kinds.add(ToolKind.WEB);
        }
        return kinds;
    }

    @Override
    public void prepare(Path home, Path repo, URI api, List<AgentFile> agents) throws IOException {
        Path config = Files.createDirectories(home.resolve(".config/kilo")).resolve("kilo.json");
        Files.writeString(config, Http.JSON.writeValueAsString(Http.obj(
                "$schema", "https://app.kilo.ai/config.json", "autoupdate", false, "share", "disabled",
                "enabled_providers", List.of("fake"),
                "provider", Http.obj("fake", Http.obj("npm", "@ai-sdk/openai-compatible", "name", "Fake",
                        "options", Http.obj("baseURL", api + "/v1", "apiKey", "fake-key"),
                        "models", Http.obj("fake-model", Http.obj("name", "fake-model", "tool_call", true)))),
                "model", "fake/fake-model", "small_model", "fake/fake-model")));
    }

    @Override
    public Map<String, String> environment(Path home, URI api) {
        Map<String, String> env = new LinkedHashMap<>();
        for (String flag : List.of("KILO_DISABLE_MODELS_FETCH", "KILO_DISABLE_AUTOUPDATE", "KILO_DISABLE_LSP_DOWNLOAD",
                "KILO_DISABLE_SHARE", "KILO_DISABLE_SESSION_INGEST", "KILO_DISABLE_CLAUDE_CODE")) {
            env.put(flag, "1");
        }
        env.put("KILO_TELEMETRY_LEVEL", "off");
        return env;
    }

    @Override
    public List<String> arguments(Path scratch, String prompt) {
        return List.of("run", "--pure", "-m", "fake/fake-model", prompt);
    }

    @Override
    public String delegationTool() {
        return "task";
    }

    /**
     * Kilo 7.7 running many tasks of one answer at once on a loaded machine now and then leaves one of them waiting on a
     * question nobody can answer headless ("asking" in its log), and the run hangs: one task at a time it does not.
     */
    @Override
    public int delegationsAtOnce() {
        return 1;
    }

    /** One task at a time after a start of up to a minute on a loaded machine: ten roles take about two minutes. */
    @Override
    public Duration timeout(Duration standard) {
        return standard.multipliedBy(2);
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
        return OpenCodeClient.TOOLS;
    }

    @Override
    public String asRead(String text) {
        return text.replace("\u2060", "");
    }
}
