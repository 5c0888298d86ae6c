package dev.agentry.format;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.agentry.TeamFixtures;
import dev.agentry.catalog.AgentSpec;
import dev.agentry.catalog.Catalog;
import dev.agentry.catalog.Deployment;
import dev.agentry.catalog.ProjectType;
import dev.agentry.catalog.Stack;
import dev.agentry.rules.FormatRules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The format and coherence rules ({@link FormatRules}, which {@code agentry scaffolds check} runs on a pack) hold for
 * every team agentry can write, over the whole matrix of project types, deployments and suitable stacks (and, for the
 * custom type, every role at once). {@code FormatRulesTests} shows that each rule finds what it is for.
 */
class ClaudeFormatRulesTests {

    private static final TeamFixtures FIXTURES = TeamFixtures.builtIn();

    static Stream<Arguments> matrix() {
        Catalog catalog = FIXTURES.catalog();
        List<Arguments> combinations = new ArrayList<>();
        for (ProjectType type : catalog.projectTypes()) {
            for (Stack stack : catalog.stacksFor(type.id())) {
                for (Deployment deployment : catalog.deployments()) {
                    String agents = type.id().equals("custom")
                            ? catalog.roles().stream().map(AgentSpec::id).collect(Collectors.joining(","))
                            : "";
                    combinations.add(Arguments.of(type.id(), stack.id(), deployment.id(), agents));
                }
            }
        }
        return combinations.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("matrix")
    void everyTeamMeetsTheFormatAndCoherenceRules(String type, String stack, String deployment, String agents) {
        TeamFixtures.Rendered team = FIXTURES.render(type, deployment, stack, agents, "");
        assertThat(team.files().keySet()).anyMatch(p -> p.startsWith(ClaudeFormat.AGENTS_FOLDER));
        assertThat(new FormatRules().check(team.output())).isEmpty();
    }
}
