package dev.agentry.format;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
            assertThat(fields.propertyNames()).containsExactlyElementsOf(agent.tools().isEmpty()
                    ? List.of("description", "mode", "color") : List.of("description", "mode", "color", "permission"));
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
            assertThat(fields.get("description").asString()).isEqualTo(agent.description());
            assertThat(AgentFiles.frontmatterLines(text)).isEqualTo(3 + (fields.has("permission") ? 1 + fields.get("permission").size() : 0));
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

    @Test
    void permissionRulesDenyEveryPermissionTheToolsDoNotGrant() {
        JsonNode reviewer = AgentFiles.frontmatter(OpenCodeFormat.agentFile(AgentFiles.agent("code-reviewer", "opus",
                List.of("Read", "Grep", "Glob", "Bash"))));
        assertThat(rules(reviewer)).containsExactly(Map.entry("edit", "deny"), Map.entry("webfetch", "deny"),
                Map.entry("websearch", "deny"), Map.entry("task", "deny"), Map.entry("todowrite", "deny"));
        JsonNode manager = AgentFiles.frontmatter(OpenCodeFormat.agentFile(AgentFiles.agent("product-manager", "inherit",
                List.of("Read", "Grep", "Glob", "Write", "Edit", "WebSearch", "WebFetch"))));
        assertThat(rules(manager)).containsExactly(Map.entry("bash", "deny"), Map.entry("task", "deny"),
                Map.entry("todowrite", "deny"));
        JsonNode writesOnly = AgentFiles.frontmatter(OpenCodeFormat.agentFile(AgentFiles.agent("scribe", "inherit", List.of("Write"))));
        assertThat(rules(writesOnly)).doesNotContainKey("edit").containsEntry("read", "deny").containsEntry("bash", "deny")
                .containsEntry("list", "deny").containsEntry("glob", "deny");
    }

    @Test
    void anAgentWithEveryToolGetsNoRulesAndNoAgentPinsAModel() {
        for (String model : List.of("inherit", "opus")) {
            JsonNode fields = AgentFiles.frontmatter(OpenCodeFormat.agentFile(AgentFiles.agent("backend-engineer", model, List.of())));
            assertThat(fields.propertyNames()).containsExactly("description", "mode", "color");
        }
        JsonNode unknownOnly = AgentFiles.frontmatter(OpenCodeFormat.agentFile(AgentFiles.agent("mcp-user", "inherit",
                List.of("mcp__jira__search"))));
        assertThat(rules(unknownOnly).keySet()).containsExactlyElementsOf(OpenCodeFormat.PERMISSIONS.keySet());
    }

    private static Map<String, String> rules(JsonNode frontmatter) {
        Map<String, String> rules = new LinkedHashMap<>();
        frontmatter.get("permission").properties().forEach(e -> rules.put(e.getKey(), e.getValue().asString()));
        return rules;
    }
}
