package dev.agentry.format;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dev.agentry.TeamFixtures;
import dev.agentry.interview.Keys;
import dev.agentry.render.RenderedAgent;
import dev.agentry.support.AgentryException;
import dev.agentry.support.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QwenFormatTests {

    /** Qwen Code 0.24's placeholder pattern, from templateString in its core package. */
    private static final Pattern QWEN_PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z_]\\w*)}");

    /** Qwen Code 0.24's own name rule (SubagentValidator.validateName). */
    private static final Pattern QWEN_NAME = Pattern.compile("[\\p{L}\\p{N}_-]{2,50}");

    /** Qwen Code 0.24's tool names (ToolNames in its core package) that agentry may write. */
    private static final List<String> QWEN_TOOLS = List.of("read_file", "grep_search", "glob", "list_directory", "edit",
            "write_file", "run_shell_command", "web_fetch", "web_search", "agent", "todo_write");

    @TempDir
    Path layer;

    @Test
    void everyAgentIsASubagentFileWithTheFieldsQwenRequires() {
        TeamFixtures.Rendered team = TeamFixtures.builtIn().render(Map.of(Keys.PROJECT_TYPE, "web-app", Keys.DEPLOYMENT,
                "gcp", Keys.STACK, "nextjs", Keys.TARGETS, QwenFormat.ID));
        assertThat(team.files().keySet()).containsExactlyInAnyOrderElementsOf(team.rendered().agents().stream()
                .map(a -> ".qwen/agents/" + a.name() + ".md").toList());
        for (RenderedAgent agent : team.rendered().agents()) {
            String text = team.files().get(".qwen/agents/" + agent.name() + ".md");
            JsonNode fields = AgentFiles.frontmatter(text);
            assertThat(fields.propertyNames()).containsExactlyElementsOf(agent.tools().isEmpty()
                    ? List.of("name", "description") : List.of("name", "description", "tools"));
            assertThat(fields.get("name").asString()).isEqualTo(agent.name()).matches(QWEN_NAME);
            assertThat(fields.get("description").asString()).isEqualTo(agent.description()).isNotBlank();
            assertThat(AgentFiles.body(text)).isEqualTo(agent.body());
        }
    }

    @Test
    void claudeToolsBecomeQwenToolNames() {
        JsonNode reviewer = AgentFiles.frontmatter(QwenFormat.agentFile(AgentFiles.agent("code-reviewer", "opus",
                List.of("Read", "Grep", "Glob", "Bash"))));
        assertThat(AgentFiles.strings(reviewer.get("tools")))
                .containsExactly("read_file", "grep_search", "glob", "list_directory", "run_shell_command");
        assertThat(QwenFormat.TOOL_NAMES.keySet()).containsExactlyInAnyOrder(Capability.values());
        QwenFormat.TOOL_NAMES.values().forEach(names -> assertThat(QWEN_TOOLS).containsAll(names));
    }

    @Test
    void anAgentWithOnlyUnmappedToolsGetsEveryToolDeniedNotAnEmptyListThatQwenReadsAsAll() {
        JsonNode fields = AgentFiles.frontmatter(QwenFormat.agentFile(AgentFiles.agent("jira-reader", "inherit",
                List.of("mcp__jira__search"))));
        assertThat(fields.has("tools")).isFalse();
        assertThat(AgentFiles.strings(fields.get("disallowedTools"))).containsExactlyInAnyOrderElementsOf(QWEN_TOOLS);
    }

    @Test
    void instructionsHoldNothingQwenWouldSubstituteAndReadAsWritten() {
        TeamFixtures.Rendered team = AgentFiles.hostileTeam(layer, QwenFormat.ID);
        for (RenderedAgent agent : team.rendered().agents()) {
            String text = team.files().get(".qwen/agents/" + agent.name() + ".md");
            JsonNode fields = AgentFiles.frontmatter(text);
            assertThat(fields.get("description").asString()).isEqualTo(agent.description());
            assertThat(AgentFiles.frontmatterLines(text)).isEqualTo(fields.size());
            String body = AgentFiles.body(text);
            assertThat(QWEN_PLACEHOLDER.matcher(body).find()).as(agent.name()).isFalse();
            assertThat(body.replace(String.valueOf(TemplateText.WORD_JOINER), "")).isEqualTo(agent.body());
        }
        assertThat(team.rendered().agents()).anySatisfy(a -> assertThat(a.body()).contains("${x}"));
    }

    @Test
    void aReservedOrTooShortNameIsRefusedBeforeAnythingIsWritten() {
        for (String name : List.of("main", "self", "system", "user", "model", "tool", "config", "default")) {
            assertThatThrownBy(() -> QwenFormat.checkName(AgentFiles.agent(name, "inherit", List.of())))
                    .isInstanceOfSatisfying(AgentryException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
                    .hasMessageContaining("'" + name + "'").hasMessageContaining("reserves the names")
                    .hasMessageContaining("--targets");
        }
        assertThatThrownBy(() -> QwenFormat.checkName(AgentFiles.agent("a", "inherit", List.of())))
                .hasMessageContaining("2 to 50 characters");
        QwenFormat.checkName(AgentFiles.agent("ab", "inherit", List.of()));
        QwenFormat.checkName(AgentFiles.agent("main-engineer", "inherit", List.of()));
    }
}
