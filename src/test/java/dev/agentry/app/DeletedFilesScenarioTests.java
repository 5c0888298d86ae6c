package dev.agentry.app;

import java.nio.file.Path;

import dev.agentry.cli.CliHarness.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.agentry.app.Scenario.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A managed file or block the user deleted: the team stays coherent. check reports it, update restores it, and the
 * message says which answer drops it for good.
 */
class DeletedFilesScenarioTests {

    @TempDir
    Path target;

    @TempDir
    Path scaffolds;

    private Scenario scenario;

    @BeforeEach
    void team() {
        scenario = new Scenario(target, scaffolds);
        assertThat(scenario.generate().code()).isZero();
    }

    @Test
    void checkNamesADeletedAgentFileAndHowToDropTheRole() {
        scenario.delete(REVIEWER);
        Run check = scenario.run("check");
        assertThat(check.code()).isEqualTo(5);
        assertThat(check.out()).contains(REVIEWER, "code-reviewer", "--agents", "agents:").doesNotContain("In sync");
    }

    @Test
    void updateRestoresADeletedAgentFileAndSaysSo() {
        String before = scenario.read(REVIEWER);
        scenario.delete(REVIEWER);
        Run update = scenario.run("update");
        assertThat(update.code()).as(update.out()).isZero();
        assertThat(update.out()).contains("restore", REVIEWER, "--agents");
        assertThat(scenario.read(REVIEWER)).isEqualTo(before);
        assertThat(scenario.run("check").code()).isZero();
    }

    @Test
    void droppingTheRoleOfADeletedFileForgetsIt() {
        scenario.delete(REVIEWER);
        Run drop = scenario.run("update", "--agents", "product-manager,backend-engineer,testing-specialist");
        assertThat(drop.code()).as(drop.out()).isZero();
        assertThat(scenario.exists(REVIEWER)).isFalse();
        assertThat(scenario.read(".agentry/state.json")).doesNotContain("code-reviewer.md");
        assertThat(scenario.run("check").code()).isZero();
    }

    @Test
    void theDeploymentAgentsMessageNamesTheDeployment() {
        scenario.delete(".claude/agents/aws-deployment-engineer.md");
        Run check = scenario.run("check");
        assertThat(check.code()).isEqualTo(5);
        assertThat(check.out()).contains("aws-deployment-engineer.md", "--deployment");
    }

    @Test
    void aDeletedClaudeMdBlockIsAddedBackAndTheMessageNamesTheSetting() {
        scenario.write("CLAUDE.md", "# Our notes\n");
        Run check = scenario.run("check");
        assertThat(check.code()).isEqualTo(5);
        assertThat(check.out()).contains("CLAUDE.md", "--set claude-md=false");
        Run update = scenario.run("update");
        assertThat(update.code()).as(update.out()).isZero();
        assertThat(update.out()).contains("--set claude-md=false");
        assertThat(scenario.read("CLAUDE.md")).startsWith("# Our notes\n\n<!-- BEGIN agentry team:").contains("code-reviewer");
        assertThat(scenario.run("check").code()).isZero();

        assertThat(scenario.run("update", "--set", "claude-md=false").code()).isZero();
        assertThat(scenario.read("CLAUDE.md")).isEqualTo("# Our notes\n");
    }

    @Test
    void aDeletedClaudeMdIsCreatedAgain() {
        scenario.delete("CLAUDE.md");
        assertThat(scenario.run("check").code()).isEqualTo(5);
        assertThat(scenario.run("update").code()).isZero();
        assertThat(scenario.read("CLAUDE.md")).startsWith("<!-- BEGIN agentry team:");
    }

    @Test
    void aDeletedAgentsMdBlockIsAddedBackAndTheMessageNamesTheTarget() {
        assertThat(scenario.run("update", "--targets", "claude,agents-md").code()).isZero();
        scenario.write("AGENTS.md", "# Conventions\n");
        Run check = scenario.run("check");
        assertThat(check.code()).isEqualTo(5);
        assertThat(check.out()).contains("AGENTS.md", "agents-md", "--targets");
        assertThat(scenario.run("update").code()).isZero();
        assertThat(scenario.read("AGENTS.md")).startsWith("# Conventions\n\n<!-- BEGIN agentry team:");
    }

    @Test
    void aStateWithRemovedByYouEntriesFromTheEarlierFormatStillLoadsAndTheFileIsRestored() {
        // what agentry 0.1.0 wrote after "deleted by you; not recreated": format 1, every entry with removedByYou
        String old = scenario.read(".agentry/state.json").replaceFirst("\"format\": \\d+", "\"format\": 1")
                .replaceAll(",\\s*\"rejSha256\": null", "").replaceAll(",\\s*\"released\": \\[\\s*]", "");
        if (!old.contains("removedByYou")) {
            old = old.replaceAll("(\"createdFile\": (true|false),)", "$1\n      \"removedByYou\": false,");
        }
        int at = old.indexOf("\"path\": \"" + REVIEWER + "\"");
        int flag = old.indexOf("\"removedByYou\": false", at);
        old = old.substring(0, flag) + "\"removedByYou\": true" + old.substring(flag + "\"removedByYou\": false".length());
        scenario.write(".agentry/state.json", old);
        scenario.delete(REVIEWER);

        Run check = scenario.run("check");
        assertThat(check.code()).as(check.out() + check.err()).isEqualTo(5);
        assertThat(check.out()).contains(REVIEWER);
        Run update = scenario.run("update");
        assertThat(update.code()).as(update.out() + update.err()).isZero();
        assertThat(scenario.exists(REVIEWER)).isTrue();
        assertThat(scenario.run("check").code()).isZero();
        assertThat(scenario.read(".agentry/state.json")).doesNotContain("removedByYou");
    }
}
