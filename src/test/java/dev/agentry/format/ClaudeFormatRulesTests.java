package dev.agentry.format;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.agentry.TeamFixtures;
import dev.agentry.catalog.AgentSpec;
import dev.agentry.catalog.Catalog;
import dev.agentry.catalog.Deployment;
import dev.agentry.catalog.Palette;
import dev.agentry.catalog.ProjectType;
import dev.agentry.catalog.Stack;
import dev.agentry.compose.Member;
import dev.agentry.interview.Keys;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The format and coherence rules of every team agentry can write, over the whole matrix of project types,
 * deployments and suitable stacks (and, for the custom type, every role at once).
 */
class ClaudeFormatRulesTests {

    private static final TeamFixtures FIXTURES = TeamFixtures.builtIn();
    private static final YAMLMapper STRICT = YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{1,48}[a-z0-9]");
    private static final Set<String> MODELS = Set.of("sonnet", "opus", "haiku", "inherit");
    private static final int DESCRIPTION_BUDGET = 2_500;
    private static final int MINIMUM_BODY = 2_500;

    static Stream<Arguments> matrix() {
        Catalog catalog = FIXTURES.catalog();
        List<Arguments> combinations = new ArrayList<>();
        for (ProjectType type : catalog.projectTypes()) {
            for (Stack stack : catalog.stacksFor(type.id())) {
                for (Deployment deployment : catalog.deployments()) {
                    String agents = type.id().equals(Keys.CUSTOM)
                            ? catalog.roles().stream().map(AgentSpec::id).collect(Collectors.joining(","))
                            : "";
                    combinations.add(Arguments.of(type.id(), stack.id(), deployment.id(), agents));
                }
            }
        }
        return combinations.stream();
    }

    private static TeamFixtures.Rendered render(String type, String stack, String deployment, String agents) {
        return FIXTURES.render(type, deployment, stack, agents, "");
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("matrix")
    void everyAgentFileIsAValidClaudeCodeSubagent(String type, String stack, String deployment, String agents) {
        TeamFixtures.Rendered team = render(type, stack, deployment, agents);
        Set<String> names = new HashSet<>();
        for (Map.Entry<String, String> file : team.files().entrySet()) {
            if (!file.getKey().startsWith(ClaudeFormat.AGENTS_FOLDER)) {
                continue;
            }
            assertThat(file.getKey()).matches("\\.claude/agents/[a-z0-9-]+\\.md");
            String text = file.getValue();
            assertThat(text).startsWith("---\n");
            int end = text.indexOf("\n---\n", 4);
            assertThat(end).as("frontmatter closed in %s", file.getKey()).isPositive();
            String frontmatter = text.substring(4, end + 1);
            JsonNode fields = STRICT.readTree(frontmatter);
            String name = fields.get("name").asString();
            assertThat(name).matches(NAME).isEqualTo(file.getKey().substring(".claude/agents/".length(), file.getKey().length() - 3));
            assertThat(names.add(name)).as("unique name %s", name).isTrue();
            assertThat(frontmatter.lines().filter(l -> l.startsWith("description: ")).toList())
                    .singleElement().satisfies(line -> assertThat(line).matches("description: \"[^\\n]+\""));
            assertThat(fields.get("description").asString()).isNotBlank();
            assertThat(MODELS).contains(fields.get("model").asString());
            assertThat(Palette.COLORS).contains(fields.get("color").asString());
            assertThat(fields.propertyNames()).isSubsetOf("name", "description", "model", "color", "tools", "memory");
            String body = text.substring(end + 5);
            assertThat(body.length()).as("body of %s", name).isGreaterThanOrEqualTo(MINIMUM_BODY);
            for (String section : List.of("# Role", "# Core Responsibilities", "# Approach", "# Delegation Triggers",
                    "# Key Principles", "# Collaboration", "# Quality Standards")) {
                assertThat(body).as("%s has %s", name, section).contains("\n" + section + "\n");
            }
        }
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("matrix")
    void nothingIsLeftUnresolvedOrEmpty(String type, String stack, String deployment, String agents) {
        TeamFixtures.Rendered team = render(type, stack, deployment, agents);
        for (Map.Entry<String, String> file : team.files().entrySet()) {
            String text = file.getValue();
            assertThat(text).as(file.getKey()).doesNotContain("${", "{{", "<#", "<@", "#{");
            List<String> lines = text.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("# ")) {
                    int next = i + 1;
                    while (next < lines.size() && lines.get(next).isBlank()) {
                        next++;
                    }
                    assertThat(next < lines.size() && !lines.get(next).startsWith("# "))
                            .as("section '%s' in %s has content", lines.get(i), file.getKey()).isTrue();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("matrix")
    void agentsMentionOnlyTeammatesAndNameEachOfThemInCollaboration(String type, String stack, String deployment,
            String agents) {
        TeamFixtures.Rendered team = render(type, stack, deployment, agents);
        Catalog catalog = FIXTURES.catalog();
        Set<String> members = team.team().members().stream().map(Member::name).collect(Collectors.toSet());
        List<String[]> absent = new ArrayList<>();
        catalog.roles().stream().filter(r -> !members.contains(r.id())).forEach(r -> absent.add(new String[] {r.id(), r.name()}));
        catalog.deployments().stream().filter(d -> !members.contains(d.agent()))
                .forEach(d -> absent.add(new String[] {d.agent(), d.agentName()}));
        for (Map.Entry<String, String> file : team.files().entrySet()) {
            String lower = file.getValue().toLowerCase(Locale.ROOT);
            for (String[] role : absent) {
                assertThat(lower).as("%s mentions absent %s", file.getKey(), role[0])
                        .doesNotContain(role[0]).doesNotContain(role[1].toLowerCase(Locale.ROOT));
            }
        }
        for (Member member : team.team().members()) {
            String text = team.files().get(".claude/agents/" + member.name() + ".md");
            Set<String> expected = new HashSet<>(members);
            expected.remove(member.name());
            assertThat(collaborators(text)).as("collaboration of %s", member.name()).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("matrix")
    void descriptionsFitTheBudgetAndColorsAreDistinct(String type, String stack, String deployment, String agents) {
        TeamFixtures.Rendered team = render(type, stack, deployment, agents);
        int total = team.rendered().agents().stream().mapToInt(a -> a.description().length()).sum();
        assertThat(total).isLessThanOrEqualTo(DESCRIPTION_BUDGET);
        List<String> colors = team.team().members().stream().map(Member::color).toList();
        assertThat(new HashSet<>(colors)).hasSize(Math.min(colors.size(), Palette.COLORS.size()));
    }

    /** The agent names listed in a file's Collaboration section. */
    static Set<String> collaborators(String text) {
        int start = text.indexOf("\n# Collaboration\n");
        assertThat(start).isPositive();
        int end = text.indexOf("\n# ", start + 5);
        String section = text.substring(start, end < 0 ? text.length() : end);
        Set<String> names = new HashSet<>();
        Matcher matcher = Pattern.compile("^- \\*\\*With [^*]+\\*\\* \\(`([a-z0-9-]+)`\\)", Pattern.MULTILINE).matcher(section);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
