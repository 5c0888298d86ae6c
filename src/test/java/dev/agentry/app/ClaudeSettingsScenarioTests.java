package dev.agentry.app;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.agentry.Trees;
import dev.agentry.cli.CliHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** .claude/settings.json through the commands: generate, check, update, remove, and bad input. */
class ClaudeSettingsScenarioTests {

    private static final String SETTINGS = ".claude/settings.json";
    private static final String MINE = "{\n    \"model\": \"opus\",\n    \"permissions\": {\n        \"allow\": [\"Bash(git log:*)\"]\n    }\n}\n";

    @TempDir
    Path target;

    private CliHarness.Run run(String command, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = command;
        all[1] = "--target";
        all[2] = target.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return CliHarness.run(all);
    }

    private CliHarness.Run generate(String... extra) {
        String[] args = new String[extra.length + 6];
        System.arraycopy(new String[] {"--project-type", "backend-api", "--deployment", "fly-io", "--stack", "go"}, 0, args, 0, 6);
        System.arraycopy(extra, 0, args, 6, extra.length);
        return run("generate", args);
    }

    private String settings() throws Exception {
        return Files.readString(target.resolve(SETTINGS));
    }

    private void write(String text) throws Exception {
        Files.createDirectories(target.resolve(".claude"));
        Files.writeString(target.resolve(SETTINGS), text);
    }

    @Test
    void aNewTeamGetsTheStacksChecksTheDeploymentsAsksAndTheSecretDenies() throws Exception {
        assertThat(generate().code()).isZero();
        assertThat(settings()).contains("\"Bash(go test -race ./...:*)\"", "\"Bash(golangci-lint run:*)\"",
                "\"Bash(fly deploy:*)\"", "\"Read(./.env)\"").doesNotContain("terraform", "env\"");
        assertThat(run("check").code()).isZero();
    }

    @Test
    void theUsersFileIsMergedAndARuleTheyDeletedStaysDeletedThroughUpdateAndCheck() throws Exception {
        write(MINE);
        CliHarness.Run generated = generate();
        assertThat(generated.out()).contains("merge", SETTINGS);
        assertThat(settings()).startsWith("{\n    \"model\": \"opus\",\n    \"permissions\": {\n        \"allow\": [\"Bash(git log:*)\",");
        Files.writeString(target.resolve(SETTINGS), settings().replace("            \"Bash(fly deploy:*)\",\n", ""));
        String edited = settings();
        assertThat(run("check").code()).isZero();
        assertThat(run("update").code()).isZero();
        assertThat(settings()).isEqualTo(edited);
        // a new deployment moves agentry's ask rules, and the user's rules stay
        assertThat(run("update", "--deployment", "aws").code()).isZero();
        assertThat(settings()).contains("Bash(terraform apply:*)", "Bash(git log:*)", "\"model\": \"opus\"")
                .doesNotContain("fly ");
        assertThat(run("remove").code()).isZero();
        assertThat(settings()).isEqualTo(MINE);
    }

    @Test
    void checkReportsDriftWhenAgentrysRulesAreMissingForANewAnswer() throws Exception {
        generate();
        Files.writeString(target.resolve(".agentry/answers.yml"), Files.readString(target.resolve(".agentry/answers.yml"))
                .replace("fly-io", "aws"));
        CliHarness.Run check = run("check");
        assertThat(check.code()).isEqualTo(5);
        assertThat(check.out()).contains(SETTINGS);
    }

    @Test
    void removeDeletesTheFileWhenItHeldOnlyAgentrysEntries() throws Exception {
        generate();
        run("remove");
        assertThat(Trees.snapshot(target)).doesNotContainKey(SETTINGS);
    }

    @Test
    void theSettingOffTakesAgentrysEntriesOutAndKeepsTheUsers() throws Exception {
        write(MINE);
        generate();
        assertThat(run("update", "--set", "claude-settings=false").code()).isZero();
        assertThat(settings()).isEqualTo(MINE);
        assertThat(run("update", "--set", "claude-settings=true").code()).isZero();
        assertThat(settings()).contains("Bash(fly deploy:*)");
    }

