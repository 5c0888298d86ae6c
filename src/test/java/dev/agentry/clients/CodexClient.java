package dev.agentry.clients;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Codex: {@code codex exec} with a throwaway CODEX_HOME whose config.toml defines a provider for the fake Responses
 * API and trusts the scratch repository (Codex reads a project's {@code .codex/} only in a trusted project). Its
 * {@code multi_agent_v1.spawn_agent} tool describes {@code agent_type} with "Available roles:" and
 * {@code name: {\ndescription\n}} blocks; a subagent's permissions instructions name its {@code sandbox_mode}.
 */
final class CodexClient implements AgentClient {

    private static final String ROLES = "Available roles:\n";
    private static final Pattern ROLE = Pattern.compile("^([^\\s:{}][^:\\n]*): \\{\\n([\\s\\S]*?)\\n\\}$", Pattern.MULTILINE);
    private static final String READ_ONLY_SANDBOX = "`sandbox_mode` is `read-only`";

    @Override
    public String id() {
        return "codex";
    }

    @Override
    public String target() {
        return "codex";
    }

    @Override
    public List<String> stagedPaths() {
        return List.of(".codex/agents", "AGENTS.md");
    }

    @Override
    public List<AgentFile> agentFiles(Path repo) throws IOException {
        List<AgentFile> agents = new ArrayList<>();
        for (Path file : AgentClient.files(repo.resolve(".codex/agents"), ".toml")) {
            JsonNode fields = AgentFile.toml(file);
            Set<ToolKind> grants = ToolKind.all();
            if (fields.path("sandbox_mode").asString("").equals("read-only")) {
                grants.remove(ToolKind.EDIT);
            }
            agents.add(new AgentFile(file, fields.path("name").asString(), fields.path("description").asString(),
                    fields.path("developer_instructions").asString().strip(), grants, fields));
        }
        return agents;
    }

    @Override
    public void prepare(Path home, Path repo, URI api, List<AgentFile> agents) throws IOException {
        Path codexHome = Files.createDirectories(home.resolve(".codex"));
        // room for every agent at once (Codex allows 6 agent threads by default)
        Files.writeString(codexHome.resolve("config.toml"), """
                model = "gpt-5.4"
                model_provider = "fake"
                check_for_update_on_startup = false

                [model_providers.fake]
                name = "fake"
                base_url = "%s/v1"
                env_key = "FAKE_API_KEY"
                wire_api = "responses"

                [projects."%s"]
                trust_level = "trusted"

                [agents]
                max_threads = %d
                """.formatted(api, repo, agents.size() + 4));
    }

    @Override
    public Map<String, String> environment(Path home, URI api) {
        return Map.of("CODEX_HOME", home.resolve(".codex").toString(), "FAKE_API_KEY", "fake-key");
    }

    @Override
    public List<String> arguments(Path scratch, String prompt) {
        return List.of("exec", "--skip-git-repo-check", prompt);
    }

    @Override
    public String delegationTool() {
        return "multi_agent_v1.spawn_agent";
    }

    @Override
    public Map<String, Object> delegationArguments(String agent) {
        return Http.obj("agent_type", agent, "message", "Reply with the single word ok.");
    }

    @Override
    public Map<String, String> listedAgents(RecordedRequest request) {
        Map<String, String> agents = new LinkedHashMap<>();
        for (String text : RecordedRequest.strings(request.body().path("tools"))) {
            int at = text.indexOf(ROLES);
            if (at < 0) {
                continue;
            }
            Matcher role = ROLE.matcher(text.substring(at));
            while (role.find()) {
                agents.put(role.group(1), role.group(2));
            }
        }
        return agents;
    }

    @Override
    public Map<ToolKind, Set<String>> toolNames() {
        return Map.of();
    }

    @Override
    public Set<ToolKind> limitable() {
        return EnumSet.of(ToolKind.EDIT);
    }

    /** Codex gives every subagent the same tools; what limits one is its sandbox, named in its permissions instructions. */
    @Override
    public Set<ToolKind> grantedIn(RecordedRequest request, Wire wire) {
        Set<ToolKind> kinds = ToolKind.all();
        if (request.carries(READ_ONLY_SANDBOX)) {
            kinds.remove(ToolKind.EDIT);
        }
        return kinds;
    }

    @Override
    public Optional<String> knownGap(ToolKind kind) {
        return kind == ToolKind.EDIT ? Optional.of("Codex 0.169.0 runs a spawned custom agent in its parent's sandbox whatever the"
                + " agent's sandbox_mode (openai/codex#45482, also #19399 and #33314): the read-only roles' files say"
                + " sandbox_mode = \"read-only\", yet their subagents ran workspace-write") : Optional.empty();
    }

    @Override
    public Set<ToolKind> observable() {
        return EnumSet.of(ToolKind.EDIT);
    }
}
