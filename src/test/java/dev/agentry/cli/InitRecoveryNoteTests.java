package dev.agentry.cli;

import dev.agentry.console.Io;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static dev.agentry.cli.VirtualTerminal.ENTER;
import static org.assertj.core.api.Assertions.assertThat;

/** init, like every command, says when it finished a run that an earlier agentry left halfway. */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class InitRecoveryNoteTests {

    @TempDir
    Path target;

    private final VirtualTerminal terminal = new VirtualTerminal();

    @AfterEach
    void close() {
        terminal.shutdown();
    }

    @Test
    void theWizardsSummarySaysItFinishedAnInterruptedRun() throws Exception {
        assertThat(CliHarness.run("generate", "--target", target.toString(), "--project-type", "backend-api", "--deployment",
                "aws", "--stack", "go").code()).isZero();
        // what a run killed after its commit point leaves: a journal and the staged file it had still to move
        Path txn = Files.createDirectories(target.resolve(".agentry/txn/files"));
        Files.writeString(txn.resolve("0"), "left by the interrupted run\n");
        Files.writeString(txn.resolveSibling("journal.json"),
                "{\"ops\": [{\"kind\": \"write\", \"path\": \"docs/notes.md\", \"staged\": \"0\"}]}");

        StringWriter out = new StringWriter();
        Io io = new Io(new PrintWriter(out, true), new PrintWriter(out, true), false, true);
        InitCommand init = new InitCommand(Services.standard(), () -> new InitWizard(VirtualTerminal::flows),
                terminal::session);
        Future<?> typing = terminal.type("Project name", ENTER, "Project type", ENTER, "Deployment", ENTER, "Stack", ENTER, "Team", ENTER,
                "Agent tools", ENTER);
        int code = init.execute(List.of("--target", target.toString()), io);
        typing.get(30, TimeUnit.SECONDS);
        assertThat(code).isZero();
        assertThat(out.toString()).contains("Summary", "note      an earlier run had stopped halfway through writing: it was"
                + " finished first (it changed docs/notes.md)");
        assertThat(target.resolve("docs/notes.md")).hasContent("left by the interrupted run");
    }
}
