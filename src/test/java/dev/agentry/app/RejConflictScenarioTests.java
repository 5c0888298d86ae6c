package dev.agentry.app;

import java.nio.file.Path;

import dev.agentry.cli.CliHarness.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.agentry.app.Scenario.REVIEWER;
import static dev.agentry.app.Scenario.REVIEWER_V1;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --conflict rej}: the file gets every change of agentry's that does not overlap an edit, keeps the user's side
 * where they overlap, and FILE.rej holds agentry's side of those places until the user deletes it.
 */
class RejConflictScenarioTests {

    @TempDir
    Path target;

    @TempDir
    Path scaffolds;

    private Scenario scenario;

    private static final String REJ = REVIEWER + ".rej";

    @BeforeEach
    void aConflictWithRej() {
        scenario = new Scenario(target, scaffolds);
        assertThat(scenario.generate().code()).isZero();
        scenario.edit(REVIEWER, "- three\n", "- three, as we do it\n");
        // agentry changes the line the user edited, and another one far from it
        scenario.reviewerTemplate(REVIEWER_V1.replace("- three\n", "- three, agentry's\n").replace("- nine\n", "- nine, improved\n"));
        Run run = scenario.run("update", "--conflict", "rej");
        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(3);
    }

    @Test
    void theFileGetsTheChangesThatDoNotOverlapAndKeepsYourSideWhereTheyDo() {
        assertThat(scenario.read(REVIEWER)).contains("- three, as we do it\n", "- nine, improved\n")
                .doesNotContain("<<<<<<<", ">>>>>>>", "- three, agentry's");
    }

    @Test
    void theRejFileHoldsAgentrysSideOfTheOverlapAsAHunkThatAppliesToTheFile() {
        String rej = scenario.read(REJ);
        assertThat(rej).startsWith("--- a/" + REVIEWER + "\n+++ b/" + REVIEWER + "\n@@ ")
                .contains("\n-- three, as we do it\n+- three, agentry's\n", "\n - two\n", "\n - four\n")
                .doesNotContain("nine");
        String applied = Hunks.apply(scenario.read(REVIEWER), rej);
        assertThat(applied).isEqualTo(scenario.read(REVIEWER).replace("- three, as we do it\n", "- three, agentry's\n"));
    }

    @Test
    void whileTheRejExistsCheckExitsFiveAndUpdateExitsThreeNamingIt() {
        Run check = scenario.run("check");
        assertThat(check.code()).isEqualTo(5);
        assertThat(check.out()).contains(REJ).doesNotContain("In sync");
        Run update = scenario.run("update");
        assertThat(update.code()).isEqualTo(3);
        assertThat(update.out()).contains(REJ).doesNotContain("up to date");
        assertThat(scenario.run("update", "--dry-run").code()).isEqualTo(3);
    }

    @Test
    void theClosingHintSpeaksOfRejFilesNotOfMarkers() {
        Run update = scenario.run("update");
        assertThat(update.out()).contains("delete " + REJ).doesNotContain("<<<<<<< yours");
    }

    @Test
    void deletingTheRejResolvesTheFileAsYoursAndTheNextUpdateMergesFromThatRender() {
        scenario.delete(REJ);
        assertThat(scenario.run("check").code()).isZero();
        Run update = scenario.run("update");
        assertThat(update.code()).as(update.out()).isZero();
        assertThat(scenario.read(REVIEWER)).contains("- three, as we do it\n");

        // the base is now the render of the conflicting update: a later change elsewhere merges cleanly
        scenario.reviewerTemplate(REVIEWER_V1.replace("- three\n", "- three, agentry's\n").replace("- nine\n", "- nine, improved\n")
                .replace("- one\n", "- one, improved\n"));
        Run next = scenario.run("update");
        assertThat(next.code()).as(next.out()).isZero();
        assertThat(scenario.read(REVIEWER)).contains("- one, improved\n", "- three, as we do it\n", "- nine, improved\n")
                .doesNotContain("<<<<<<<");
        assertThat(scenario.exists(REJ)).isFalse();
    }

    @Test
    void takingAgentrysSideAndDeletingTheRejIsTreatedAsYourResolution() {
        scenario.write(REVIEWER, Hunks.apply(scenario.read(REVIEWER), scenario.read(REJ)));
        scenario.delete(REJ);
        assertThat(scenario.run("check").code()).isZero();
        assertThat(scenario.run("update").code()).isZero();
        assertThat(scenario.read(REVIEWER)).contains("- three, agentry's\n", "- nine, improved\n");
    }

    @Test
    void deletingTheFileRestoresAgentrysRenderAndDeletesItsRej() {
        scenario.delete(REVIEWER);
        Run check = scenario.run("check");
        assertThat(check.code()).isEqualTo(5);
        assertThat(check.out()).contains(REVIEWER);
        Run update = scenario.run("update");
        assertThat(update.code()).as(update.out()).isZero();
        assertThat(scenario.read(REVIEWER)).contains("- three, agentry's\n", "- nine, improved\n");
        assertThat(scenario.exists(REJ)).isFalse();
        assertThat(scenario.run("check").code()).isZero();
    }

