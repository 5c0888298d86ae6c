package dev.agentry.app;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.agentry.Trees;
import dev.agentry.cli.CliHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code agentry export plugin} as a user runs it. */
class ExportPluginTests {

    @TempDir
    Path work;

    private Path repo() {
        return work.resolve("repo");
    }

    private Path out() {
        return work.resolve("plugin");
    }

    private CliHarness.Run generate(String... extra) {
        String[] base = {"generate", "--target", repo().toString(), "--project-type", "backend-api", "--deployment", "fly-io",
                "--stack", "go", "--project-name", "Shop API"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliHarness.run(args);
    }

    private CliHarness.Run export(String... extra) {
        String[] base = {"export", "plugin", "--target", repo().toString(), "--out", out().toString()};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliHarness.run(args);
    }

    @Test
    void theTeamsAgentsAndSkillsBecomeAPluginWithTheUsersEditsIncluded() throws Exception {
        generate();
        Path reviewer = repo().resolve(".claude/agents/code-reviewer.md");
        Files.writeString(reviewer, Files.readString(reviewer) + "\nOur own rule.\n");
        CliHarness.Run run = export("--marketplace");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Exported shop-api 2026.12.1 to ");
        assertThat(Trees.snapshot(out()).keySet()).containsExactlyInAnyOrder(".claude-plugin/plugin.json",
                ".claude-plugin/marketplace.json", ExportPlugin.RECORD, "agents/product-manager.md",
                "agents/backend-engineer.md", "agents/code-reviewer.md", "agents/testing-specialist.md",
                "agents/flyio-deployment-engineer.md", "skills/feature/SKILL.md", "skills/review/SKILL.md",
                "skills/release/SKILL.md");
        assertThat(Files.readString(out().resolve("agents/code-reviewer.md"))).endsWith("\nOur own rule.\n");
        assertThat(Files.readString(out().resolve(".claude-plugin/plugin.json"))).contains("\"name\": \"shop-api\"",
                "\"version\": \"2026.12.1\"", "\"author\": {", "\"description\": \"Backend API team of Shop API");
        assertThat(Files.readString(out().resolve(".claude-plugin/marketplace.json"))).contains("\"source\": \"./\"",
                "\"owner\": {");
    }

    @Test
    void exportingAgainUpdatesTheExportAndDropsWhatLeftTheTeam() throws Exception {
        generate();
        assertThat(export().code()).isZero();
        CliHarness.Run update = CliHarness.run("update", "--target", repo().toString(), "--agents", "backend-engineer");
        assertThat(update.code()).as(update.err()).isZero();
        CliHarness.Run again = export();
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).startsWith("Updated the export of shop-api").contains("deleted agents/code-reviewer.md");
        assertThat(Trees.snapshot(out()).keySet()).doesNotContain("agents/code-reviewer.md", "skills/review/SKILL.md")
                .contains("agents/backend-engineer.md", "skills/feature/SKILL.md");
    }

    @Test
    void aFolderThatIsNotAnEarlierExportIsRefusedUnlessForced() throws Exception {
        generate();
        Files.createDirectories(out());
        Files.writeString(out().resolve("notes.txt"), "mine\n");
        CliHarness.Run refused = export();
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("is not an earlier agentry export", "notes.txt", "--force");
        assertThat(Trees.snapshot(out()).keySet()).containsExactly("notes.txt");
        CliHarness.Run forced = export("--force");
        assertThat(forced.code()).isZero();
        assertThat(Files.readString(out().resolve("notes.txt"))).isEqualTo("mine\n");
        assertThat(out().resolve(".claude-plugin/plugin.json")).exists();
    }

    @Test
    void aTargetWithoutATeamAndAFileWithConflictMarkersAreRefused() throws Exception {
        Files.createDirectories(repo());
        CliHarness.Run none = export();
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("No agentry team");
        generate();
        Path reviewer = repo().resolve(".claude/agents/code-reviewer.md");
        Files.writeString(reviewer, Files.readString(reviewer) + "<<<<<<< yours\nx\n=======\ny\n>>>>>>> agentry\n");
        CliHarness.Run conflicts = export();
        assertThat(conflicts.code()).isEqualTo(3);
        assertThat(conflicts.err()).contains(".claude/agents/code-reviewer.md still holds conflict markers");
        assertThat(out()).doesNotExist();
    }

    @Test
    void aTeamWrittenForAnotherToolIsExportedAsAgentryRendersIt() {
        generate("--targets", "copilot");
        CliHarness.Run run = export("--json");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("\"command\": \"export\"", "\"agents\": [", "\"flyio-deployment-engineer\"",
                "\"skills\": [");
        assertThat(out().resolve("agents/backend-engineer.md")).exists();
    }

    @Test
    void badUsageIsExitTwo() {
        assertThat(CliHarness.run("export", "--out", out().toString()).err()).contains("What to export is missing");
        assertThat(CliHarness.run("export", "plugins", "--out", out().toString()).err()).contains("Unknown export 'plugins'",
                "Did you mean 'plugin'");
        CliHarness.Run noOut = CliHarness.run("export", "plugin", "--target", repo().toString());
        assertThat(noOut.code()).isEqualTo(2);
        assertThat(noOut.err()).contains("--out DIR is required");
    }

    @Test
    void aRunOfTheTargetsThatStoppedHalfwayIsFinishedBeforeTheTeamIsExported() throws Exception {
        generate();
        // what a run killed after its commit point leaves: a journal and the staged text it had still to move into place
        Path reviewer = repo().resolve(".claude/agents/code-reviewer.md");
        String whole = Files.readString(reviewer) + "\nThe interrupted run's line.\n";
        Path txn = Files.createDirectories(repo().resolve(".agentry/txn/files"));
        Files.writeString(txn.resolve("0"), whole);
        Files.writeString(txn.resolveSibling("journal.json"),
                "{\"ops\": [{\"kind\": \"write\", \"path\": \".claude/agents/code-reviewer.md\", \"staged\": \"0\"}]}");
        CliHarness.Run run = export();
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("note: an earlier run had stopped halfway through writing: it was finished first"
                + " (it changed .claude/agents/code-reviewer.md)");
        assertThat(repo().resolve(".agentry/txn")).doesNotExist();
        assertThat(Files.readString(out().resolve("agents/code-reviewer.md"))).endsWith("\nThe interrupted run's line.\n");
        assertThat(export("--json").out()).contains("\"notes\": []");
    }
}
