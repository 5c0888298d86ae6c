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

class GeminiFormatTests {

    /** Gemini CLI 0.61's placeholder pattern, from templateString in its core package (JavaScript, no u flag). */
    private static final Pattern GEMINI_PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_]+)}");

    /** Every built-in tool name Gemini CLI 0.61 accepts in an agent's tools (ALL_BUILTIN_TOOL_NAMES); others reject the file. */
    private static final List<String> GEMINI_BUILT_IN_TOOLS = List.of("glob", "write_todos", "write_file", "google_web_search",
            "web_fetch", "replace", "run_shell_command", "grep_search", "read_many_files", "read_file", "list_directory",
            "activate_skill", "ask_user", "tracker_create_task", "tracker_update_task", "tracker_get_task",
            "tracker_list_tasks", "tracker_add_dependency", "tracker_visualize", "get_internal_docs", "enter_plan_mode",
            "exit_plan_mode", "update_topic", "complete_task", "invoke_agent", "read_mcp_resource", "list_mcp_resources");

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
            assertThat(fields.propertyNames()).containsExactlyElementsOf(agent.tools().isEmpty()
                    ? List.of("name", "description") : List.of("name", "description", "tools"));
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
            assertThat(fields.get("description").asString()).isEqualTo(agent.description());
            assertThat(AgentFiles.frontmatterLines(text)).isEqualTo(fields.size());
            assertThat(withoutJoiners(AgentFiles.body(text))).isEqualTo(agent.body());
        }

        RenderedAgent hostile = AgentFiles.hostileAgent(List.of());
        String text = GeminiFormat.agentFile(hostile);
        JsonNode fields = AgentFiles.frontmatter(text);
        assertThat(fields.propertyNames()).containsExactly("name", "description");
        assertThat(fields.get("description").asString()).isEqualTo(hostile.description());
        assertThat(AgentFiles.frontmatterLines(text)).isEqualTo(2);
        assertThat(withoutJoiners(AgentFiles.body(text))).isEqualTo(hostile.body());
    }

    @Test
    void instructionsHoldNothingGeminiWouldSubstituteAndReadAsWritten() {
        TeamFixtures.Rendered team = AgentFiles.hostileTeam(layer, GeminiFormat.ID);
        RenderedAgent reviewer = team.rendered().agents().stream().filter(a -> a.name().equals("code-reviewer")).findFirst()
                .orElseThrow();
        assertThat(reviewer.body()).contains("${x}");
        assertThat(team.rendered().agents()).anySatisfy(a -> assertThat(a.body()).contains(AgentFiles.HOSTILE_PROJECT));
        for (RenderedAgent agent : team.rendered().agents()) {
            String body = AgentFiles.body(team.files().get(".gemini/agents/" + agent.name() + ".md"));
            assertThat(GEMINI_PLACEHOLDER.matcher(body).find()).as(agent.name()).isFalse();
            assertThat(withoutJoiners(body)).isEqualTo(agent.body());
        }
    }

    @Test
    void onlyWhatGeminiSubstitutesIsChanged() {
        String j = String.valueOf(GeminiFormat.WORD_JOINER);
        assertThat(GeminiFormat.literal("Shop ${env}, ${query} on ${today}; ${a}${b_2}"))
                .isEqualTo("Shop $" + j + "{env}, $" + j + "{query} on $" + j + "{today}; $" + j + "{a}$" + j + "{b_2}");
        String untouched = "$HOME ${ x } ${7*7} ${a.b} ${} {x} $$ ${x-y} #{y} {{X}} {env:HOME} {file:./x} $";
        assertThat(GeminiFormat.literal(untouched)).isSameAs(untouched);
        assertThat(GeminiFormat.literal("$${x}")).isEqualTo("$$" + j + "{x}");
    }

    @Test
    void descriptionsAreWrittenAsTheyAre() {
        RenderedAgent agent = new RenderedAgent("a-b", "A", "Use for ${env} and ${query}.", "inherit", "red", List.of(), "build",
                false, "Body ${env}\n");
        assertThat(AgentFiles.frontmatter(GeminiFormat.agentFile(agent)).get("description").asString())
                .isEqualTo("Use for ${env} and ${query}.");
    }

    @Test
    void claudeToolsBecomeGeminiToolNames() {
        JsonNode reviewer = AgentFiles.frontmatter(GeminiFormat.agentFile(AgentFiles.agent("code-reviewer", "opus",
                List.of("Read", "Grep", "Glob", "Bash"))));
        assertThat(AgentFiles.strings(reviewer.get("tools")))
                .containsExactly("read_file", "grep_search", "glob", "list_directory", "run_shell_command");
        JsonNode writer = AgentFiles.frontmatter(GeminiFormat.agentFile(AgentFiles.agent("product-manager", "inherit",
                List.of("Read", "Write", "Edit", "MultiEdit", "WebFetch", "WebSearch", "TodoWrite", "Task"))));
        assertThat(AgentFiles.strings(writer.get("tools"))).containsExactly("read_file", "write_file", "replace", "web_fetch",
                "google_web_search", "write_todos", "invoke_agent");
    }

    @Test
    void everyToolNameWrittenIsOneGeminiAccepts() {
        assertThat(GeminiFormat.TOOL_NAMES.keySet()).containsExactlyInAnyOrder(Capability.values());
        GeminiFormat.TOOL_NAMES.values().forEach(names -> assertThat(GEMINI_BUILT_IN_TOOLS).containsAll(names));
    }

    @Test
    void aToolWithoutAGeminiNameIsLeftOutAndTheLimitsStay() {
        JsonNode fields = AgentFiles.frontmatter(GeminiFormat.agentFile(AgentFiles.agent("code-reviewer", "inherit",
                List.of("Read", "mcp__jira__search"))));
        assertThat(AgentFiles.strings(fields.get("tools"))).containsExactly("read_file");
    }

    @Test
    void anAgentWithEveryToolAndAnyModelInheritsGeminisOwn() {
        for (String model : List.of("inherit", "opus", "sonnet")) {
            JsonNode fields = AgentFiles.frontmatter(GeminiFormat.agentFile(AgentFiles.agent("backend-engineer", model, List.of())));
            assertThat(fields.propertyNames()).containsExactly("name", "description");
        }
    }

    private static String withoutJoiners(String text) {
        return text.replace(String.valueOf(GeminiFormat.WORD_JOINER), "");
    }
}
