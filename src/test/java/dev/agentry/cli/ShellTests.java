package dev.agentry.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.agentry.Trees;
import dev.agentry.pack.PackRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static dev.agentry.cli.VirtualShell.PROMPT;
import static dev.agentry.cli.VirtualTerminal.CTRL_C;
import static dev.agentry.cli.VirtualTerminal.ENTER;
import static dev.agentry.cli.VirtualTerminal.ESC;
import static org.assertj.core.api.Assertions.assertThat;

/** The interactive shell's read-eval loop on a real JLine line reader over a virtual terminal. */
@Timeout(value = 90, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ShellTests {

    @TempDir
    Path work;

    private VirtualShell shell;

    @BeforeEach
    void open() throws Exception {
        shell = new VirtualShell();
        shell.await(PROMPT);
    }

    @AfterEach
    void close() throws Exception {
        shell.close();
    }

    /** The shell still reads, runs and shows: version answers, and the prompt comes back. */
    private void stillWorks() throws Exception {
        assertThat(shell.run("version", "agentry 0.")).contains(PROMPT);
        assertThat(shell.screenClosed()).isFalse();
        assertThat(shell.ended()).isFalse();
    }

    @Test
    void aCommandRunsAndThePromptComesBack() throws Exception {
        stillWorks();
        assertThat(shell.run("list deployments", "aws-deployment-engineer")).contains("Deployments");
    }

    @Test
    void ctrlCDropsAHalfTypedLineAndTheShellGoesOn() throws Exception {
        // typed at once: the keys after Ctrl-C belong to the next line, not to the one dropped
        shell.type("check --bog" + CTRL_C);
        shell.await("^C");
        shell.await(PROMPT);
        String printed = shell.run("version", "agentry 0.");
        assertThat(printed).doesNotContain("Unknown option");
        assertThat(shell.ended()).isFalse();
    }

    @Test
    void ctrlCStopsARunningCommandAndTheShellGoesOn() throws Exception {
        Path target = work.resolve("locked");
        shell.run("generate --target " + target + " --project-type backend-api --deployment aws --stack go", "Generated");
        // another run holds the target's lock: update waits for it (up to 10 s) until Ctrl-C stops the wait
        try (java.nio.channels.FileChannel lock = java.nio.channels.FileChannel.open(target.resolve(".agentry/lock"),
                java.nio.file.StandardOpenOption.WRITE); java.nio.channels.FileLock held = lock.lock()) {
            long start = System.nanoTime();
            shell.line("update --target " + target + " --deployment gcp");
            Thread.sleep(1000);
            shell.type(CTRL_C);
            assertThat(shell.await("Interrupted while waiting")).contains("error:");
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(8));
        }
        assertThat(Files.readString(target.resolve(".agentry/answers.yml"))).contains("deployment: aws");
        shell.await(PROMPT);
        stillWorks();
    }

    @Test
    void ctrlDOnAnEmptyLineLeavesWithZero() throws Exception {
        shell.type("\u0004");
        assertThat(shell.exitCode()).isZero();
    }

    @Test
    void quitAndExitLeaveWithZero() throws Exception {
        shell.line("quit");
        assertThat(shell.exitCode()).isZero();
        VirtualShell other = new VirtualShell();
        try {
            other.await(PROMPT);
            other.line("exit");
            assertThat(other.exitCode()).isZero();
        }
        finally {
            other.close();
        }
    }

    @Test
    void wordsAreQuotedAsInAPosixShell() throws Exception {
        Path target = work.resolve("with space");
        shell.run("generate --target '" + target + "' --project-type backend-api --deployment aws --stack go"
                + " --project-name \"Shop API\"", "Shop API in");
        assertThat(target.resolve(".claude/agents/backend-engineer.md")).exists();
        assertThat(Files.readString(target.resolve(".agentry/answers.yml"))).contains("project-name: Shop API");
        shell.run("check --target " + target.toString().replace(" ", "\\ "), "In sync");
    }

    @Test
    void tabCompletesOnTheLineAsItWillBeRun() throws Exception {
        Path target = work.resolve("tabbed");
        // one candidate: completed at once; several: listed, then picked from a menu with a second Tab
        shell.type("generate --project-t\tbackend-api --stack \t");
        shell.await("python-fastapi");
        shell.type("\t");
        // the menu is up once its first item is shown selected (reverse video)
        shell.await("\u001b[7mdotnet");
        shell.line(" --deployment aws --target " + target + " --dry-run");
        String printed = shell.await(PROMPT);
        assertThat(printed).as(printed).contains("Plan for").doesNotContain("error:");
    }

    @Test
    void anOptionWhoseValueMayBeLeftOutTakesItOrNoneInTheShell() throws Exception {
        try (PackRepository pack = PackRepository.create(work.resolve("server"), "acme-team")) {
            pack.commit("v1", Map.of("catalog.yml", "name: acme-team\nversion: 1.0.0\n"));
            pack.tag("v1.0.0");
            Path target = work.resolve("packed");
            shell.run("generate --target " + target + " --project-type backend-api --deployment aws --stack go --scaffolds "
                    + pack.url(), "Generated");
            pack.commit("v1.1", Map.of("catalog.yml", "name: acme-team\nversion: 1.1.0\n"));
            pack.tag("v1.1.0");
            // --upgrade alone, before another option, and with NAME=REF: parsed as on the command line
            assertThat(shell.run("update --target " + target + " --upgrade --dry-run", "Dry run")).contains("-> v1.1.0 (")
                    .doesNotContain("error:");
            shell.run("update --target " + target + " --upgrade", "-> v1.1.0 (");
            shell.run("update --target " + target + " --upgrade acme-team=v1.0.0", "v1.1.0 (");
            assertThat(Files.readString(target.resolve(".agentry/state.json"))).contains("\"ref\": \"v1.0.0\"");
            assertThat(shell.run("update --target " + target + " --upgrade nosuch=v1", "error:"))
                    .contains("--upgrade nosuch: no scaffold pack of");
        }
    }

    @Test
    void anUnknownOptionIsReportedAsOnTheCommandLine() throws Exception {
        String commandLine = CliHarness.run("check", "--bogus").err().strip();
        assertThat(commandLine).startsWith("error: Unknown option '--bogus' for 'check'.");
        assertThat(shell.run("check --bogus", "Unknown option")).contains(commandLine.substring("error: ".length()));
    }

    @Test
    void anUnknownCommandSuggestsOneOfAgentrysOwn() throws Exception {
        String printed = shell.run("chek", "Did you mean 'check'?");
        assertThat(printed).contains("Unknown command 'chek'.").doesNotContain("script");
        assertThat(shell.run("quti", "Did you mean")).contains("'quit'");
        assertThat(shell.run("frobnicate", "Unknown command")).contains("Commands: init, generate").doesNotContain("script");
    }

    @Test
    void anUnclosedQuoteIsAnErrorAndTheShellGoesOn() throws Exception {
        assertThat(shell.run("check --target 'no end", "unclosed ' quote")).contains("error:");
        stillWorks();
    }

    @Test
    void aLinePastedWithAgentryInFrontRuns() throws Exception {
        shell.run("agentry version", "agentry 0.");
    }

    @Test
    void helpInTheShellListsTheShellsOwnCommands() throws Exception {
        String help = shell.run("help", "Exit codes");
        assertThat(help).contains("Shell commands:", "clear", "history", "quit, exit", "Ctrl-C");
        assertThat(CliHarness.run("help").out()).doesNotContain("Shell commands", "history");
        assertThat(shell.run("help quit", "leave the shell")).contains("agentry quit");
    }

    @Test
    void historyListsTheLinesTypedBefore() throws Exception {
        shell.run("version", "agentry 0.");
        assertThat(shell.run("history", "history")).contains("1  version");
    }

    @Test
    void jsonErrorsInTheShellAreOneObjectToo() throws Exception {
        assertThat(shell.run("check --bogus --json", "\"exitCode\": 2")).contains("\"command\": \"check\"", "\"error\": ");
        assertThat(shell.run("check --json --target 'no end", "\"exitCode\": 2")).contains("unclosed ' quote");
    }

    @Test
    void initInAShellWithoutATerminalAsksNothingAndNamesTheMissingAnswers() throws Exception {
        try (VirtualShell dumb = new VirtualShell("dumb")) {
            dumb.await(PROMPT);
            String printed = dumb.run("init --target " + work.resolve("t") + " --project-type backend-api", "agentry generate");
            assertThat(printed).contains("no terminal to ask in", "deployment").doesNotContain("Project name");
            assertThat(work.resolve("t/.agentry")).doesNotExist();
        }
    }

    @Test
    void initGivesThePromptBackAfterEveryOutcome() throws Exception {
        Path shop = work.resolve("shop");
        // Esc at the first question
        shell.line("init --target " + shop);
        shell.await("Project name");
        shell.type(ESC);
        shell.await("Cancelled: nothing was written.");
        stillWorks();
        // Ctrl-C on a list
        shell.line("init --target " + shop);
        shell.await("Project name");
        shell.type(ENTER);
        shell.await("Project type");
        shell.type(CTRL_C);
        shell.await("Cancelled: nothing was written.");
        stillWorks();
        // no at the confirmation
        answerEveryQuestion(shop);
        shell.type("n" + ENTER);
        shell.await("Nothing was written.");
        assertThat(Trees.snapshot(shop)).isEmpty();
        stillWorks();
        // finish and write
        answerEveryQuestion(shop);
        shell.type(ENTER);
        shell.await("Generated");
        assertThat(shop.resolve(".claude/agents/frontend-engineer.md")).exists();
        stillWorks();
        // nothing to change
        shell.line("init --target " + shop);
        for (String question : QUESTIONS) {
            shell.await(question);
            shell.type(ENTER);
        }
        shell.await("already up to date");
        stillWorks();
        // an error: a broken --scaffolds layer is named before the first question (what is given is checked first)
        Path broken = Files.createDirectories(work.resolve("broken"));
        Files.writeString(broken.resolve("stacks.yml"), "stacks: [unclosed\n");
        shell.line("init --target " + work.resolve("other") + " --scaffolds " + broken);
        assertThat(shell.await("error:")).doesNotContain("Project name");
        stillWorks();
    }

    private static final String[] QUESTIONS = {"Project name", "Project type", "Deployment", "Stack", "Team", "Agent tools"};

    private void answerEveryQuestion(Path target) throws Exception {
        shell.line("init --target " + target);
        for (String question : QUESTIONS) {
            shell.await(question);
            shell.type(ENTER);
        }
        shell.await("Write these files?");
    }
}
