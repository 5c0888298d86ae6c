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

class GeminiFormatTests {

    @TempDir
    Path layer;

    @Test
    void everyAgentIsASubagentFileWithNameAndDescription() {
        TeamFixtures.Rendered team = TeamFixtures.builtIn().render(Map.of(Keys.PROJECT_TYPE, "web-app", Keys.DEPLOYMENT,
                "gcp", Keys.STACK, "nextjs", Keys.TARGETS, GeminiFormat.ID));
        assertThat(team.files().keySet()).containsExactlyInAnyOrderElementsOf(team.rendered().agents().stream()
                .map(a -> ".gemini/agents/" + a.name() + ".md").toList());
        for (RenderedAgent agent : team.rendered().agents()) {
            String text = team.files().get(".gemini/agents/" + agent.name() + ".md");
            JsonNode fields = AgentFiles.frontmatter(text);
            assertThat(fields.propertyNames()).containsExactly("name", "description");
            assertThat(fields.get("name").asString()).isEqualTo(agent.name()).matches("[a-z0-9_-]+");
            assertThat(fields.get("description").asString()).isEqualTo(agent.description()).isNotBlank();
            assertThat(AgentFiles.body(text)).isEqualTo(agent.body());
        }
    }

    @Test
    void hostileValuesStayInsideTheirFields() {
        TeamFixtures.Rendered team = AgentFiles.hostileTeam(layer, GeminiFormat.ID);
        for (RenderedAgent agent : team.rendered().agents()) {
            String text = team.files().get(".gemini/agents/" + agent.name() + ".md");
            JsonNode fields = AgentFiles.frontmatter(text);
            assertThat(fields.propertyNames()).containsExactly("name", "description");
            assertThat(fields.get("description").asString()).isEqualTo(agent.description());
            assertThat(AgentFiles.frontmatterLines(text)).isEqualTo(2);
            assertThat(AgentFiles.body(text)).isEqualTo(agent.body());
        }

        RenderedAgent hostile = AgentFiles.hostileAgent(List.of());
        String text = GeminiFormat.agentFile(hostile);
        JsonNode fields = AgentFiles.frontmatter(text);
        assertThat(fields.propertyNames()).containsExactly("name", "description");
        assertThat(fields.get("description").asString()).isEqualTo(hostile.description());
        assertThat(AgentFiles.frontmatterLines(text)).isEqualTo(2);
        assertThat(AgentFiles.body(text)).isEqualTo(hostile.body());
    }
}
