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
                .contains("No team file changed (10 unchanged); .agentry/answers.yml was rewritten.");
    }

    @Test
    void aRunThatWritesTheTeamSaysSoAndTellsToRestartClaudeCode() {
        CliHarness.Run run = generate();
        assertThat(run.out()).startsWith("Generated ").contains("10 created. Restart Claude Code (or run /agents) to load"
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
        assertThat(run.out()).startsWith("Unchanged: ").contains("Nothing changed: the team is up to date (10 unchanged).")
                .doesNotContain("Restart");
    }

    /** Trial item 18: the closing line names only the tools whose files the run changed. */
    @Test
    void theClosingLineNamesOnlyTheToolsWhoseFilesChanged() {
        assertThat(generate().code()).isZero();
        CliHarness.Run added = CliHarness.run("update", "--target", target.toString(), "--targets", "claude,agents-md");
        assertThat(added.code()).isZero();
        assertThat(added.out()).contains("1 created, 10 unchanged.").doesNotContain("Restart");
        CliHarness.Run dropped = CliHarness.run("update", "--target", target.toString(), "--targets", "claude");
        assertThat(dropped.code()).isZero();
        assertThat(dropped.out()).doesNotContain("Restart");
        CliHarness.Run copilot = CliHarness.run("update", "--target", target.toString(), "--targets", "claude,copilot");
        assertThat(copilot.out()).contains("Start a new Copilot session to load the team.").doesNotContain("Claude Code");
        CliHarness.Run both = CliHarness.run("update", "--target", target.toString(), "--deployment", "gcp");
        assertThat(both.out()).contains("Restart Claude Code (or run /agents) to load the team.",
                "Start a new Copilot session to load the team.");
    }

    @Test
    void theClosingLineNamesTheNewToolsWhoseFilesChanged() {
        assertThat(generate("--targets", "claude").code()).isZero();
        CliHarness.Run added = CliHarness.run("update", "--target", target.toString(), "--targets", "claude,roo,droid");
        assertThat(added.out()).contains("Roo Code reloads .roomodes by itself", "Start a new Droid session to load the team")
                .doesNotContain("Claude Code", "Restart your agent tools");
    }

    /** Every format tells its own files from the others' (the closing line depends on it). */
    @Test
    void eachFormatOwnsTheFilesItWritesAndNoOther() {
        assertThat(generate("--targets", String.join(",", dev.agentry.format.Formats.ids())).code()).isZero();
        java.util.Map<String, String> files = dev.agentry.Trees.content(target);
        for (String path : files.keySet()) {
            if (path.startsWith(".agentry/")) {
                continue;
            }
            assertThat(dev.agentry.format.Formats.all().stream().filter(f -> f.owns(path)).count()).as(path).isEqualTo(1);
        }
    }

    /** Trial item 20: a dry run speaks of what it would do, in the future, for every command. */
    @Test
    void dryRunsSayWhatWouldHappen() {
        CliHarness.Run first = generate("--dry-run");
        assertThat(first.out()).startsWith("Plan for").contains("Dry run: nothing written (10 to create).")
                .doesNotContain("created", "was written");
        assertThat(generate().code()).isZero();
        CliHarness.Run update = CliHarness.run("update", "--target", target.toString(), "--deployment", "gcp", "--dry-run");
        assertThat(update.out().strip().lines().reduce((a, b) -> b).orElseThrow())
                .matches("Dry run: nothing written \\(1 to create, \\d+ to update, (\\d+ unchanged, )?1 to delete\\)\\.");
        CliHarness.Run remove = CliHarness.run("remove", "--target", target.toString(), "--dry-run");
        assertThat(remove.out()).startsWith("Would remove").containsPattern("Dry run: nothing removed \\(\\d+ to delete[^)]*\\)\\.")
                .doesNotContain("deleted.", "was removed");
    }

    /** Trial item 20: generate over a team it finds behaves as update, and its headline says so. */
    @Test
    void generateOverATeamIsHeadedAsTheUpdateItIs() {
        assertThat(generate().out()).startsWith("Generated ");
        CliHarness.Run again = generate("--targets", "claude,agents-md");
        assertThat(again.code()).isZero();
        assertThat(again.out()).startsWith("Updated ");
    }

    /** Trial item 20: the action column is as wide as the longest action label, so every path starts in one column. */
    @Test
    void everyPathStartsInTheSameColumn() throws Exception {
        java.nio.file.Path reviewer = target.resolve(".claude/agents/code-reviewer.md");
        java.nio.file.Files.createDirectories(reviewer.getParent());
        java.nio.file.Files.writeString(reviewer, "---\nname: code-reviewer\ndescription: \"Ours.\"\n---\n\nOurs.\n");
        CliHarness.Run run = generate("--adopt");
        assertThat(run.code()).isZero();
        java.util.List<String> lines = run.out().lines().filter(l -> l.contains(".claude/agents/")).toList();
        assertThat(lines).anyMatch(l -> l.startsWith("  adopt ")).anyMatch(l -> l.startsWith("  create "));
        int longest = java.util.Arrays.stream(dev.agentry.plan.Action.values()).mapToInt(a -> a.label().length()).max().orElseThrow();
        assertThat(lines).allMatch(l -> l.indexOf(".claude/") == 2 + longest + 2, "path in column " + (longest + 4));
    }
}
