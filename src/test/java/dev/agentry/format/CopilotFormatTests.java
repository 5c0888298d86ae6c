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

class CopilotFormatTests {

    private static final TeamFixtures FIXTURES = TeamFixtures.builtIn();

    @TempDir
    Path layer;

    private static TeamFixtures.Rendered backendApi() {
        return FIXTURES.render(Map.of(Keys.PROJECT_TYPE, "backend-api", Keys.DEPLOYMENT, "aws", Keys.STACK, "java-spring-boot",
                Keys.TARGETS, CopilotFormat.ID));
    }

    @Test
    void everyAgentIsACustomAgentFileWithNameAndDescription() {
        TeamFixtures.Rendered team = backendApi();
        assertThat(team.files().keySet()).containsExactlyInAnyOrderElementsOf(team.rendered().agents().stream()
                .map(a -> ".github/agents/" + a.name() + ".agent.md").toList());
        for (RenderedAgent agent : team.rendered().agents()) {
            String text = team.files().get(".github/agents/" + agent.name() + ".agent.md");
            JsonNode fields = AgentFiles.frontmatter(text);
            assertThat(fields.get("name").asString()).isEqualTo(agent.name());
            assertThat(fields.get("description").asString()).isEqualTo(agent.description()).isNotBlank();
            assertThat(fields.propertyNames()).isSubsetOf("name", "description", "tools");
            assertThat(AgentFiles.body(text)).isEqualTo(agent.body());
        }
    }

    @Test
    void claudeToolsBecomeCopilotToolAliases() {
        TeamFixtures.Rendered team = backendApi();
        JsonNode reviewer = AgentFiles.frontmatter(team.files().get(".github/agents/code-reviewer.agent.md"));
        assertThat(reviewer.get("tools").valueStream().map(JsonNode::asString).toList())
                .containsExactly("read", "search", "execute");
        JsonNode manager = AgentFiles.frontmatter(team.files().get(".github/agents/product-manager.agent.md"));
        assertThat(manager.get("tools").valueStream().map(JsonNode::asString).toList())
                .containsExactly("read", "search", "edit", "web");
    }

    @Test
    void agentWithoutToolsHasNoToolsField() {
        // every built-in role lists its tools; an agent without a list (a legacy file's) gets no tools field
        assertThat(AgentFiles.frontmatter(CopilotFormat.agentFile(AgentFiles.hostileAgent(List.of()))).has("tools")).isFalse();
        JsonNode backend = AgentFiles.frontmatter(backendApi().files().get(".github/agents/backend-engineer.agent.md"));
        assertThat(backend.get("tools").valueStream().map(JsonNode::asString).toList())
                .containsExactly("read", "search", "edit", "execute");
    }

    @Test
    void aToolWithoutACopilotAliasIsLeftOutAndTheLimitsStay() {
        // before, one tool without an alias dropped the whole list, and a read-only agent got every tool (edit included)
        String reviewer = CopilotFormat.agentFile(AgentFiles.agent("code-reviewer", "opus", List.of("Read", "Grep", "mcp__jira__search")));
        assertThat(AgentFiles.strings(AgentFiles.frontmatter(reviewer).get("tools"))).containsExactly("read", "search");
        String builder = CopilotFormat.agentFile(AgentFiles.agent("builder", "inherit",
                List.of("Write", "Edit", "MultiEdit", "Task", "TodoWrite")));
        assertThat(AgentFiles.strings(AgentFiles.frontmatter(builder).get("tools"))).containsExactly("edit", "agent", "todo");
        String onlyUnknown = CopilotFormat.agentFile(AgentFiles.hostileAgent(List.of("NotAClaudeTool")));
        assertThat(AgentFiles.strings(AgentFiles.frontmatter(onlyUnknown).get("tools"))).isEmpty();
    }

    @Test
    void noModelIsPinnedSoEveryAgentRunsOnTheSessionsModel() {
        for (String model : List.of("inherit", "opus", "sonnet")) {
            JsonNode fields = AgentFiles.frontmatter(CopilotFormat.agentFile(AgentFiles.agent("backend-engineer", model, List.of())));
            assertThat(fields.propertyNames()).containsExactly("name", "description");
        }
    }

    @Test
    void hostileValuesStayInsideTheirFields() {
        TeamFixtures.Rendered team = AgentFiles.hostileTeam(layer, CopilotFormat.ID);
        for (RenderedAgent agent : team.rendered().agents()) {
            String text = team.files().get(".github/agents/" + agent.name() + ".agent.md");
            JsonNode fields = AgentFiles.frontmatter(text);
            assertThat(fields.get("description").asString()).isEqualTo(agent.description());
            assertThat(AgentFiles.frontmatterLines(text)).isEqualTo(fields.size());
            assertThat(AgentFiles.body(text)).isEqualTo(agent.body());
        }
        assertThat(team.rendered().agents()).anySatisfy(a -> assertThat(a.description()).contains(AgentFiles.HOSTILE_PROJECT));

        RenderedAgent hostile = AgentFiles.hostileAgent(List.of("Read", "Bash"));
        String text = CopilotFormat.agentFile(hostile);
        JsonNode fields = AgentFiles.frontmatter(text);
        assertThat(fields.propertyNames()).containsExactly("name", "description", "tools");
        assertThat(fields.get("description").asString()).isEqualTo(hostile.description());
        assertThat(AgentFiles.frontmatterLines(text)).isEqualTo(3);
        assertThat(AgentFiles.body(text)).isEqualTo(hostile.body());
    }
}
