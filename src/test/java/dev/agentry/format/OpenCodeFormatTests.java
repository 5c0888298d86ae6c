package dev.agentry.format;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import dev.agentry.TeamFixtures;
import dev.agentry.catalog.Palette;
import dev.agentry.interview.Keys;
import dev.agentry.render.RenderedAgent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class OpenCodeFormatTests {

    @TempDir
    Path layer;

    @Test
    void everyAgentIsASubagentWithDescriptionModeAndAHexColor() {
        TeamFixtures.Rendered team = TeamFixtures.builtIn().render(Map.of(Keys.PROJECT_TYPE, "mobile-app", Keys.DEPLOYMENT,
                "fly-io", Keys.STACK, "java-spring-boot", Keys.TARGETS, OpenCodeFormat.ID));
        assertThat(team.files().keySet()).containsExactlyInAnyOrderElementsOf(team.rendered().agents().stream()
                .map(a -> ".opencode/agents/" + a.name() + ".md").toList());
        for (RenderedAgent agent : team.rendered().agents()) {
            String text = team.files().get(".opencode/agents/" + agent.name() + ".md");
            JsonNode fields = AgentFiles.frontmatter(text);
            assertThat(fields.propertyNames()).containsExactly("description", "mode", "color");
            assertThat(fields.get("description").asString()).isEqualTo(agent.description()).isNotBlank();
            assertThat(fields.get("mode").asString()).isEqualTo("subagent");
            assertThat(fields.get("color").asString()).matches("#[0-9a-f]{6}")
                    .isEqualTo(OpenCodeFormat.HEX_COLORS.get(agent.color()));
            assertThat(AgentFiles.body(text)).isEqualTo(agent.body());
        }
    }

    @Test
    void everyClaudeColorHasItsOwnHexCode() {
        assertThat(OpenCodeFormat.HEX_COLORS.keySet()).containsExactlyInAnyOrderElementsOf(Palette.COLORS);
        assertThat(new HashSet<>(OpenCodeFormat.HEX_COLORS.values())).hasSize(Palette.COLORS.size())
                .allMatch(hex -> hex.matches("#[0-9a-f]{6}"));
        assertThat(OpenCodeFormat.HEX_COLORS).containsEntry("green", "#22c55e");
    }

    @Test
    void hostileValuesStayInsideTheirFields() {
        TeamFixtures.Rendered team = AgentFiles.hostileTeam(layer, OpenCodeFormat.ID);
        for (RenderedAgent agent : team.rendered().agents()) {
            String text = team.files().get(".opencode/agents/" + agent.name() + ".md");
            JsonNode fields = AgentFiles.frontmatter(text);
            assertThat(fields.propertyNames()).containsExactly("description", "mode", "color");
            assertThat(fields.get("description").asString()).isEqualTo(agent.description());
            assertThat(AgentFiles.frontmatterLines(text)).isEqualTo(3);
            assertThat(AgentFiles.body(text)).isEqualTo(agent.body());
        }

        RenderedAgent hostile = AgentFiles.hostileAgent(List.of());
        String text = OpenCodeFormat.agentFile(hostile);
        JsonNode fields = AgentFiles.frontmatter(text);
        assertThat(fields.propertyNames()).containsExactly("description", "mode", "color");
        assertThat(fields.get("description").asString()).isEqualTo(hostile.description());
        assertThat(fields.get("color").asString()).isEqualTo("#ef4444");
        assertThat(AgentFiles.body(text)).isEqualTo(hostile.body());
    }
}