    @Test
    void removeKeepsYourFileAndDeletesAgentrysRej() {
        Run remove = scenario.run("remove");
        assertThat(remove.code()).as(remove.out()).isZero();
        assertThat(scenario.read(REVIEWER)).contains("- three, as we do it\n");
        assertThat(scenario.exists(REJ)).isFalse();
        assertThat(scenario.exists(".agentry")).isFalse();
    }

    @Test
    void aRejYouEditedIsNotDeletedByAgentry() {
        scenario.write(REJ, scenario.read(REJ) + "# my notes on it\n");
        scenario.run("remove");
        assertThat(scenario.read(REJ)).endsWith("# my notes on it\n");
    }

    @Test
    void aConflictInsideTheClaudeMdBlockWritesClaudeMdRejAgainstTheWholeFile() {
        scenario.delete(REJ);
        String claude = scenario.read("CLAUDE.md");
        String line = claude.lines().filter(l -> l.contains("aws-deployment-engineer")).findFirst().orElseThrow();
        scenario.write("CLAUDE.md", "# Our notes\n\n" + claude.replace(line, line + " (ours)"));
        Run update = scenario.run("update", "--deployment", "kubernetes", "--conflict", "rej");
        assertThat(update.code()).as(update.out()).isEqualTo(3);
        String rej = scenario.read("CLAUDE.md.rej");
        assertThat(rej).startsWith("--- a/CLAUDE.md\n+++ b/CLAUDE.md\n@@ ").contains("-" + line + " (ours)\n");
        assertThat(scenario.read("CLAUDE.md")).startsWith("# Our notes\n").contains(line + " (ours)").doesNotContain("<<<<<<<");
        String applied = Hunks.apply(scenario.read("CLAUDE.md"), rej);
        assertThat(applied).startsWith("# Our notes\n").doesNotContain("(ours)", "aws-deployment-engineer");
        assertThat(scenario.run("check").out()).contains("CLAUDE.md.rej");
    }

    @Test
    void aRejFileOfTheUsersInTheWayIsRefusedNamingIt() {
        scenario.delete(REJ);
        assertThat(scenario.run("update").code()).isZero();
        scenario.write(REJ, "my own notes\n");
        scenario.reviewerTemplate(REVIEWER_V1.replace("- three\n", "- three, agentry's again\n"));
        Run update = scenario.run("update", "--conflict", "rej");
        assertThat(update.code()).isEqualTo(2);
        assertThat(update.err()).contains(REJ, "not written by agentry");
        assertThat(scenario.read(REJ)).isEqualTo("my own notes\n");
        Run forced = scenario.run("update", "--conflict", "rej", "--force");
        assertThat(forced.code()).as(forced.out() + forced.err()).isEqualTo(3);
        assertThat(scenario.read(REJ)).contains("+- three, agentry's again\n");
        assertThat(forced.out()).contains("backups of overwritten files");
    }

    @Test
    void droppingTheRoleKeepsYourFileWithItsOpenConflictWhichIsStillOpenWhenTheRoleComesBack() {
        Run drop = scenario.run("update", "--agents", "product-manager,backend-engineer,testing-specialist");
        assertThat(drop.code()).as(drop.out()).isZero();
        assertThat(drop.out()).contains("its conflict stays open", REJ).doesNotContain("delete      " + REJ);
        assertThat(scenario.read(REVIEWER)).contains("- three, as we do it\n");
        assertThat(scenario.exists(REJ)).isTrue();
        assertThat(scenario.run("check").code()).isZero();

        Run back = scenario.run("update", "--agents", "product-manager,backend-engineer,code-reviewer,testing-specialist");
        assertThat(back.code()).as(back.out()).isEqualTo(3);
        assertThat(back.out()).contains("back in the team", REJ).doesNotContain("keep-yours");
        Run check = scenario.run("check");
        assertThat(check.code()).as(check.out()).isEqualTo(5);
        assertThat(check.out()).contains(REJ).doesNotContain("In sync");
        assertThat(scenario.read(REVIEWER)).contains("- three, as we do it\n");

        // resolved as before: agentry's side taken, the .rej deleted
        scenario.write(REVIEWER, Hunks.apply(scenario.read(REVIEWER), scenario.read(REJ)));
        scenario.delete(REJ);
        assertThat(scenario.run("update").code()).isZero();
        assertThat(scenario.run("check").code()).isZero();
        assertThat(scenario.read(REVIEWER)).contains("- three, agentry's\n", "- nine, improved\n");
    }

