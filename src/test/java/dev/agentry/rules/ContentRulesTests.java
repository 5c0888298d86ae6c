package dev.agentry.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import dev.agentry.TeamFixtures;
import dev.agentry.compose.Team;
import dev.agentry.render.RenderedAgent;
import dev.agentry.render.RenderedTeam;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The content lint as a rule set: each finding is a problem of the file that holds it, at the line of what was found. */
class ContentRulesTests {

    private static final TeamFixtures FIXTURES = TeamFixtures.builtIn();
    private static final String REVIEWER = ".claude/agents/code-reviewer.md";

    private final TeamFixtures.Rendered team = FIXTURES.render("backend-api", "aws", "go", "", "claude,agents-md");

    /** The team with the code reviewer's text changed alike in its rendered body and in every file written for it. */
    private TeamOutput withReviewer(UnaryOperator<String> change) {
        List<RenderedAgent> agents = new ArrayList<>();
        for (RenderedAgent a : team.rendered().agents()) {
            agents.add(!a.name().equals("code-reviewer") ? a : new RenderedAgent(a.name(), a.title(), a.description(),
                    a.model(), a.color(), a.tools(), a.stage(), a.deployment(), change.apply(a.body())));
        }
        Map<String, String> files = new LinkedHashMap<>(team.files());
        files.replaceAll((path, text) -> path.contains("code-reviewer") ? change.apply(text) : text);
        return new TeamOutput(team.team(), new RenderedTeam(team.team(), agents, team.rendered().documents()), files);
    }

    private static int lineOf(String text, String needle) {
        return text.substring(0, text.indexOf(needle)).split("\n", -1).length;
    }

    @Test
    void theBuiltInTeamHasNoProblem() {
        assertThat(new ContentRules().check(team.output())).isEmpty();
    }

    @Test
    void aTermOfASurfaceTheTeamDoesNotWorkOnIsReportedInTheAgentsFileAtItsLine() {
        TeamOutput broken = withReviewer(text -> text.replace("\n# Approach\n", "\n- Cover journeys with Playwright\n\n# Approach\n"));
        int line = lineOf(broken.files().get(REVIEWER), "Playwright");
        assertThat(new ContentRules().check(broken)).map(Problem::toString).containsExactly(REVIEWER + ":" + line
                + ": 'Playwright' belongs to the web surface, which this team does not work on (technology-outside-its-surface)");
    }

    @Test
    void somethingMissingIsReportedForTheFileAsAWhole() {
        TeamOutput broken = withReviewer(text -> text.replace("# Report Back", "# Notes"));
        assertThat(new ContentRules().check(broken)).map(Problem::toString)
                .containsExactly(REVIEWER + ": no '# Report Back' section (missing-report-back)");
    }

    @Test
    void aFindingInAManagedBlockNamesTheBlockAndItsLine() {
        Map<String, String> files = new LinkedHashMap<>(team.files());
        files.computeIfPresent("CLAUDE.md#team", (path, text) -> text + "\nEvery journey is covered with Playwright.\n");
        TeamOutput broken = new TeamOutput(team.team(), team.rendered(), files);
        int line = lineOf(files.get("CLAUDE.md#team"), "Playwright");
        assertThat(new ContentRules().check(broken)).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("CLAUDE.md#team");
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.rule()).isEqualTo("technology-outside-its-surface");
        });
    }

    @Test
    void aVariableThatLeavesAChoiceOpenIsShownWhereTheFilesFirstSayIt() {
        Team original = team.team();
        String database = String.valueOf(original.variables().get("database"));
        String choice = database + " or MySQL 8.4";
        Map<String, Object> variables = new LinkedHashMap<>(original.variables());
        variables.put("database", choice);
        Team changed = new Team(original.catalog(), original.answers(), original.projectType(), original.deployment(),
                original.stack(), original.members(), variables, original.settings(), original.surfaces(),
                original.workloads());
        Map<String, String> files = new LinkedHashMap<>(team.files());
        files.replaceAll((path, text) -> text.replace(database, choice));
        String first = files.entrySet().stream().filter(f -> f.getValue().contains(choice)).findFirst().orElseThrow().getKey();
        List<Problem> problems = new ContentRules().check(new TeamOutput(changed, team.rendered(), files));
        assertThat(problems).filteredOn(p -> p.rule().equals("unresolved-choice")).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(first);
            assertThat(problem.line()).isEqualTo(lineOf(files.get(first), choice));
            assertThat(problem.message()).isEqualTo("variable database: '" + choice + "' names a choice; pick one");
        });
    }
}
