package dev.agentry.format;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.agentry.TeamFixtures;
import dev.agentry.interview.Keys;
import dev.agentry.render.RenderedAgent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class KiroFormatTests {

    private static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /** Kiro's tool category tags (Kiro CLI 3 and IDE 1 agent configuration). */
    private static final List<String> KIRO_TAGS = List.of("read", "write", "shell", "web", "subagent", "knowledge",
            "todo_list", "@mcp", "@builtin", "*");

    @TempDir
    Path layer;

    @Test
    void everyAgentIsAJsonAgentWithNameDescriptionPromptAndTools() {
        TeamFixtures.Rendered team = TeamFixtures.builtIn().render(Map.of(Keys.PROJECT_TYPE, "data-platform", Keys.DEPLOYMENT,
                "gcp", Keys.STACK, "dbt-airflow", Keys.TARGETS, KiroFormat.ID));
        assertThat(team.files().keySet()).containsExactlyInAnyOrderElementsOf(team.rendered().agents().stream()
                .map(a -> ".kiro/agents/" + a.name() + ".json").toList());
        for (RenderedAgent agent : team.rendered().agents()) {
            JsonNode fields = JSON.readTree(team.files().get(".kiro/agents/" + agent.name() + ".json"));
            assertThat(fields.propertyNames()).containsExactly("name", "description", "tools", "prompt");
            assertThat(fields.get("name").asString()).isEqualTo(agent.name());
            assertThat(fields.get("description").asString()).isEqualTo(agent.description());
            assertThat(fields.get("prompt").asString()).isEqualTo(agent.body());
            assertThat(AgentFiles.strings(fields.get("tools"))).isNotEmpty().allMatch(KIRO_TAGS::contains);
        }
        assertThat(AgentFiles.strings(JSON.readTree(team.files().get(".kiro/agents/code-reviewer.json")).get("tools")))
                .containsExactly("read", "shell").doesNotContain("write");
    }

    @Test
    void claudeToolsBecomeKiroCategoriesAndEveryToolIsTheWildcard() {
        JsonNode manager = JSON.readTree(KiroFormat.agentFile(AgentFiles.agent("pm", "opus", List.of("Read", "Grep", "Write",
                "Edit", "WebFetch", "WebSearch", "Task", "TodoWrite"))));
        assertThat(AgentFiles.strings(manager.get("tools"))).containsExactly("read", "write", "web", "subagent", "todo_list");
        JsonNode all = JSON.readTree(KiroFormat.agentFile(AgentFiles.agent("be", "opus", List.of())));
        assertThat(AgentFiles.strings(all.get("tools"))).containsExactly("*");
        JsonNode mcpOnly = JSON.readTree(KiroFormat.agentFile(AgentFiles.agent("jira", "opus", List.of("mcp__jira__search"))));
        assertThat(AgentFiles.strings(mcpOnly.get("tools"))).isEmpty();
        assertThat(KiroFormat.TOOL_TAGS.keySet()).containsExactlyInAnyOrder(Capability.values());
    }

    @Test
    void hostileValuesStayInsideTheirFieldsAndAPromptNeverNamesAFile() {
        TeamFixtures.Rendered team = AgentFiles.hostileTeam(layer, KiroFormat.ID);
        for (RenderedAgent agent : team.rendered().agents()) {
            JsonNode fields = JSON.readTree(team.files().get(".kiro/agents/" + agent.name() + ".json"));
            assertThat(fields.get("description").asString()).isEqualTo(agent.description());
            assertThat(fields.get("prompt").asString()).isEqualTo(agent.body());
        }
        RenderedAgent hostile = AgentFiles.hostileAgent(List.of("Read"));
        JsonNode fields = JSON.readTree(KiroFormat.agentFile(hostile));
        assertThat(fields.propertyNames()).containsExactly("name", "description", "tools", "prompt");
        assertThat(fields.get("description").asString()).isEqualTo(hostile.description());
        assertThat(fields.get("prompt").asString()).isEqualTo(hostile.body());

        RenderedAgent fileUri = new RenderedAgent("f", "F", "d", "inherit", "red", List.of(), "build", false, "file://./x.md\n");
        String prompt = JSON.readTree(KiroFormat.agentFile(fileUri)).get("prompt").asString();
        assertThat(prompt).doesNotStartWith("file://");
        assertThat(prompt.replace(String.valueOf(TemplateText.WORD_JOINER), "")).isEqualTo("file://./x.md\n");
    }
}
