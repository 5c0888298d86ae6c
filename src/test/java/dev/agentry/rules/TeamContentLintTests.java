package dev.agentry.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.agentry.TeamFixtures;
import dev.agentry.catalog.AgentSpec;
import dev.agentry.catalog.Catalog;
import dev.agentry.catalog.Deployment;
import dev.agentry.catalog.ProjectType;
import dev.agentry.catalog.Stack;
import dev.agentry.interview.Keys;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content lint over the whole matrix: every project type x suitable stack x deployment with the type's team,
 * and custom teams of several shapes (every role; teams with one builder; a team with no builder) on every stack.
 * Each team must pass every check of {@link ContentLint} (as {@link ContentRules} runs them, by file and line), and a
 * --set value must reach its text.
 */
public class TeamContentLintTests {

    private static final TeamFixtures FIXTURES = TeamFixtures.builtIn();

    /** Custom teams beside "every role": a builder alone, builders with reviewer or tester, and no builder at all. */
    public static final List<String> CUSTOM_TEAMS = List.of(
            "backend-engineer,code-reviewer",
            "frontend-engineer,testing-specialist",
            "mobile-engineer,code-reviewer,testing-specialist",
            "data-engineer,testing-specialist",
            "ai-engineer,code-reviewer",
            "product-manager,ui-ux-designer,code-reviewer");

    /** Variables set to a new value in every team, each of which must then reach every sentence that named it. */
    static final Map<String, String> OVERRIDES = Map.of(
            "database", "MySQL 8.4",
            "test-command", "make test-all",
            "frontend-framework", "SolidStart 2",
            "ci-cd-platform", "GitLab CI",
            "backend-framework", "Micronaut 5");

    static Stream<Arguments> matrix() {
        Catalog catalog = FIXTURES.catalog();
        List<Arguments> combinations = new ArrayList<>();
        String everyRole = catalog.roles().stream().map(AgentSpec::id).collect(Collectors.joining(","));
        for (ProjectType type : catalog.projectTypes()) {
            for (Stack stack : catalog.stacksFor(type.id())) {
                for (Deployment deployment : catalog.deployments()) {
                    if (type.id().equals("custom")) {
                        combinations.add(Arguments.of(type.id(), stack.id(), deployment.id(), everyRole));
                        CUSTOM_TEAMS.forEach(team -> combinations.add(Arguments.of(type.id(), stack.id(), deployment.id(), team)));
                    }
                    else {
                        combinations.add(Arguments.of(type.id(), stack.id(), deployment.id(), ""));
                    }
                }
            }
        }
        return combinations.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @MethodSource("matrix")
    void everySentenceFitsItsProject(String type, String stack, String deployment, String agents) {
        TeamFixtures.Rendered rendered = render(type, stack, deployment, agents, Map.of());
        assertThat(new ContentRules().check(rendered.output())).as(sample(rendered).label()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @MethodSource("matrix")
    void setValuesReachEveryTextThatNamedTheOldValue(String type, String stack, String deployment, String agents) {
        ContentLint.Sample before = sample(render(type, stack, deployment, agents, Map.of()));
        // all values set at once: each must still reach every text that named the value it replaced
        ContentLint.Sample after = sample(render(type, stack, deployment, agents, new LinkedHashMap<>(OVERRIDES)));
        List<ContentLint.Finding> findings = new ArrayList<>();
        OVERRIDES.forEach((key, value) -> findings.addAll(ContentLint.setValueReachesText(before, after, key, value, OVERRIDES.keySet())));
        assertThat(findings).as(before.label()).isEmpty();
    }

    private static TeamFixtures.Rendered render(String type, String stack, String deployment, String agents,
            Map<String, Object> set) {
        Map<String, Object> answers = new LinkedHashMap<>(Map.of(Keys.PROJECT_TYPE, type, Keys.DEPLOYMENT, deployment,
                Keys.STACK, stack, Keys.TARGETS, "claude,agents-md"));
        if (!agents.isEmpty()) {
            answers.put(Keys.AGENTS, agents);
        }
        answers.putAll(set);
        return FIXTURES.render(answers);
    }

    static ContentLint.Sample sample(TeamFixtures.Rendered rendered) {
        return ContentRules.sample(rendered.output());
    }
}
