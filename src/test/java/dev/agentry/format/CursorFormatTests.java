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

class CursorFormatTests {

    @TempDir
    Path layer;

    @Test
    void everyAgentIsASubagentAndTheTeamBlockOfAgentsMdIsWritten() {
        TeamFixtures.Rendered team = TeamFixtures.builtIn().render(Map.of(Keys.PROJECT_TYPE, "web-app", Keys.DEPLOYMENT,
                "aws", Keys.STACK, "java-spring-boot", Keys.TARGETS, CursorFormat.ID));
        List<String> expected = new java.util.ArrayList<>(team.rendered().agents().stream()
                .map(a -> ".cursor/agents/" + a.name() + ".md").toList());
        expected.add("AGENTS.md#team");
        assertThat(team.files().keySet()).containsExactlyInAnyOrderElementsOf(expected);
        for (RenderedAgent agent : team.rendered().agents()) {
            String text = team.files().get(".cursor/agents/" + agent.name() + ".md");
            JsonNode fields = AgentFiles.frontmatter(text);
            assertThat(fields.get("name").asString()).isEqualTo(agent.name());
            assertThat(fields.get("description").asString()).isEqualTo(agent.description()).isNotBlank();
            assertThat(AgentFiles.body(text)).isEqualTo(agent.body());
        }
        JsonNode reviewer = AgentFiles.frontmatter(team.files().get(".cursor/agents/code-reviewer.md"));
        assertThat(reviewer.get("readonly").isBoolean()).isTrue();
        assertThat(reviewer.get("readonly").asBoolean()).isTrue();
        assertThat(AgentFiles.frontmatter(team.files().get(".cursor/agents/backend-engineer.md")).has("readonly")).isFalse();
    }

    @Test
    void readonlyExactlyForARoleWhoseToolsCannotChangeFiles() {
        assertThat(AgentFiles.frontmatter(CursorFormat.agentFile(AgentFiles.agent("r", "opus", List.of("Read", "Bash"))))
                .get("readonly").asBoolean()).isTrue();
        assertThat(AgentFiles.frontmatter(CursorFormat.agentFile(AgentFiles.agent("w", "opus", List.of("Read", "Write"))))
                .has("readonly")).isFalse();
        assertThat(AgentFiles.frontmatter(CursorFormat.agentFile(AgentFiles.agent("all", "opus", List.of()))).propertyNames())
                .containsExactly("name", "description");
    }

    @Test
    void withAgentsMdTooTheTeamBlockIsOneAndBothTargetsOwnIt() {
        TeamFixtures.Rendered team = TeamFixtures.builtIn().render(Map.of(Keys.PROJECT_TYPE, "web-app", Keys.DEPLOYMENT,
                "aws", Keys.STACK, "java-spring-boot", Keys.TARGETS, "agents-md,cursor"));
        List<Formats.Owned> files = Formats.files(List.of(Formats.byId("agents-md").orElseThrow(),
                Formats.byId("cursor").orElseThrow()), team.rendered());
        List<Formats.Owned> blocks = files.stream().filter(f -> f.file().path().equals("AGENTS.md")).toList();
        assertThat(blocks).hasSize(1);
        assertThat(blocks.get(0).formats()).extracting(ToolFormat::id).containsExactly("agents-md", "cursor");
        assertThat(files).extracting(f -> f.file().key()).doesNotHaveDuplicates();
    }

    @Test
    void hostileValuesStayInsideTheirFields() {
        TeamFixtures.Rendered team = AgentFiles.hostileTeam(layer, CursorFormat.ID);
        for (RenderedAgent agent : team.rendered().agents()) {
            String text = team.files().get(".cursor/agents/" + agent.name() + ".md");
            JsonNode fields = AgentFiles.frontmatter(text);
            assertThat(fields.get("description").asString()).isEqualTo(agent.description());
            assertThat(AgentFiles.frontmatterLines(text)).isEqualTo(fields.size());
            assertThat(AgentFiles.body(text)).isEqualTo(agent.body());
        }
    }
}
