package dev.agentry.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The headline and the summary line say what happened: written, or nothing changed (and then no restart hint). */
class ReportTests {

    @TempDir
    Path target;

    private CliHarness.Run generate(String... extra) {
        String[] base = {"generate", "--target", target.toString(), "--project-type", "backend-api", "--deployment", "aws",
                "--stack", "go"};
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(extra))
                .toArray(String[]::new);
        return CliHarness.run(args);
    }

    @Test
    void anUpdateThatRewritesOnlyTheAnswersSaysNoTeamFileChangedAndGivesNoRestartHint() {
        assertThat(generate().code()).isZero();
        CliHarness.Run run = CliHarness.run("update", "--target", target.toString(), "--set", "claude-md=true");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("Up to date: ").doesNotContain("Updated", "Restart")
                .contains("No team file changed (6 unchanged); .agentry/answers.yml was rewritten.");
    }

    @Test
    void aRunThatWritesTheTeamSaysSoAndTellsToRestartClaudeCode() {
        CliHarness.Run run = generate();
        assertThat(run.out()).startsWith("Generated ").contains("6 created. Restart Claude Code (or run /agents) to load"
                + " the team.");
        CliHarness.Run update = CliHarness.run("update", "--target", target.toString(), "--deployment", "gcp");
        assertThat(update.out()).startsWith("Updated ").contains("Restart Claude Code");
    }

    @Test
    void theRestartHintNamesOnlyTheTeamsTools() {
        CliHarness.Run run = generate("--targets", "gemini");
        assertThat(run.code()).isZero();
        assertThat(run.out()).doesNotContain("Claude Code").contains("Restart Gemini CLI and accept the new or changed agents it lists");
    }

    @Test
    void theClosingLineSaysWhatEachChosenToolNeedsToLoadTheTeam() {
        CliHarness.Run run = generate("--targets", "claude,agents-md,gemini,codex,copilot");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Restart Claude Code (or run /agents) to load the team.",
                "Restart Gemini CLI and accept the new or changed agents it lists",
                "Codex loads .codex/agents/ only in a project you trusted: trust this one if you have not",
                "Start a new Copilot session to load the team.").doesNotContain("AGENTS.md to load");
    }

    @Test
    void theClosingLineSaysWhatEachNewToolNeedsToLoadTheTeam() {
        CliHarness.Run run = generate("--targets", "qwen,kilo,droid,cursor,kiro,roo,augment");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Start a new Qwen Code session to load the team",
                "Restart Kilo Code to load the team", "Start a new Droid session to load the team",
                "Start a new Cursor chat to load the team.", "in Kiro CLI start a new chat and pick it with /agent swap",
                "Roo Code reloads .roomodes by itself", "Restart Auggie").doesNotContain("Restart your agent tools");
    }

    @Test
    void anUnchangedRunSaysNothingChanged() {
        assertThat(generate().code()).isZero();
        CliHarness.Run run = CliHarness.run("update", "--target", target.toString());
        assertThat(run.out()).startsWith("Unchanged: ").contains("Nothing changed: the team is up to date (6 unchanged).")
                .doesNotContain("Restart");
    }
}
