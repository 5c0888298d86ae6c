package dev.agentry.format;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dev.agentry.TeamFixtures;
import dev.agentry.interview.Keys;
import dev.agentry.render.RenderedAgent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class KiloFormatTests {

    /** Kilo Code CLI 7.7's substitutions in a config file's whole text. */
    private static final Pattern KILO_ENV = Pattern.compile("\\{env:([^}]+)}");
    private static final Pattern KILO_FILE = Pattern.compile("\\{file:[^}]+}");

    @TempDir
    Path layer;

    @Test
    void everyAgentIsASubagentWithDescriptionModeAndAHexColor() {
        TeamFixtures.Rendered team = TeamFixtures.builtIn().render(Map.of(Keys.PROJECT_TYPE, "backend-api", Keys.DEPLOYMENT,
                "aws", Keys.STACK, "go", Keys.TARGETS, KiloFormat.ID));
        assertThat(team.files().keySet()).containsExactlyInAnyOrderElementsOf(team.rendered().agents().stream()
                .map(a -> ".kilo/agents/" + a.name() + ".md").toList());
        for (RenderedAgent agent : team.rendered().agents()) {
            String text = team.files().get(".kilo/agents/" + agent.name() + ".md");
            JsonNode fields = AgentFiles.frontmatter(text);
            assertThat(fields.get("description").asString()).isEqualTo(agent.description()).isNotBlank();
            assertThat(fields.get("mode").asString()).isEqualTo("subagent");
            assertThat(fields.get("color").asString()).matches("#[0-9a-f]{6}");
            assertThat(fields.has("permission")).isEqualTo(!agent.tools().isEmpty());
            assertThat(AgentFiles.body(text)).isEqualTo(agent.body());
        }
    }

    @Test
    void theReviewerMayNotEditAndEveryOtherLimitIsDenied() {
        JsonNode reviewer = AgentFiles.frontmatter(KiloFormat.agentFile(AgentFiles.agent("code-reviewer", "opus",
                List.of("Read", "Grep", "Glob", "Bash"))));
        assertThat(reviewer.get("permission").get("edit").asString()).isEqualTo("deny");
        assertThat(reviewer.get("permission").has("bash")).isFalse();
        assertThat(reviewer.get("permission").get("webfetch").asString()).isEqualTo("deny");
    }

    @Test
    void referencesKiloWouldSubstituteAreKeptOutOfTheDescriptionAndTheInstructions() {
        RenderedAgent agent = new RenderedAgent("docs-writer", "Docs", "Docs of Acme {env:HOME} {file:./nope.txt}", "inherit",
                "green", List.of(), "build", false, "# Role\nKeep {env:HOME}, {file:./nope.txt}, {env} and {x:y} as written.\n");
        String text = KiloFormat.agentFile(agent);
        assertThat(KILO_ENV.matcher(text).find()).isFalse();
        assertThat(KILO_FILE.matcher(text).find()).isFalse();
        String joiner = String.valueOf(TemplateText.WORD_JOINER);
        assertThat(AgentFiles.frontmatter(text).get("description").asString().replace(joiner, "")).isEqualTo(agent.description());
        assertThat(AgentFiles.body(text).replace(joiner, "")).isEqualTo(agent.body());
        assertThat(AgentFiles.body(text)).contains("{env} and {x:y}");
    }

    @Test
    void hostileValuesStayInsideTheirFields() {
        TeamFixtures.Rendered team = AgentFiles.hostileTeam(layer, KiloFormat.ID);
        for (RenderedAgent agent : team.rendered().agents()) {
            String text = team.files().get(".kilo/agents/" + agent.name() + ".md");
            JsonNode fields = AgentFiles.frontmatter(text);
            assertThat(fields.get("description").asString()).isEqualTo(agent.description());
            assertThat(AgentFiles.body(text)).isEqualTo(agent.body());
        }
    }
}
