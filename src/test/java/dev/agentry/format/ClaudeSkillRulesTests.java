package dev.agentry.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.agentry.TeamFixtures;
import dev.agentry.catalog.Catalog;
import dev.agentry.catalog.Deployment;
import dev.agentry.catalog.ProjectType;
import dev.agentry.catalog.Stack;
import dev.agentry.compose.Member;
import dev.agentry.interview.Keys;
import dev.agentry.rules.TeamContentLintTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of Claude Code's skills (FORMATS.md) over every team: each SKILL.md has the name of its folder and a short
 * one-line description, names only agents of its team, and a skill is written exactly when its roles are there.
 */
class ClaudeSkillRulesTests {

    private static final TeamFixtures FIXTURES = TeamFixtures.builtIn();
    private static final YAMLMapper STRICT = YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Pattern NAME = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");
    /** Claude Code's limit for a skill's description, and agentry's own budget: it is listed in every conversation. */
    private static final int DESCRIPTION_LIMIT = 1_536;
    private static final int DESCRIPTION_BUDGET = 250;
    private static final Pattern AGENT_NAME = Pattern.compile("`([a-z0-9]+(?:-[a-z0-9]+)*-(?:engineer|manager|designer|reviewer|specialist))`");

    static Stream<Arguments> matrix() {
        Catalog catalog = FIXTURES.catalog();
        List<Arguments> combinations = new ArrayList<>();
        for (ProjectType type : catalog.projectTypes()) {
            for (Stack stack : catalog.stacksFor(type.id())) {
                for (Deployment deployment : catalog.deployments()) {
                    if (type.id().equals("custom")) {
                        TeamContentLintTests.CUSTOM_TEAMS.forEach(team -> combinations.add(Arguments.of(type.id(), stack.id(),
                                deployment.id(), team)));
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
    void everySkillIsAValidClaudeCodeSkillThatNamesOnlyItsTeam(String type, String stack, String deployment, String agents) {
        TeamFixtures.Rendered team = FIXTURES.render(type, deployment, stack, agents, "");
        Set<String> members = team.team().members().stream().map(Member::name).collect(Collectors.toSet());
        Map<String, String> skills = skills(team);
        assertThat(skills).isNotEmpty();
        skills.forEach((path, text) -> {
            assertThat(path).matches("\\.claude/skills/[a-z0-9-]+/SKILL\\.md");
            assertThat(text).startsWith("---\n");
            int end = text.indexOf("\n---\n", 4);
            String frontmatter = text.substring(4, end + 1);
            JsonNode fields = STRICT.readTree(frontmatter);
            String name = fields.get("name").asString();
            assertThat(name).matches(NAME).isEqualTo(path.split("/")[2]);
            assertThat(fields.propertyNames()).isSubsetOf("name", "description", "argument-hint");
            assertThat(frontmatter.lines().filter(l -> l.startsWith("description: ")).toList())
                    .singleElement().satisfies(line -> assertThat(line).matches("description: \"[^\\n]+\""));
            String description = fields.get("description").asString();
            assertThat(description.length()).as("description of %s", name).isLessThanOrEqualTo(DESCRIPTION_BUDGET)
                    .isLessThan(DESCRIPTION_LIMIT);
            assertThat(description).startsWith("Use ");
            String body = text.substring(end + 5);
            assertThat(body).as("%s takes the user's words", name).contains("$ARGUMENTS");
            Matcher named = AGENT_NAME.matcher(text);
            while (named.find()) {
                assertThat(members).as("%s names `%s`", path, named.group(1)).contains(named.group(1));
            }
        });
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @MethodSource("matrix")
    void aSkillIsWrittenExactlyWhenTheTeamHasOneOfItsRoles(String type, String stack, String deployment, String agents) {
        TeamFixtures.Rendered team = FIXTURES.render(type, deployment, stack, agents, "");
        Set<String> roles = team.team().members().stream().map(m -> m.deployment() ? "deployment" : m.spec().id())
                .collect(Collectors.toSet());
        Map<String, String> skills = skills(team);
        boolean reviewers = roles.contains("code-reviewer") || roles.contains("testing-specialist");
        assertThat(skills).containsKey(".claude/skills/feature/SKILL.md").containsKey(".claude/skills/release/SKILL.md");
        assertThat(skills.containsKey(".claude/skills/review/SKILL.md")).as("review skill for %s", roles).isEqualTo(reviewers);
        if (reviewers) {
            String review = skills.get(".claude/skills/review/SKILL.md");
            assertThat(review.contains("`code-reviewer`")).isEqualTo(roles.contains("code-reviewer"));
            assertThat(review.contains("`testing-specialist`")).isEqualTo(roles.contains("testing-specialist"));
        }
    }

    @Test
    void theReviewAndReleaseSkillsRunTheStacksCommandsAndKeepTheGuardrail() {
        TeamFixtures.Rendered team = FIXTURES.render("web-app", "aws", "java-spring-boot");
        String review = team.files().get(".claude/skills/review/SKILL.md");
        assertThat(review).contains("`./mvnw -q verify`", "`pnpm test`", "`./mvnw -q spotless:check`", "`pnpm lint`");
        String release = team.files().get(".claude/skills/release/SKILL.md");
        assertThat(release).contains("`aws-deployment-engineer`", "`terraform plan`", "`terraform apply`",
                "explicit confirmation");
        assertThat(release.indexOf("Plan First")).isLessThan(release.indexOf("Confirm With the User"));
        assertThat(release.indexOf("Confirm With the User")).isLessThan(release.indexOf("# 4. Ship"));
    }

    @Test
    void aSetCommandReachesTheSkillsAsItReachesTheReviewer() {
        TeamFixtures.Rendered team = FIXTURES.render(Map.of(Keys.PROJECT_TYPE, "backend-api", Keys.DEPLOYMENT, "fly-io",
                Keys.STACK, "go", "test-command", "make test-all"));
        assertThat(team.files().get(".claude/skills/review/SKILL.md")).contains("`make test-all`").doesNotContain("`go test");
        assertThat(team.files().get(".claude/agents/code-reviewer.md")).contains("`make test-all`");
    }

    @Test
    void skillsAreLeftOutWithTheSettingOffAndForOtherTargets() {
        assertThat(skills(FIXTURES.render(Map.of(Keys.PROJECT_TYPE, "backend-api", Keys.DEPLOYMENT, "fly-io", Keys.STACK, "go",
                ClaudeSkills.SETTING, false)))).isEmpty();
        assertThat(skills(FIXTURES.render("backend-api", "fly-io", "go", "", "agents-md,copilot"))).isEmpty();
    }

    private static Map<String, String> skills(TeamFixtures.Rendered team) {
        Map<String, String> skills = new LinkedHashMap<>();
        team.files().forEach((path, text) -> {
            if (path.startsWith(ClaudeSkills.FOLDER)) {
                skills.put(path, text);
            }
        });
        return skills;
    }

    @Test
    void theRolesThatKeepNotesAcrossSessionsSayMemoryProjectAndTheReviewerAndBuildersDoNot() {
        TeamFixtures.Rendered team = FIXTURES.render("web-app", "aws", "java-spring-boot");
        for (String agent : List.of("testing-specialist", "aws-deployment-engineer")) {
            assertThat(team.files().get(".claude/agents/" + agent + ".md")).as(agent).contains("\nmemory: project\n---\n");
        }
        assertThat(team.files().get(".claude/agents/backend-engineer.md")).doesNotContain("memory:");
        assertThat(team.files().get(".claude/agents/code-reviewer.md")).doesNotContain("memory:");
        assertThat(FIXTURES.render("web-app", "aws", "java-spring-boot", "", "copilot").files()
                .get(".github/agents/testing-specialist.agent.md")).doesNotContain("memory:");
    }
}
