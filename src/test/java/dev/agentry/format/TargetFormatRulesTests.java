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
    private static final Map<String, String[]> AGENT_FILES = Map.ofEntries(
            Map.entry(".claude/agents/", new String[] {"claude", ".md"}),
            Map.entry(".github/agents/", new String[] {"copilot", ".agent.md"}),
            Map.entry(".gemini/agents/", new String[] {"gemini", ".md"}),
            Map.entry(".opencode/agents/", new String[] {"opencode", ".md"}),
            Map.entry(".codex/agents/", new String[] {"codex", ".toml"}),
            Map.entry(".qwen/agents/", new String[] {"qwen", ".md"}),
            Map.entry(".kilo/agents/", new String[] {"kilo", ".md"}),
            Map.entry(".factory/droids/", new String[] {"droid", ".md"}),
            Map.entry(".cursor/agents/", new String[] {"cursor", ".md"}),
            Map.entry(".kiro/agents/", new String[] {"kiro", ".json"}),
            Map.entry(".augment/agents/", new String[] {"augment", ".md"}));

    /** The one file whose entries are agents, shared with the user: Roo Code's custom modes. */
    private static final String ROO_MODES = ".roomodes#" + RooFormat.BLOCK;

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
        assertThat(Formats.ids()).hasSizeGreaterThanOrEqualTo(13);
        List<String> expected = new ArrayList<>(List.of("CLAUDE.md#team", "AGENTS.md#team", ROO_MODES));
        for (Map.Entry<String, String[]> target : AGENT_FILES.entrySet()) {
            team.rendered().agents().forEach(a -> expected.add(target.getKey() + a.name() + target.getValue()[1]));
        }
        // and, for Claude Code, its workflow skills and agentry's entries in its settings
        team.rendered().skills().forEach(s -> expected.add(ClaudeSkills.FOLDER + ClaudeSkills.path(s.name())));
        expected.add(ClaudeSettings.PATH + "#" + dev.agentry.plan.DesiredFile.ENTRIES);
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
                JsonNode fields = path.endsWith(".toml") ? AgentFiles.toml(text)
                        : path.endsWith(".json") ? AgentFiles.STRICT_YAML.readTree(text) : AgentFiles.frontmatter(text);
                assertThat(asRead(fields.get("description").asString())).as(path).isEqualTo(agent.description());
                if (fields.has("name")) {
                    assertThat(fields.get("name").asString()).as(path).isEqualTo(agent.name());
                }
                String instructions = path.endsWith(".toml") ? fields.get("developer_instructions").asString()
                        : path.endsWith(".json") ? fields.get("prompt").asString() : AgentFiles.body(text);
                assertThat(asRead(instructions)).as(path).isEqualTo(agent.body());
            }
            JsonNode mode = AgentFiles.STRICT_YAML.readTree(RooFormat.ENTRIES.create(team.files().get(ROO_MODES)))
                    .get("customModes").valueStream().filter(m -> m.get("slug").asString().equals(agent.name())).findFirst()
                    .orElseThrow();
            assertThat(mode.get("whenToUse").asString()).isEqualTo(agent.description());
            assertThat(mode.get("roleDefinition").asString()).isEqualTo(agent.body());
        }
    }

    /** Text as a reader sees it: the word joiners that keep text out of a tool's templating are invisible. */
    private static String asRead(String text) {
        return text.replace(String.valueOf(TemplateText.WORD_JOINER), "");
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("combinations")
    void theReadOnlyReviewerCannotChangeFilesInAnyTool(String type, String deployment, String stack, String agents) {
        TeamFixtures.Rendered team = render(type, deployment, stack, agents);
        Map<String, String> files = team.files();
        assertThat(AgentFiles.frontmatter(files.get(".cursor/agents/code-reviewer.md")).get("readonly").asBoolean()).isTrue();
        assertThat(AgentFiles.frontmatter(files.get(".factory/droids/code-reviewer.md")).get("tools").asString())
                .isEqualTo("read-only");
        assertThat(AgentFiles.strings(AgentFiles.STRICT_YAML.readTree(files.get(".kiro/agents/code-reviewer.json")).get("tools")))
                .doesNotContain("write", "*");
        JsonNode mode = AgentFiles.STRICT_YAML.readTree(RooFormat.ENTRIES.create(files.get(ROO_MODES))).get("customModes")
                .valueStream().filter(m -> m.get("slug").asString().equals("code-reviewer")).findFirst().orElseThrow();
        assertThat(AgentFiles.strings(mode.get("groups"))).doesNotContain("edit", "mcp");
        assertThat(AgentFiles.strings(AgentFiles.frontmatter(files.get(".qwen/agents/code-reviewer.md")).get("tools")))
                .doesNotContain("edit", "write_file");
        assertThat(AgentFiles.frontmatter(files.get(".kilo/agents/code-reviewer.md")).get("permission").get("edit").asString())
                .isEqualTo("deny");
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("combinations")
    void everyTargetsFilesMeetTheFormatAndCoherenceRules(String type, String deployment, String stack, String agents) {
        TeamFixtures.Rendered team = render(type, deployment, stack, agents);
        assertThat(new FormatRules().check(team.output())).isEmpty();
    }

    @Test
    void claudeCodeNamesThatLookLikeYamlBooleansOrNumbersStayText() {
        for (String name : List.of("true", "null", "123")) {
            JsonNode fields = AgentFiles.frontmatter(ClaudeFormat.agentFile(AgentFiles.agent(name, "inherit", List.of())));
            assertThat(fields.get("name").isString()).as(name).isTrue();
            assertThat(fields.get("name").asString()).isEqualTo(name);
        }
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
            for (String text : List.of(QwenFormat.agentFile(agent), KiloFormat.agentFile(agent), DroidFormat.agentFile(agent),
                    CursorFormat.agentFile(agent), AugmentFormat.agentFile(agent))) {
                assertThat(AgentFiles.frontmatter(text).has("model")).as(text).isFalse();
            }
            assertThat(AgentFiles.STRICT_YAML.readTree(KiroFormat.agentFile(agent)).has("model")).isFalse();
            assertThat(RooFormat.mode(agent)).doesNotContainKey("model");
        }
    }
}
