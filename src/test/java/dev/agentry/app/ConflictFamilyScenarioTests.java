package dev.agentry.app;

import java.nio.file.Path;

import dev.agentry.cli.CliHarness.Run;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.agentry.app.Scenario.REVIEWER;
import static dev.agentry.app.Scenario.REVIEWER_V1;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every conflict style followed by every other command: while a conflict is unresolved, check and update agree (check
 * exits 5, update exits 3, both name the file and what to do); each way of resolving it ends in sync.
 */
class ConflictFamilyScenarioTests {

    @TempDir
    Path target;

    @TempDir
    Path scaffolds;

    private Scenario scenario;

    private static final String REJ = REVIEWER + ".rej";

    /** A conflict on the reviewer's "- three" line, left by an update with this style. */
    private void conflict(String style) {
        scenario = new Scenario(target, scaffolds);
        assertThat(scenario.generate().code()).isZero();
        scenario.edit(REVIEWER, "- three\n", "- three, as we do it\n");
        scenario.reviewerTemplate(REVIEWER_V1.replace("- three\n", "- three, agentry's\n").replace("- nine\n", "- nine, improved\n"));
        Run run = scenario.run("update", "--conflict", style);
        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(3);
        assertThat(run.out()).contains(REVIEWER);
    }

    /** The words that name what is unresolved: the markers in the file, or the .rej beside it. */
    private static String unresolved(String style) {
        return style.equals("rej") ? REJ : "conflict markers";
    }

    @ParameterizedTest
    @ValueSource(strings = {"inline", "rej"})
    void checkExitsFiveNamingTheUnresolvedFileAndWhatToDo(String style) {
        conflict(style);
        Run check = scenario.run("check");
        assertThat(check.code()).isEqualTo(5);
        assertThat(check.out()).contains(REVIEWER, unresolved(style), "then run 'agentry update'")
                .doesNotContain("In sync", "would change the files above");
    }

    @ParameterizedTest
    @ValueSource(strings = {"inline", "rej"})
    void updateExitsThreeNamingTheUnresolvedFileAndNeverSaysUpToDate(String style) {
        conflict(style);
        for (String command : new String[] {"update", "generate"}) {
            Run update = scenario.run(command);
            assertThat(update.code()).as(command).isEqualTo(3);
            assertThat(update.out()).as(command).contains(REVIEWER, unresolved(style)).doesNotContain("up to date");
        }
        Run dryRun = scenario.run("update", "--dry-run");
        assertThat(dryRun.code()).isEqualTo(3);
        assertThat(dryRun.out()).contains(REVIEWER, unresolved(style));
    }

    @ParameterizedTest
    @ValueSource(strings = {"inline", "rej"})
    void anUpdateWithOtherAnswersUpdatesTheRestAndLeavesTheUnresolvedFileAlone(String style) {
        conflict(style);
        String reviewer = scenario.read(REVIEWER);
        Run update = scenario.run("update", "--deployment", "kubernetes", "--conflict", style.equals("rej") ? "inline" : "rej");
        assertThat(update.code()).as(update.out()).isEqualTo(3);
        assertThat(scenario.read(".claude/agents/backend-engineer.md")).contains("kubernetes-deployment-engineer");
        assertThat(scenario.read(REVIEWER)).isEqualTo(reviewer);
        assertThat(scenario.exists(REJ)).isEqualTo(style.equals("rej"));
        assertThat(scenario.run("check").code()).isEqualTo(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"inline", "rej"})
    void resolvingByEditingEndsInSync(String style) {
        conflict(style);
        if (style.equals("rej")) {
            scenario.delete(REJ);
        }
        else {
            scenario.write(REVIEWER, scenario.read(REVIEWER).replaceAll("(?s)<<<<<<< yours\n(.*?)=======\n.*?>>>>>>> agentry\n", "$1"));
        }
        Run update = scenario.run("update");
        assertThat(update.code()).as(update.out()).isZero();
        assertThat(scenario.read(REVIEWER)).contains("- three, as we do it\n", "- nine, improved\n");
        assertThat(scenario.run("check").code()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"inline", "rej"})
    void resolvingByDeletingTheFileRestoresAgentrysVersion(String style) {
        conflict(style);
        scenario.delete(REVIEWER);
        assertThat(scenario.run("check").code()).isEqualTo(5);
        Run update = scenario.run("update");
        assertThat(update.code()).as(update.out()).isZero();
        assertThat(scenario.read(REVIEWER)).contains("- three, agentry's\n", "- nine, improved\n");
        assertThat(scenario.exists(REJ)).isFalse();
        assertThat(scenario.run("check").code()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"inline", "rej"})
    void removeKeepsTheFileWithYourSideAndLeavesNoRej(String style) {
        conflict(style);
        Run remove = scenario.run("remove");
        assertThat(remove.code()).as(remove.out()).isZero();
        assertThat(scenario.read(REVIEWER)).contains("- three, as we do it\n");
        assertThat(scenario.exists(REJ)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"inline", "rej"})
    void droppingTheRoleKeepsTheFileWithItsOpenConflictAndEndsInSync(String style) {
        conflict(style);
        Run drop = scenario.run("update", "--agents", "product-manager,backend-engineer,testing-specialist");
        assertThat(drop.code()).as(drop.out()).isZero();
        assertThat(scenario.read(REVIEWER)).contains("- three, as we do it\n");
        // the conflict goes with the file, in either style: markers in it, or its .rej beside it
        assertThat(style.equals("rej") ? scenario.exists(REJ) : scenario.read(REVIEWER).contains("<<<<<<< yours")).isTrue();
        assertThat(scenario.run("check").code()).isZero();
        Run back = scenario.run("update", "--agents", "product-manager,backend-engineer,code-reviewer,testing-specialist");
        assertThat(back.code()).as(style + ": " + back.out()).isEqualTo(3);
    }
}
