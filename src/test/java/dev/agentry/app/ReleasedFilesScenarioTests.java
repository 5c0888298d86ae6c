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
 * A role, a target or a block dropped while the user had edited its file, and added back later: agentry remembers the
 * text it last wrote there, and merges three-way with it as the base when the file comes back into the team.
 */
class ReleasedFilesScenarioTests {

    @TempDir
    Path target;

    @TempDir
    Path scaffolds;

    private Scenario scenario;

    private static final String WITHOUT_REVIEWER = "product-manager,backend-engineer,testing-specialist";
    private static final String WITH_REVIEWER = "product-manager,backend-engineer,code-reviewer,testing-specialist";

    @BeforeEach
    void team() {
        scenario = new Scenario(target, scaffolds);
        assertThat(scenario.generate().code()).isZero();
    }

    private void ok(Run run) {
        assertThat(run.code()).as(run.out() + run.err()).isZero();
    }

    /** The user's own line as the first line inside the team block. */
    private void insideTheBlock(String path) {
        String text = scenario.read(path);
        int begin = text.indexOf("<!-- BEGIN agentry team:");
        int lineEnd = text.indexOf('\n', begin) + 1;
        scenario.write(path, text.substring(0, lineEnd) + "Our line inside the block.\n" + text.substring(lineEnd));
    }

    @Test
    void anEditedRoleDroppedAndAddedBackIsMergedNotRefused() {
        scenario.edit(REVIEWER, "- two\n", "- two, the way we do it\n");
        Run drop = scenario.run("update", "--agents", WITHOUT_REVIEWER);
        ok(drop);
        assertThat(drop.out()).contains("keep-orphan", REVIEWER);
        assertThat(scenario.read(REVIEWER)).contains("- two, the way we do it\n");

        scenario.reviewerTemplate(REVIEWER_V1.replace("- eight\n", "- eight, improved\n"));
        Run back = scenario.run("update", "--agents", WITH_REVIEWER);
        ok(back);
        assertThat(back.out()).contains("merge", REVIEWER).doesNotContain("not written by agentry");
        assertThat(scenario.read(REVIEWER)).contains("- two, the way we do it\n", "- eight, improved\n");
        assertThat(scenario.run("check").code()).isZero();
    }

    @Test
    void aRoleAddedBackWithNothingNewKeepsYourFile() {
        scenario.edit(REVIEWER, "- two\n", "- two, ours\n");
        ok(scenario.run("update", "--agents", WITHOUT_REVIEWER));
        ok(scenario.run("update", "--agents", WITH_REVIEWER));
        assertThat(scenario.read(REVIEWER)).contains("- two, ours\n");
        // tracked again: a later template change merges into it
        scenario.reviewerTemplate(REVIEWER_V1.replace("- eight\n", "- eight, improved\n"));
        ok(scenario.run("update"));
        assertThat(scenario.read(REVIEWER)).contains("- two, ours\n", "- eight, improved\n");
    }

    @Test
    void aReleasedFileYouDeletedIsForgottenAndComesBackAsNew() {
        scenario.edit(REVIEWER, "- two\n", "- two, ours\n");
        ok(scenario.run("update", "--agents", WITHOUT_REVIEWER));
        scenario.delete(REVIEWER);
        ok(scenario.run("update"));
        assertThat(scenario.read(".agentry/state.json")).doesNotContain("code-reviewer.md");
        Run back = scenario.run("update", "--agents", WITH_REVIEWER);
        ok(back);
        assertThat(back.out()).contains("create", REVIEWER);
        assertThat(scenario.read(REVIEWER)).contains("- two\n");
    }

    @Test
    void anOverlapWhenTheRoleComesBackIsAConflictThatKeepsBothSides() {
        scenario.edit(REVIEWER, "- two\n", "- two, ours\n");
        ok(scenario.run("update", "--agents", WITHOUT_REVIEWER));
        scenario.reviewerTemplate(REVIEWER_V1.replace("- two\n", "- two, agentry's\n"));
        Run back = scenario.run("update", "--agents", WITH_REVIEWER);
        assertThat(back.code()).as(back.out()).isEqualTo(3);
        assertThat(scenario.read(REVIEWER)).contains("<<<<<<< yours\n- two, ours\n=======\n- two, agentry's\n>>>>>>> agentry\n");
    }

    @Test
    void anEditedTargetDroppedAndChosenAgainIsMerged() {
        String copilot = ".github/agents/code-reviewer.agent.md";
        ok(scenario.run("update", "--targets", "claude,copilot"));
        scenario.edit(copilot, "- two\n", "- two, for Copilot\n");
        ok(scenario.run("update", "--targets", "claude"));
        assertThat(scenario.read(copilot)).contains("- two, for Copilot\n");
        Run back = scenario.run("update", "--targets", "claude,copilot");
        ok(back);
        assertThat(scenario.read(copilot)).contains("- two, for Copilot\n");
        assertThat(scenario.run("check").code()).isZero();
    }

    @Test
    void anEditedAgentsMdBlockDroppedAndChosenAgainIsMerged() {
        ok(scenario.run("update", "--targets", "claude,agents-md"));
        insideTheBlock("AGENTS.md");
        ok(scenario.run("update", "--targets", "claude"));
        assertThat(scenario.read("AGENTS.md")).contains("Our line inside the block.");
        Run back = scenario.run("update", "--targets", "claude,agents-md", "--deployment", "kubernetes");
        ok(back);
        assertThat(back.out()).doesNotContain("backup");
        assertThat(scenario.read("AGENTS.md")).contains("Our line inside the block.", "kubernetes-deployment-engineer")
                .doesNotContain("aws-deployment-engineer");
        assertThat(scenario.exists(".agentry/backup")).isFalse();
    }

    @Test
    void anEditedClaudeMdBlockTurnedOffAndOnAgainIsMerged() {
        insideTheBlock("CLAUDE.md");
        ok(scenario.run("update", "--set", "claude-md=false"));
        assertThat(scenario.read("CLAUDE.md")).contains("Our line inside the block.");
        ok(scenario.run("update", "--set", "claude-md=true", "--deployment", "kubernetes"));
        assertThat(scenario.read("CLAUDE.md")).contains("Our line inside the block.", "kubernetes-deployment-engineer")
                .doesNotContain("aws-deployment-engineer");
        assertThat(scenario.exists(".agentry/backup")).isFalse();
    }

    @Test
    void aRoleWithUnresolvedMarkersDroppedIsKeptWithItsMarkersNoted() {
        scenario.edit(REVIEWER, "- two\n", "- two, ours\n");
        scenario.reviewerTemplate(REVIEWER_V1.replace("- two\n", "- two, agentry's\n"));
        assertThat(scenario.run("update").code()).isEqualTo(3);
        Run drop = scenario.run("update", "--agents", WITHOUT_REVIEWER);
        ok(drop);
        assertThat(drop.out()).contains(REVIEWER, "conflict markers");
        assertThat(scenario.read(REVIEWER)).contains("<<<<<<< yours");
    }

    @Test
    void removeKeepsAReleasedFile() {
        scenario.edit(REVIEWER, "- two\n", "- two, ours\n");
        ok(scenario.run("update", "--agents", WITHOUT_REVIEWER));
        ok(scenario.run("remove"));
        assertThat(scenario.read(REVIEWER)).contains("- two, ours\n");
        assertThat(scenario.exists(".agentry")).isFalse();
    }
}
