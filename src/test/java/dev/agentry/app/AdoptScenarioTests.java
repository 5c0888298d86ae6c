package dev.agentry.app;

import java.nio.file.Path;

import dev.agentry.cli.CliHarness.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.agentry.app.Scenario.REVIEWER;
import static dev.agentry.app.Scenario.REVIEWER_V1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code --adopt}: a hand-written file at a path agentry would write is kept as the user's version, with agentry's
 * render recorded as its base, so that it counts as edited by the user and later updates merge into it.
 */
class AdoptScenarioTests {

    @TempDir
    Path target;

    @TempDir
    Path scaffolds;

    private Scenario scenario;

    /** A hand-written reviewer that shares agentry's checklist lines, as an agent adapted from agentry's would. */
    private static final String OURS = """
            ---
            name: code-reviewer
            description: "Our reviewer"
            ---

            # Role
            Our own reviewer, written by hand.

            # Checklist
            - one
            - two
            - three
            - four
            - five
            - six
            - seven
            - eight
            - nine
            """;

    @BeforeEach
    void aHandWrittenAgent() {
        scenario = new Scenario(target, scaffolds);
        scenario.write(REVIEWER, OURS);
    }

    @Test
    void withoutAdoptTheFileIsRefusedAndTheMessageOffersAdopt() {
        Run run = scenario.generate();
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(REVIEWER, "--adopt", "--force");
        assertThat(scenario.read(REVIEWER)).isEqualTo(OURS);
    }

    @Test
    void adoptKeepsTheFileAndLaterUpdatesMergeIntoIt() {
        Run adopt = scenario.generate("--adopt");
        assertThat(adopt.code()).as(adopt.out() + adopt.err()).isZero();
        assertThat(adopt.out()).contains("adopt", REVIEWER);
        assertThat(scenario.read(REVIEWER)).isEqualTo(OURS);
        assertThat(scenario.exists(".agentry/backup")).isFalse();

        Run check = scenario.run("check");
        assertThat(check.code()).as(check.out()).isZero();
        assertThat(check.out()).contains("keep-yours", REVIEWER);

        scenario.reviewerTemplate(REVIEWER_V1.replace("- eight\n", "- eight, improved\n"));
        Run update = scenario.run("update");
        assertThat(update.code()).as(update.out()).isZero();
        assertThat(scenario.read(REVIEWER)).contains("Our own reviewer, written by hand.", "- eight, improved\n")
                .doesNotContain("Reviewer v1");
    }

    @Test
    void anAdoptedFileThatDroppedAgentrysLinesConflictsWhereAgentryChangesThem() {
        assertThat(scenario.generate("--adopt").code()).isZero();
        // the hand-written reviewer has no collaboration section; a new teammate changes agentry's
        Run update = scenario.run("update", "--agents", "product-manager,backend-engineer,code-reviewer,ui-ux-designer");
        assertThat(update.code()).isEqualTo(3);
        assertThat(scenario.read(REVIEWER)).startsWith(OURS).contains("<<<<<<< yours\n=======\n", "ui-ux-designer",
                ">>>>>>> agentry\n");
    }

    @Test
    void agentFilesOfOtherNamesAreLeftAloneAndListed() {
        scenario.write(".claude/agents/our-release-manager.md", "---\nname: our-release-manager\n---\n\nOurs.\n");
        Run adopt = scenario.generate("--adopt");
        assertThat(adopt.code()).as(adopt.out() + adopt.err()).isZero();
        assertThat(adopt.out()).contains("left alone", ".claude/agents/our-release-manager.md");
        assertThat(scenario.read(".claude/agents/our-release-manager.md")).endsWith("Ours.\n");
        assertThat(scenario.read(".agentry/state.json")).doesNotContain("our-release-manager");
    }

    @Test
    void aCallerThatCanAskLearnsWhichFilesAreInTheWayAndRunsAgainWithTheChosenPolicy() {
        // what the init wizard does: preview, offer "keep yours / back up and overwrite / cancel", then write
        Generate generate = new Generate(new Scaffolds(), dev.agentry.apply.FileSystem.REAL);
        Request preview = Request.to(target).flags(java.util.Map.of("project-type", "backend-api", "deployment", "aws",
                "stack", "go")).dryRun().build();
        assertThatThrownBy(() -> generate.run(preview, Generate.Mode.GENERATE)).isInstanceOfSatisfying(ForeignFilesException.class,
                e -> assertThat(e.paths()).containsExactly(REVIEWER));
        Outcome kept = generate.run(Request.to(target).flags(preview.flags())
                .foreignFiles(dev.agentry.plan.ForeignFiles.ADOPT).build(), Generate.Mode.GENERATE);
        assertThat(kept.exitCode()).isEqualTo(dev.agentry.support.ExitCode.OK);
        assertThat(kept.plan().with(dev.agentry.plan.Action.ADOPT)).extracting(dev.agentry.plan.FileAction::path)
                .containsExactly(REVIEWER);
        assertThat(scenario.read(REVIEWER)).isEqualTo(OURS);
    }

    @Test
    void anAdoptedFileIsKeptByRemove() {
        assertThat(scenario.generate("--adopt").code()).isZero();
        assertThat(scenario.run("remove").code()).isZero();
        assertThat(scenario.read(REVIEWER)).isEqualTo(OURS);
    }

    @Test
    void adoptWithForceIsAUsageError() {
        Run run = scenario.generate("--adopt", "--force");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--adopt", "--force");
        assertThat(scenario.exists(".agentry")).isFalse();
    }

    @Test
    void adoptIsAnOptionOfUpdateAndInit() {
        scenario.delete(REVIEWER);
        assertThat(scenario.generate().code()).isZero();
        scenario.write(".claude/agents/ui-ux-designer.md", "---\nname: ui-ux-designer\n---\n\nOur designer.\n");
        Run refused = scenario.run("update", "--agents", "product-manager,backend-engineer,code-reviewer,ui-ux-designer");
        assertThat(refused.code()).isEqualTo(2);
        Run update = scenario.run("update", "--agents", "product-manager,backend-engineer,code-reviewer,ui-ux-designer",
                "--adopt");
        assertThat(update.code()).as(update.out() + update.err()).isZero();
        assertThat(scenario.read(".claude/agents/ui-ux-designer.md")).contains("Our designer.");
        assertThat(dev.agentry.cli.CliHarness.run("help", "init").out()).contains("--adopt");
    }

    @Test
    void anUntrackedTeamBlockIsAdoptedAsYours() {
        scenario.delete(REVIEWER);
        assertThat(scenario.generate().code()).isZero();
        String claude = scenario.read("CLAUDE.md");
        // the state is lost (deleted, say): the block in CLAUDE.md is no longer known as agentry's
        scenario.delete(".agentry/state.json");
        String edited = claude.replace("<!-- END agentry team -->", "Our line at the end of the block.\n<!-- END agentry team -->");
        scenario.write("CLAUDE.md", edited);
        Run adopt = scenario.run("update", "--adopt");
        assertThat(adopt.code()).as(adopt.out() + adopt.err()).isZero();
        assertThat(scenario.read("CLAUDE.md")).isEqualTo(edited);
        assertThat(scenario.exists(".agentry/backup")).isFalse();
        Run update = scenario.run("update", "--deployment", "kubernetes");
        assertThat(update.code()).as(update.out()).isZero();
        assertThat(scenario.read("CLAUDE.md")).contains("Our line at the end of the block.", "kubernetes-deployment-engineer");
    }
}