    @Test
    void aRejYouEditedKeepsTheConflictOpenThroughADropAndAReturn() {
        scenario.write(REJ, scenario.read(REJ) + "# my notes on it\n");
        assertThat(scenario.run("update", "--agents", "product-manager,backend-engineer,testing-specialist").code()).isZero();
        assertThat(scenario.read(REJ)).endsWith("# my notes on it\n");
        Run back = scenario.run("update", "--agents", "product-manager,backend-engineer,code-reviewer,testing-specialist");
        assertThat(back.code()).as(back.out()).isEqualTo(3);
        assertThat(scenario.run("check").code()).isEqualTo(5);
    }

    @Test
    void theInlineStyleKeepsTheConflictOpenThroughTheSameDropAndReturn() {
        // the same sequence with markers, for comparison: the rej style must behave alike
        scenario.delete(REJ);
        scenario.run("update");
        scenario.edit(REVIEWER, "- three, as we do it\n", "- three, as we do it now\n");
        scenario.reviewerTemplate(REVIEWER_V1.replace("- three\n", "- three, agentry's second\n"));
        assertThat(scenario.run("update").code()).isEqualTo(3);
        assertThat(scenario.run("update", "--agents", "product-manager,backend-engineer,testing-specialist").code()).isZero();
        Run back = scenario.run("update", "--agents", "product-manager,backend-engineer,code-reviewer,testing-specialist");
        assertThat(back.code()).as(back.out()).isEqualTo(3);
        assertThat(scenario.run("check").code()).isEqualTo(5);
    }

    @Test
    void removeAfterADropLeavesTheReleasedFileAndItsRejAsYours() {
        scenario.run("update", "--agents", "product-manager,backend-engineer,testing-specialist");
        Run remove = scenario.run("remove");
        assertThat(remove.code()).as(remove.out()).isZero();
        assertThat(scenario.exists(REVIEWER)).isTrue();
        assertThat(scenario.exists(REJ)).isTrue();
    }

    @Test
    void aRejOfYoursInTheWayIsNotOfferedToAdoptAndAdoptSaysWhy() {
        scenario.delete(REJ);
        assertThat(scenario.run("update").code()).isZero();
        scenario.write(REJ, "my own notes\n");
        scenario.reviewerTemplate(REVIEWER_V1.replace("- three\n", "- three, agentry's again\n"));
        for (String[] args : new String[][] {{"update", "--conflict", "rej"}, {"update", "--conflict", "rej", "--adopt"}}) {
            Run update = scenario.run(args[0], java.util.Arrays.copyOfRange(args, 1, args.length));
            assertThat(update.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(update.err()).as(String.join(" ", args)).contains(REJ, "--force", "--conflict inline", "move it away")
                    .doesNotContain("Run again with --adopt");
        }
        assertThat(scenario.read(REJ)).isEqualTo("my own notes\n");
        Run inline = scenario.run("update");
        assertThat(inline.code()).as(inline.out() + inline.err()).isEqualTo(3);
        assertThat(scenario.read(REJ)).isEqualTo("my own notes\n");
    }

    @Test
    void theHintsCommandsApplyTheRejWithTheRealPatchAndGitForCrlfAndLfFiles() throws Exception {
        for (boolean crlf : new boolean[] {false, true}) {
            Path folder = target.resolve(crlf ? "crlf" : "lf");
            Scenario one = new Scenario(folder, target.resolve((crlf ? "crlf" : "lf") + "-layer"));
            assertThat(one.generate().code()).isZero();
            one.edit(REVIEWER, "- three\n", "- three, as we do it\n");
            if (crlf) {
                one.write(REVIEWER, one.read(REVIEWER).replace("\n", "\r\n"));
            }
            one.reviewerTemplate(REVIEWER_V1.replace("- three\n", "- three, agentry's\n"));
            Run run = one.run("update", "--conflict", "rej");
            assertThat(run.code()).as(run.out() + run.err()).isEqualTo(3);
            assertThat(run.out()).contains("'patch -p1 --binary < FILE.rej'", "'git apply FILE.rej'");
            assertThat(one.read(REJ).contains("\r\n")).as("the .rej takes its file's line endings").isEqualTo(crlf);

            String before = one.read(REVIEWER);
            String kind = crlf ? "CRLF" : "LF";
            Process patch = process(folder, "patch", "-p1", "--binary", "--dry-run", "-i", REJ);
            assertThat(patch.exitValue()).as("patch on a " + kind + " file: " + new String(patch.getInputStream().readAllBytes()))
                    .isZero();
            Process check = process(folder, "git", "apply", "--check", REJ);
            assertThat(check.exitValue()).as("git apply --check on a " + kind + " file: "
                    + new String(check.getInputStream().readAllBytes())).isZero();
            assertThat(process(folder, "patch", "-p1", "--binary", "-i", REJ).exitValue()).isZero();
            String eol = crlf ? "\r\n" : "\n";
            assertThat(one.read(REVIEWER)).isEqualTo(before.replace("- three, as we do it" + eol, "- three, agentry's" + eol));
        }
    }

    private static Process process(Path folder, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        return process;
    }
}
