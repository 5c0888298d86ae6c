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

class AugmentFormatTests {

    @TempDir
    Path layer;

    @Test
    void everyAgentIsASubagentWithNameAndDescription() {
        TeamFixtures.Rendered team = TeamFixtures.builtIn().render(Map.of(Keys.PROJECT_TYPE, "mobile-app", Keys.DEPLOYMENT,
                "fly-io", Keys.STACK, "flutter", Keys.TARGETS, AugmentFormat.ID));
        assertThat(team.files().keySet()).containsExactlyInAnyOrderElementsOf(team.rendered().agents().stream()
                .map(a -> ".augment/agents/" + a.name() + ".md").toList());
        for (RenderedAgent agent : team.rendered().agents()) {
            String text = team.files().get(".augment/agents/" + agent.name() + ".md");
            JsonNode fields = AgentFiles.frontmatter(text);
            assertThat(fields.propertyNames()).containsExactly("name", "description");
            assertThat(fields.get("name").asString()).isEqualTo(agent.name());
            assertThat(fields.get("description").asString()).isEqualTo(agent.description());
            assertThat(AgentFiles.body(text)).isEqualTo(agent.body());
        }
    }

    @Test
    void hostileValuesStayInsideTheirFields() {
        TeamFixtures.Rendered team = AgentFiles.hostileTeam(layer, AugmentFormat.ID);
        for (RenderedAgent agent : team.rendered().agents()) {
            String text = team.files().get(".augment/agents/" + agent.name() + ".md");
            assertThat(AgentFiles.frontmatter(text).get("description").asString()).isEqualTo(agent.description());
            assertThat(AgentFiles.frontmatterLines(text)).isEqualTo(2);
            assertThat(AgentFiles.body(text)).isEqualTo(agent.body());
        }
        RenderedAgent hostile = AgentFiles.hostileAgent(List.of());
        assertThat(AgentFiles.frontmatter(AugmentFormat.agentFile(hostile)).get("description").asString())
                .isEqualTo(hostile.description());
    }
}
