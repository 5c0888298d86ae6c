package dev.agentry.format;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.agentry.TeamFixtures;
import dev.agentry.interview.Keys;
import dev.agentry.render.RenderedAgent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class CodexFormatTests {

    @TempDir
    Path layer;

    @Test
    void everyAgentIsATomlFileWithNameDescriptionAndInstructions() {
        TeamFixtures.Rendered team = TeamFixtures.builtIn().render(Map.of(Keys.PROJECT_TYPE, "ai-ml", Keys.DEPLOYMENT,
                "azure", Keys.STACK, "python-fastapi", Keys.TARGETS, CodexFormat.ID));
        assertThat(team.files().keySet()).containsExactlyInAnyOrderElementsOf(team.rendered().agents().stream()
                .map(a -> ".codex/agents/" + a.name() + ".toml").toList());
        for (RenderedAgent agent : team.rendered().agents()) {
            JsonNode fields = AgentFiles.toml(team.files().get(".codex/agents/" + agent.name() + ".toml"));
            assertThat(fields.propertyNames()).containsExactlyElementsOf(expectedKeys(agent));
            assertThat(fields.get("name").asString()).isEqualTo(agent.name());
            assertThat(fields.get("description").asString()).isEqualTo(agent.description()).isNotBlank();
            assertThat(fields.get("developer_instructions").asString()).isEqualTo(agent.body());
        }
    }

    @Test
    void instructionsAreReadableMultiLineText() {
        TeamFixtures.Rendered team = TeamFixtures.builtIn().render(Map.of(Keys.PROJECT_TYPE, "backend-api", Keys.DEPLOYMENT,
                "aws", Keys.STACK, "java-spring-boot", Keys.TARGETS, CodexFormat.ID));
        String text = team.files().get(".codex/agents/backend-engineer.toml");
        assertThat(text).startsWith("name = \"backend-engineer\"\ndescription = \"")
                .contains("\ndeveloper_instructions = \"\"\"\n# Role\nYou are a senior backend engineer").endsWith("\n\"\"\"\n");
    }

    @Test
    void hostileValuesStayInsideTheirFields() {
        TeamFixtures.Rendered team = AgentFiles.hostileTeam(layer, CodexFormat.ID);
        for (RenderedAgent agent : team.rendered().agents()) {
            JsonNode fields = AgentFiles.toml(team.files().get(".codex/agents/" + agent.name() + ".toml"));
            assertThat(fields.propertyNames()).containsExactlyElementsOf(expectedKeys(agent));
            assertThat(fields.get("description").asString()).isEqualTo(agent.description());
            assertThat(fields.get("developer_instructions").asString()).isEqualTo(agent.body());
        }
        assertThat(team.rendered().agents().stream().filter(a -> a.name().equals("code-reviewer")).findFirst().orElseThrow()
                .body()).contains("\"\"\"\"\"", "'''", "\\", "${x}");

        RenderedAgent hostile = AgentFiles.hostileAgent(List.of());
        JsonNode fields = AgentFiles.toml(CodexFormat.agentFile(hostile));
        assertThat(fields.propertyNames()).containsExactly("name", "description", "developer_instructions");
        assertThat(fields.get("description").asString()).isEqualTo(hostile.description());
        assertThat(fields.get("developer_instructions").asString()).isEqualTo(hostile.body());
    }

    @Test
    void anAgentWhoseToolsCannotChangeFilesGetsAReadOnlySandbox() {
        for (List<String> tools : List.of(List.of("Read", "Grep", "Glob", "Bash"), List.of("Read", "WebFetch", "WebSearch"),
                List.of("Read", "mcp__jira__search"))) {
            JsonNode fields = AgentFiles.toml(CodexFormat.agentFile(AgentFiles.agent("code-reviewer", "opus", tools)));
            assertThat(fields.propertyNames()).as("%s", tools)
                    .containsExactly("name", "description", "sandbox_mode", "developer_instructions");
            assertThat(fields.get("sandbox_mode").asString()).isEqualTo("read-only");
        }
    }

    @Test
    void anAgentThatMayChangeFilesKeepsTheSessionsSandboxAndModel() {
        for (List<String> tools : List.of(List.<String>of(), List.of("Read", "Edit"), List.of("Read", "Write"),
                List.of("NotebookEdit"), List.of("Read", "Grep", "Glob", "Bash", "Edit", "Write"))) {
            for (String model : List.of("inherit", "opus")) {
                JsonNode fields = AgentFiles.toml(CodexFormat.agentFile(AgentFiles.agent("backend-engineer", model, tools)));
                assertThat(fields.propertyNames()).as("%s %s", tools, model)
                        .containsExactly("name", "description", "developer_instructions");
            }
        }
    }

    private static List<String> expectedKeys(RenderedAgent agent) {
        return Grants.of(agent.tools()).changesFiles() ? List.of("name", "description", "developer_instructions")
                : List.of("name", "description", "sandbox_mode", "developer_instructions");
    }
}
