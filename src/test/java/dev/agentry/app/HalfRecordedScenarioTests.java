package dev.agentry.app;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.agentry.cli.CliHarness.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A target with one of its two records and not the other: answers.yml without state.json (a teammate who did not
 * commit the state), or state.json without answers.yml. check and update agree, name what is missing and the way out.
 */
class HalfRecordedScenarioTests {

    private static final String STATE = ".agentry/state.json";
    private static final String ANSWERS = ".agentry/answers.yml";
    private static final String ENGINEER = ".claude/agents/backend-engineer.md";

    @TempDir
    Path target;

    private Scenario scenario;

    @BeforeEach
    void aTeam() {
        scenario = new Scenario(target, target.resolve("unused"));
        Run generate = scenario.run("generate", "--project-type", "backend-api", "--deployment", "aws", "--stack", "go");
        assertThat(generate.code()).as(generate.out() + generate.err()).isZero();
    }

    @Test
    void withoutTheStateCheckAndUpdateAgreeAndNameTheStateAndTheWaysOut() {
        scenario.edit(ENGINEER, "You focus on building", "You focus (MINE) on building");
        scenario.delete(STATE);
        Run check = scenario.run("check");
        assertThat(check.code()).as(check.out()).isEqualTo(5);
        assertThat(check.out()).contains(STATE + " is missing", "git checkout -- " + STATE, "--adopt").doesNotContain("In sync");
        Run update = scenario.run("update", "--deployment", "gcp");
        assertThat(update.code()).as(update.out() + update.err()).isEqualTo(2);
        assertThat(update.err()).contains(STATE + " is missing", "git checkout -- " + STATE, "update --adopt", ENGINEER,
                "Nothing was written").doesNotContain("were not written by agentry");
        assertThat(scenario.exists(STATE)).isFalse();

        Run adopt = scenario.run("update", "--deployment", "gcp", "--adopt");
        assertThat(adopt.code()).as(adopt.out() + adopt.err()).isZero();
        assertThat(adopt.out()).contains("recorded again");
        assertThat(scenario.read(ENGINEER)).contains("You focus (MINE) on building");
        Run after = scenario.run("check");
        assertThat(after.code()).as(after.out()).isZero();
    }

    @Test
    void withoutTheStateAndWithUneditedFilesCheckSaysUpdateWouldRecordItAndUpdateDoes() {
        scenario.delete(STATE);
        Run check = scenario.run("check");
        assertThat(check.code()).as(check.out()).isEqualTo(5);
        assertThat(check.out()).contains(STATE + " is missing");
        Run update = scenario.run("update");
        assertThat(update.code()).as(update.out() + update.err()).isZero();
        assertThat(update.out()).contains(STATE + " was missing: recorded again");
        assertThat(scenario.exists(STATE)).isTrue();
        assertThat(scenario.run("check").code()).isZero();
    }

    @Test
    void aStateThatIsAFolderIsNamedAsSuchByEveryCommand() throws Exception {
        scenario.delete(STATE);
        Files.createDirectories(target.resolve(STATE));
        for (String command : new String[] {"check", "update", "remove"}) {
            Run run = scenario.run(command);
            assertThat(run.code()).as(command + run.out() + run.err()).isEqualTo(2);
            assertThat(run.err()).as(command).contains(STATE + " is a folder", "--adopt");
        }
        assertThat(scenario.exists(ENGINEER)).isTrue();
    }

    @Test
    void removeWithoutTheStateRemovesNothingAndSaysWhy() {
        scenario.delete(STATE);
        Run remove = scenario.run("remove");
        assertThat(remove.code()).isEqualTo(2);
        assertThat(remove.err()).contains(STATE + " is missing", "Nothing was removed");
        assertThat(scenario.exists(ANSWERS)).isTrue();
        assertThat(scenario.exists(ENGINEER)).isTrue();
    }

    @Test
    void withoutTheAnswersCheckNamesThemAndGivesAdviceItCanTake() {
        scenario.edit(ENGINEER, "You focus on building", "You focus (MINE) on building");
        scenario.delete(ANSWERS);
        Run check = scenario.run("check");
        assertThat(check.code()).isEqualTo(2);
        assertThat(check.err()).contains(ANSWERS + " is missing", "git checkout -- " + ANSWERS, "agentry update --project-type")
                .doesNotContain("Give them as options");
        Run update = scenario.run("update");
        assertThat(update.code()).isEqualTo(2);
        assertThat(update.err()).contains(ANSWERS + " is missing", "Missing answers: project-type, deployment, stack");

        Run again = scenario.run("update", "--project-type", "backend-api", "--deployment", "aws", "--stack", "go");
        assertThat(again.code()).as(again.out() + again.err()).isZero();
        assertThat(scenario.read(ENGINEER)).contains("You focus (MINE) on building");
        assertThat(scenario.exists(ANSWERS)).isTrue();
        assertThat(scenario.run("check").code()).isZero();
    }

    @Test
    void answersThatAreAFolderAreNamedAsSuch() throws Exception {
        scenario.delete(ANSWERS);
        Files.createDirectories(target.resolve(ANSWERS));
        Run check = scenario.run("check");
        assertThat(check.code()).isEqualTo(2);
        assertThat(check.err()).contains(ANSWERS + " is a folder");
    }
}
