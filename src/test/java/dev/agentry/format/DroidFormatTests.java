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

class DroidFormatTests {

    /** The tool ids Droid 0.225 accepts in a droid's tools (its built-in tools agentry may write). */
    private static final List<String> DROID_TOOLS = List.of("Read", "LS", "Grep", "Glob", "Create", "Edit", "Execute",
            "WebSearch", "FetchUrl", "Task", "TodoWrite");

    @TempDir
    Path layer;

    @Test
    void everyAgentIsADroidWithTheNameDroidRequires() {
        TeamFixtures.Rendered team = TeamFixtures.builtIn().render(Map.of(Keys.PROJECT_TYPE, "web-app", Keys.DEPLOYMENT,
                "vercel", Keys.STACK, "nextjs", Keys.TARGETS, DroidFormat.ID));
        assertThat(team.files().keySet()).containsExactlyInAnyOrderElementsOf(team.rendered().agents().stream()
                .map(a -> ".factory/droids/" + a.name() + ".md").toList());
        for (RenderedAgent agent : team.rendered().agents()) {
            String text = team.files().get(".factory/droids/" + agent.name() + ".md");
            JsonNode fields = AgentFiles.frontmatter(text);
            // Droid's own rule: lowercase letters, digits, '-' and '_'
            assertThat(fields.get("name").asString()).isEqualTo(agent.name()).matches("[a-z0-9_-]+");
            assertThat(fields.get("description").asString()).isEqualTo(agent.description()).hasSizeLessThanOrEqualTo(500);
            assertThat(fields.has("tools")).isEqualTo(!agent.tools().isEmpty());
            assertThat(AgentFiles.body(text)).isEqualTo(agent.body());
        }
        JsonNode reviewer = AgentFiles.frontmatter(team.files().get(".factory/droids/code-reviewer.md"));
        assertThat(reviewer.get("tools").asString()).isEqualTo("read-only");
    }

    @Test
    void theReviewerGetsTheReadOnlyToolSetAndEveryOtherRoleExactlyItsToolIds() {
        JsonNode reviewer = AgentFiles.frontmatter(DroidFormat.agentFile(AgentFiles.agent("code-reviewer", "opus",
                List.of("Read", "Grep", "Glob", "Bash"))));
        assertThat(reviewer.get("tools").asString()).isEqualTo(DroidFormat.READ_ONLY);
        JsonNode manager = AgentFiles.frontmatter(DroidFormat.agentFile(AgentFiles.agent("product-manager", "inherit",
                List.of("Read", "Grep", "Glob", "Write", "Edit", "WebSearch"))));
        assertThat(AgentFiles.strings(manager.get("tools"))).containsExactly("Read", "Grep", "Glob", "LS", "Create", "Edit",
                "WebSearch");
        // read-only would add a shell and search tools to these: they get exactly their own
        JsonNode reader = AgentFiles.frontmatter(DroidFormat.agentFile(AgentFiles.agent("reader", "inherit", List.of("Read"))));
        assertThat(AgentFiles.strings(reader.get("tools"))).containsExactly("Read");
        JsonNode mcpOnly = AgentFiles.frontmatter(DroidFormat.agentFile(AgentFiles.agent("jira", "inherit",
                List.of("mcp__jira__search"))));
        assertThat(AgentFiles.strings(mcpOnly.get("tools"))).containsExactly("LS");
        JsonNode everything = AgentFiles.frontmatter(DroidFormat.agentFile(AgentFiles.agent("backend-engineer", "inherit",
                List.of())));
        assertThat(everything.propertyNames()).containsExactly("name", "description");
        assertThat(DroidFormat.TOOL_IDS.keySet()).containsExactlyInAnyOrder(Capability.values());
        DroidFormat.TOOL_IDS.values().forEach(ids -> assertThat(DROID_TOOLS).containsAll(ids));
    }

    @Test
    void hostileValuesStayInsideTheirFields() {
        TeamFixtures.Rendered team = AgentFiles.hostileTeam(layer, DroidFormat.ID);
        for (RenderedAgent agent : team.rendered().agents()) {
            String text = team.files().get(".factory/droids/" + agent.name() + ".md");
            JsonNode fields = AgentFiles.frontmatter(text);
            assertThat(fields.get("description").asString()).isEqualTo(agent.description());
            assertThat(AgentFiles.frontmatterLines(text)).isEqualTo(fields.size());
            assertThat(AgentFiles.body(text)).isEqualTo(agent.body());
        }
    }
}
