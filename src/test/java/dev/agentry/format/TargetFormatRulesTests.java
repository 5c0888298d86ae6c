package dev.agentry.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.agentry.TeamFixtures;
import dev.agentry.catalog.AgentSpec;
import dev.agentry.render.RenderedAgent;
import dev.agentry.rules.FormatRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every target at once, for representative combinations of project type, deployment and stack (and a custom team of
 * every role): each tool gets one valid file per agent, and every file meets the format and coherence rules.
 */
class TargetFormatRulesTests {

    private static final TeamFixtures FIXTURES = TeamFixtures.builtIn();

    /** The folder and file suffix of each target that writes one file per agent. */
    private static final Map<String, String[]> AGENT_FILES = Map.of(
            ".claude/agents/", new String[] {"claude", ".md"},
            ".github/agents/", new String[] {"copilot", ".agent.md"},
            ".gemini/agents/", new String[] {"gemini", ".md"},
            ".opencode/agents/", new String[] {"opencode", ".md"},
            ".codex/agents/", new String[] {"codex", ".toml"});

    static Stream<Arguments> combinations() {
        String everyRole = FIXTURES.catalog().roles().stream().map(AgentSpec::id).collect(Collectors.joining(","));
        return Stream.of(
                Arguments.of("web-app", "aws", "java-spring-boot", ""),
                Arguments.of("web-frontend", "vercel", "vue-nuxt", ""),
                Arguments.of("mobile-app", "fly-io", "flutter", ""),
                Arguments.of("ai-ml", "azure", "python-llm", ""),
                Arguments.of("data-platform", "gcp", "dbt-airflow", ""),
                Arguments.of("custom", "docker-host", "go", everyRole));
    }

    private static TeamFixtures.Rendered render(String type, String deployment, String stack, String agents) {
        return FIXTURES.render(type, deployment, stack, agents, String.join(",", Formats.ids()));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("combinations")
    void everyTargetGetsOneFilePerAgentAndTheTwoTeamBlocks(String type, String deployment, String stack, String agents) {
        TeamFixtures.Rendered team = render(type, deployment, stack, agents);
        List<String> expected = new ArrayList<>(List.of("CLAUDE.md#team", "AGENTS.md#team"));
        for (Map.Entry<String, String[]> target : AGENT_FILES.entrySet()) {
            team.rendered().agents().forEach(a -> expected.add(target.getKey() + a.name() + target.getValue()[1]));
        }
        assertThat(team.files().keySet()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("combinations")
    void everyAgentFileParsesAndCarriesTheAgentsDescriptionAndInstructions(String type, String deployment, String stack,
            String agents) {
        TeamFixtures.Rendered team = render(type, deployment, stack, agents);
        for (RenderedAgent agent : team.rendered().agents()) {
            for (Map.Entry<String, String[]> target : AGENT_FILES.entrySet()) {
                String path = target.getKey() + agent.name() + target.getValue()[1];
                String text = team.files().get(path);
                JsonNode fields = path.endsWith(".toml") ? AgentFiles.toml(text) : AgentFiles.frontmatter(text);
                assertThat(fields.get("description").asString()).as(path).isEqualTo(agent.description());
                if (fields.has("name")) {
                    assertThat(fields.get("name").asString()).as(path).isEqualTo(agent.name());
                }
                String instructions = path.endsWith(".toml") ? fields.get("developer_instructions").asString()
                        : AgentFiles.body(text);
                assertThat(instructions).as(path).isEqualTo(agent.body());
            }
        }
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("combinations")
    void everyTargetsFilesMeetTheFormatAndCoherenceRules(String type, String deployment, String stack, String agents) {
        TeamFixtures.Rendered team = render(type, deployment, stack, agents);
        assertThat(new FormatRules().check(team.output())).isEmpty();
    }

    @Test
    void noTargetButClaudeCodeNamesAModelSoInheritNeverBecomesAPinnedOne() {
        for (String model : List.of("inherit", "opus", "sonnet", "claude-opus-4-1")) {
            RenderedAgent agent = AgentFiles.agent("backend-engineer", model, List.of("Read", "Edit"));
            assertThat(AgentFiles.frontmatter(ClaudeFormat.agentFile(agent)).get("model").asString()).isEqualTo(model);
            assertThat(AgentFiles.frontmatter(CopilotFormat.agentFile(agent)).has("model")).as("copilot %s", model).isFalse();
            assertThat(AgentFiles.frontmatter(GeminiFormat.agentFile(agent)).has("model")).as("gemini %s", model).isFalse();
            assertThat(AgentFiles.frontmatter(OpenCodeFormat.agentFile(agent)).has("model")).as("opencode %s", model).isFalse();
            assertThat(AgentFiles.toml(CodexFormat.agentFile(agent)).has("model")).as("codex %s", model).isFalse();
        }
    }
}