    @Test
    void invalidJsonIsExitTwoNamingTheFileLineAndColumnAndNothingIsWritten() throws Exception {
        write("{\n  \"model\": \"opus\",\n}\n");
        CliHarness.Run run = generate();
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(".claude/settings.json:3:1: invalid JSON");
        assertThat(Trees.snapshot(target)).containsOnlyKeys(SETTINGS);
    }

    @Test
    void commentsAndATopLevelThatIsNotAnObjectAreRefused() throws Exception {
        write("{\n  // ours\n  \"model\": \"opus\"\n}\n");
        CliHarness.Run comments = generate();
        assertThat(comments.code()).isEqualTo(2);
        assertThat(comments.err()).contains(".claude/settings.json:2:", "JSON comments are not allowed");
        write("[]\n");
        CliHarness.Run array = generate();
        assertThat(array.code()).isEqualTo(2);
        assertThat(array.err()).contains(".claude/settings.json:1:1: expected a JSON object at the top level");
        assertThat(Trees.snapshot(target)).containsOnlyKeys(SETTINGS);
    }

    @Test
    void aUsersAllowAgainstAgentrysDenyIsKeptAndReported() throws Exception {
        write("{\"permissions\": {\"allow\": [\"Read(./.env)\"]}}\n");
        CliHarness.Run run = generate();
        assertThat(run.out()).contains("your rule Read(./.env) in permissions.allow contradicts");
        assertThat(settings()).containsOnlyOnce("Read(./.env)");
    }

    @Test
    void agentTeamsAddTheFlagAndTheLeadsSectionAndLeaveWithThem() throws Exception {
        generate("--set", "agent-teams=true");
        assertThat(settings()).contains("\"CLAUDE_CODE_EXPERIMENTAL_AGENT_TEAMS\": \"1\"");
        assertThat(Files.readString(target.resolve("CLAUDE.md"))).contains("### Leading an agent team");
        run("update", "--set", "agent-teams=false");
        assertThat(settings()).doesNotContain("CLAUDE_CODE_EXPERIMENTAL_AGENT_TEAMS", "\"env\"");
        assertThat(Files.readString(target.resolve("CLAUDE.md"))).doesNotContain("Leading an agent team");
    }

    @Test
    void aRunThatChangesOnlyTheSettingsOrASkillTellsToRestartClaudeCode() throws Exception {
        generate("--set", "claude-md=false");
        CliHarness.Run settings = run("update", "--set", "agent-teams=true");
        assertThat(settings.out()).contains("Restart Claude Code (or run /agents) to load the team.");
        Files.delete(target.resolve(".claude/skills/review/SKILL.md"));
        assertThat(run("update").out()).contains("restore", "Restart Claude Code (or run /agents) to load the team.");
    }

    @Test
    void aGitMergeConflictInTheSettingsIsUnresolvedNotInvalidAndNothingIsWritten() throws Exception {
        generate();
        String conflicted = settings().replace("      \"Bash(fly deploy:*)\",\n",
                "<<<<<<< HEAD\n      \"Bash(fly deploy:*)\",\n=======\n      \"Bash(gcloud run deploy:*)\",\n>>>>>>> teammate\n");
        Files.writeString(target.resolve(SETTINGS), conflicted);
        CliHarness.Run check = run("check");
        assertThat(check.code()).isEqualTo(5);
        assertThat(check.out()).containsPattern("unresolved +" + java.util.regex.Pattern.quote(SETTINGS)).contains("git merge conflict");
        assertThat(run("update").code()).isEqualTo(3);
        assertThat(settings()).isEqualTo(conflicted);
    }

    @Test
    void agentTeamsAreOffByDefault() throws Exception {
        generate();
        assertThat(settings()).doesNotContain("AGENT_TEAMS");
        assertThat(Files.readString(target.resolve("CLAUDE.md"))).doesNotContain("Leading an agent team");
    }
}
