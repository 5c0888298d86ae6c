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
            assertThat(fields.propertyNames()).containsExactly("name", "description", "developer_instructions");
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
            assertThat(fields.propertyNames()).containsExactly("name", "description", "developer_instructions");
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
}
