package dev.agentry.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.agentry.console.Io;
import dev.agentry.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CliTests {

    @TempDir
    Path target;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        Io io = new Io(new PrintWriter(out), new PrintWriter(err), false, false);
        return Cli.create(Cli.Surface.COMMAND_LINE, null, null, List.of()).run(args, io);
    }

    @Test
    void helpListsEveryCommandAndExitCode() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("generate", "update", "check", "remove", "list", "help", "version")
                .contains("  help       show help: all commands, or one command's options")
                .contains("0    success", "2    invalid input or usage", "5    check found drift");
    }

    @Test
    void helpForACommandDescribesEveryOption() {
        assertThat(run("help", "generate")).isZero();
        assertThat(out.toString().replaceAll("\\s+", " ")).contains("--target DIR", "--project-type ID", "--deployment ID", "--stack ID",
                "--project-name NAME", "--agents ID,ID...", "--answers FILE", "--set KEY=VALUE", "--scaffolds DIR",
                "--dry-run", "--json", "--force", "--verbose")
                .contains("--targets ID,ID...", "claude, agents-md, copilot, gemini, opencode, codex, qwen, kilo, droid, cursor, kiro, roo, augment (default: claude)");
        assertThat(run("generate", "--help")).isZero();
    }

    @Test
    void timingsShowWhereTheTimeWentForThatRunOnly() {
        assertThat(run("generate", "--target", target.toString(), "--project-type", "backend-api", "--deployment", "aws",
                "--stack", "go", "--timings")).isZero();
        assertThat(err.toString()).contains("timings (ms):", "catalogue load", "template engine", "render", "plan",
                "write", "total");
        assertThat(out.toString()).doesNotContain("timings");
        err.getBuffer().setLength(0);
        assertThat(run("check", "--target", target.toString())).isZero();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aCommandInTheShellCanAskForItsTimings() {
        Io io = new Io(new PrintWriter(out), new PrintWriter(err), false, false);
        AgentryCommand generate = Cli.create(Cli.Surface.SHELL, null, null, List.of()).find("generate").orElseThrow();
        assertThat(generate.execute(List.of("--target", target.toString(), "--project-type", "backend-api",
                "--deployment", "aws", "--stack", "go", "--timings"), io)).isZero();
        assertThat(err.toString()).contains("timings (ms):", "render", "total").doesNotContain("jvm start");
    }

    @Test
    void unknownCommandSuggestsTheClosest() {
        assertThat(run("genrate")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown command 'genrate'. Did you mean 'generate'?");
    }

    @Test
    void unknownOptionSuggestsTheClosest() {
        assertThat(run("generate", "--stak", "go")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option '--stak' for 'generate'. Did you mean '--stack'?");
    }

    @Test
    void optionWithoutItsValueIsAUsageError() {
        assertThat(run("generate", "--stack")).isEqualTo(2);
        assertThat(err.toString()).contains("--stack needs a value: --stack ID.");
    }

    @Test
    void generateWritesTheTeamAndPrintsASummary() {
        int code = run("generate", "--target", target.toString(), "--project-type", "backend-api", "--deployment", "aws",
                "--stack", "python-fastapi", "--project-name", "Shop API");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("Generated Shop API in", "create", ".claude/agents/backend-engineer.md");
        assertThat(target.resolve(".claude/agents/backend-engineer.md")).exists();
        out.getBuffer().setLength(0);
        assertThat(run("generate", "--target", target.toString())).isZero();
        assertThat(out.toString()).contains("unchanged");
    }

    @Test
    void jsonPrintsEachFileWithItsAction() {
        int code = run("generate", "--target", target.toString(), "--project-type", "backend-api", "--deployment", "aws",
                "--stack", "python-fastapi", "--json", "--dry-run");
        assertThat(code).isZero();
        assertThat(out.toString()).startsWith("{").contains("\"path\": \".claude/agents/product-manager.md\"",
                "\"action\": \"create\"", "\"dryRun\": true");
        assertThat(Trees.snapshot(target)).isEmpty();
    }

    @Test
    void targetsOptionWritesForEachAgentTool() throws Exception {
        int code = run("generate", "--target", target.toString(), "--project-type", "backend-api", "--deployment", "aws",
                "--stack", "python-fastapi", "--targets", "copilot,gemini,opencode");
        assertThat(code).isZero();
        assertThat(out.toString()).contains(".github/agents/backend-engineer.agent.md", ".gemini/agents/backend-engineer.md",
                ".opencode/agents/backend-engineer.md");
        assertThat(Trees.content(target).keySet()).noneMatch(p -> p.startsWith(".claude/") || p.equals("CLAUDE.md"));
        assertThat(Files.readString(target.resolve(".agentry/answers.yml"))).contains("copilot", "gemini", "opencode");
    }

    @Test
    void unknownTargetNamesTheValidOnes() {
        assertThat(run("generate", "--target", target.toString(), "--project-type", "backend-api", "--deployment", "aws",
                "--stack", "python-fastapi", "--targets", "claude,codx")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown target 'codx' (--targets). Did you mean 'codex'?",
                "Valid: claude, agents-md, copilot, gemini, opencode, codex, qwen, kilo, droid, cursor, kiro, roo, augment.");
        assertThat(Trees.snapshot(target)).isEmpty();
    }

    @Test
    void missingAnswersExitTwoAndNameTheChoices() {
        assertThat(run("generate", "--target", target.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Missing answers: project-type, deployment, stack.", "--project-type one of:");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void checkReportsDriftWithExitFive() throws Exception {
        run("generate", "--target", target.toString(), "--project-type", "backend-api", "--deployment", "aws",
                "--stack", "python-fastapi");
        assertThat(run("check", "--target", target.toString())).isZero();
        Files.writeString(target.resolve(".agentry/answers.yml"),
                Files.readString(target.resolve(".agentry/answers.yml")).replace("deployment: aws", "deployment: kubernetes"));
        assertThat(run("check", "--target", target.toString())).isEqualTo(5);
    }

    @Test
    void listPrintsTheCatalogueAsJson() {
        assertThat(run("list", "--json")).isZero();
        assertThat(out.toString()).contains("\"projectTypes\"", "\"deployments\"", "\"stacks\"", "\"agents\"",
                "\"agent\": \"aws-deployment-engineer\"");
    }

    @Test
    void listOfOneKind() {
        assertThat(run("list", "deployments")).isZero();
        assertThat(out.toString()).contains("aws").doesNotContain("Project types");
        assertThat(run("list", "stakcs")).isEqualTo(2);
        assertThat(err.toString()).contains("Did you mean 'stacks'?");
    }

    @Test
    void removeUninstallsTheTeam() {
        run("generate", "--target", target.toString(), "--project-type", "backend-api", "--deployment", "aws",
                "--stack", "python-fastapi");
        assertThat(run("remove", "--target", target.toString())).isZero();
        assertThat(Trees.snapshot(target)).isEmpty();
    }
}
