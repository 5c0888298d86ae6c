package dev.agentry.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import dev.agentry.TeamFixtures;
import dev.agentry.compose.Member;
import dev.agentry.compose.Team;
import dev.agentry.render.RenderedAgent;
import dev.agentry.render.RenderedTeam;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each format and coherence rule finds what it is for, in a valid team broken one way at a time, by file and line. */
class FormatRulesTests {

    private static final TeamFixtures FIXTURES = TeamFixtures.builtIn();
    private static final String REVIEWER = ".claude/agents/code-reviewer.md";

    private final TeamFixtures.Rendered team = FIXTURES.render("backend-api", "aws", "go", "", "claude,agents-md");

    private List<Problem> withFile(String path, UnaryOperator<String> change) {
        Map<String, String> files = new LinkedHashMap<>(team.files());
        files.put(path, change.apply(files.get(path)));
        return new FormatRules().check(new TeamOutput(team.team(), team.rendered(), files));
    }

    private static List<String> shown(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void aValidTeamHasNoProblem() {
        assertThat(new FormatRules().check(team.output())).isEmpty();
    }

    @Test
    void eachFrontmatterFieldIsCheckedOnItsLine() {
        List<Problem> problems = withFile(REVIEWER, text -> text.replace("name: code-reviewer\n", "name: Code_Reviewer\n")
                .replaceFirst("model: [a-z]+\n", "model: gpt-4\n").replaceFirst("color: [a-z]+\n", "color: gold\nextra: 1\n"));
        assertThat(shown(problems)).containsExactly(
                REVIEWER + ":2: 'name' must be the file's name, 'code-reviewer' (lowercase letters, digits and '-', 3 to 50"
                        + " characters), not 'Code_Reviewer' (name)",
                REVIEWER + ":4: 'model' must be one of sonnet, opus, haiku, inherit or a full model id, not 'gpt-4' (model)",
                REVIEWER + ":5: 'color' must be one of blue, green, purple, yellow, orange, cyan, pink, red, not 'gold' (color)",
                REVIEWER + ":6: unknown key 'extra': a subagent's frontmatter holds name, description, model, color, tools, memory"
                        + " (frontmatter)");
    }

    @Test
    void aDescriptionMustBeOneDoubleQuotedLine() {
        List<Problem> problems = withFile(REVIEWER, text -> text.replaceFirst("description: \"[^\n]*\"\n",
                "description: Reviews code\n"));
        assertThat(shown(problems)).containsExactly(REVIEWER + ":3: 'description' must be one double-quoted line of text:"
                + " Claude Code delegates by it (description)");
    }

    @Test
    void frontmatterThatIsNotStrictYamlOrMissingIsNamed() {
        assertThat(shown(withFile(REVIEWER, text -> text.replace("name: code-reviewer\n", "name: code-reviewer\nname: again\n"))))
                .singleElement().asString().startsWith(REVIEWER + ":3: the frontmatter is not strict YAML: (name): duplicate key"
                        + " 'name'");
        assertThat(shown(withFile(REVIEWER, text -> text.substring(text.indexOf("\n---\n") + 5)))).first()
                .isEqualTo(REVIEWER + ":1: the file must start with a YAML frontmatter block between two '---' lines"
                        + " (frontmatter)");
    }

    @Test
    void thinInstructionsAndMissingSectionsAreNamed() {
        List<Problem> problems = withFile(REVIEWER, text -> text.substring(0, text.indexOf("\n# Approach\n") + 1));
        assertThat(problems).extracting(Problem::rule).contains("body", "sections");
        assertThat(shown(problems)).contains(REVIEWER + ": the instructions have no '# Quality Standards' section (sections)");
        assertThat(problems.stream().filter(p -> p.rule().equals("body")).findFirst().orElseThrow().message())
                .startsWith("the instructions are ").endsWith("characters long; an agent needs at least 2500 to work from");
    }

    @Test
    void unresolvedSyntaxEmptySectionsAndAMissingFinalLineBreakAreNamedByLine() {
        List<Problem> problems = withFile("CLAUDE.md#team", text -> "# Team\n\n# Agents\nUse ${helper} here\n" + text.strip());
        assertThat(shown(problems)).startsWith(
                "CLAUDE.md#team:1: the section '# Team' has no content (empty-section)",
                "CLAUDE.md#team:4: '${' is template syntax left in the output: a variable or placeholder was not filled in, or"
                        + " is written where text belongs (unresolved)");
        assertThat(problems).extracting(Problem::rule).contains("final-newline");
    }

    @Test
    void aRoleTheTeamDoesNotHaveMayNotBeNamed() {
        List<Problem> problems = withFile(REVIEWER, text -> text.replace("\n# Approach\n", "\nAsk the mobile-engineer.\n\n# Approach\n"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("absent-role");
            assertThat(p.message()).startsWith("names 'mobile-engineer', a role this team does not have");
            assertThat(team.files().get(REVIEWER).lines().toList().indexOf("# Approach") + 1).isEqualTo(p.line());
        });
    }

    @Test
    void collaborationNamesExactlyTheTeammates() {
        List<Problem> problems = withFile(REVIEWER, text -> text.replaceFirst("\n- \\*\\*With [^*]+\\*\\* \\(`backend-engineer`\\)[^\n]*",
                ""));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("collaboration");
            assertThat(p.message()).endsWith("; missing: backend-engineer");
        });
    }

    @Test
    void theAgentsMdBlockListsEveryMember() {
        List<Problem> problems = withFile("AGENTS.md#team", text -> text.replace("(`code-reviewer`)", "(`reviewer`)"));
        assertThat(shown(problems)).contains("AGENTS.md#team: the team block lists no '#### Code Reviewer (`code-reviewer`)'"
                + " for a member of the team (roster)");
    }

    @Test
    void descriptionsFitTheBudgetAndColorsAreDistinct() {
        List<RenderedAgent> agents = new ArrayList<>();
        team.rendered().agents().forEach(a -> agents.add(new RenderedAgent(a.name(), a.title(), a.description().repeat(8),
                a.model(), a.color(), a.tools(), a.stage(), a.deployment(), a.body())));
        List<Member> members = new ArrayList<>();
        team.team().members().forEach(m -> members.add(new Member(m.spec(), m.name(), m.title(), "blue", m.template(),
                m.deployment(), m.guidance(), m.practices())));
        Team sameColors = new Team(team.team().catalog(), team.team().answers(), team.team().projectType(),
                team.team().deployment(), team.team().stack(), members, team.team().variables(), team.team().settings(),
                team.team().surfaces(), team.team().workloads());
        List<Problem> problems = CoherenceRules.check(new TeamOutput(sameColors, new RenderedTeam(sameColors, agents,
                team.rendered().documents()), team.files()));
        assertThat(problems).extracting(Problem::rule).containsOnly("description-budget", "color");
        assertThat(problems.stream().filter(p -> p.rule().equals("color")).count()).isEqualTo(members.size() - 1);
        assertThat(problems.get(0).message()).startsWith("the team's descriptions take ").contains("more than 2500");
    }
}
