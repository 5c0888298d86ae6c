package dev.agentry.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import dev.agentry.Trees;
import dev.agentry.app.Check;
import dev.agentry.app.Generate;
import dev.agentry.app.Outcome;
import dev.agentry.app.Remove;
import dev.agentry.app.Request;
import dev.agentry.app.Scaffolds;
import dev.agentry.apply.FileSystem;
import dev.agentry.cli.CliHarness;
import dev.agentry.support.AgentryException;
import dev.agentry.support.ExitCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Problems of the user's folders (a file where a folder must be, permission denied, a read-only file system, a full
 * disk) are agentry errors, exit 2, naming the path, the cause and what to do; found before anything is written where
 * they can be; and a run that did stop halfway is finished by the next command, which says so.
 *
 * <p>Where the condition can be made for real (a file in the way; permissions when not running as root) the tests
 * make it; otherwise the file system fails the operations as the kernel would ({@link FaultyFileSystem}).
 */
class FileSystemProblemsTests {

    @TempDir
    Path root;

    private Path locked;

    private Path target() {
        return root.resolve("repo");
    }

    @AfterEach
    void unlock() throws IOException {
        if (locked != null) {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static Request request(Path target, Map<String, Object> flags) {
        return Request.to(target).flags(flags).build();
    }

    private static Map<String, Object> team() {
        return Map.of("project-type", "backend-api", "deployment", "aws", "stack", "go");
    }

    private Path generated() {
        Outcome outcome = new Generate(new Scaffolds(), FileSystem.REAL).run(request(target(), team()), Generate.Mode.GENERATE);
        assertThat(outcome.exitCode()).isEqualTo(ExitCode.OK);
        return target();
    }

    private static AgentryException failure(Runnable run) {
        AgentryException e = catchThrowableOfType(AgentryException.class, run::run);
        assertThat(e).as("an agentry error").isNotNull();
        return e;
    }

    private static void assertNoInternalError(CliHarness.Run run) {
        assertThat(run.err()).doesNotContain("internal error", "Exception", "\tat ");
    }

    @Test
    void aTargetBelowAFileIsInvalidInputNamingTheFile() throws Exception {
        Path file = Files.writeString(root.resolve("afile"), "not a folder\n");
        CliHarness.Run run = CliHarness.run("generate", "--target", file.resolve("sub").toString(), "--project-type",
                "backend-api", "--deployment", "aws", "--stack", "go");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(file.toString(), "is a file", "--target", "Nothing was written");
        assertNoInternalError(run);
        assertThat(file).hasContent("not a folder");
        for (String command : new String[] {"check", "update", "remove"}) {
            CliHarness.Run other = CliHarness.run(command, "--target", file.resolve("sub").toString());
            assertThat(other.code()).as(command).isEqualTo(2);
            assertThat(other.err()).as(command).contains(file + " is a file, not a folder");
        }
    }

    @Test
    void aFileWhereTheAgentsFolderMustBeIsFoundBeforeAnythingIsWritten() throws Exception {
        Files.createDirectories(target());
        Files.writeString(target().resolve("CLAUDE.md"), "# Mine\n");
        Files.writeString(target().resolve(".claude"), "a file, not a folder\n");
        Map<String, String> before = Trees.snapshot(target());
        CliHarness.Run run = CliHarness.run("generate", "--target", target().toString(), "--project-type", "backend-api",
                "--deployment", "aws", "--stack", "go");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(target().resolve(".claude").toString(), "is a file", "Nothing was written");
        assertNoInternalError(run);
        assertThat(Trees.snapshot(target())).isEqualTo(before);
    }

    @Test
    void anUpdateThatMustWriteWhereAFileStandsChangesNothing() throws Exception {
        generated();
        Path agents = target().resolve(".claude/agents");
        Trees.snapshot(agents).keySet().forEach(name -> agents.resolve(name).toFile().delete());
        Files.delete(agents);
        Files.writeString(agents, "in the way\n");
        Map<String, String> before = Trees.content(target());
        CliHarness.Run run = CliHarness.run("update", "--target", target().toString(), "--deployment", "gcp");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(agents.toString(), "is a file", "Nothing was written");
        assertNoInternalError(run);
        assertThat(Trees.content(target())).isEqualTo(before);
    }

    @Test
    void agentryFolderThatIsAFileIsReportedWhenTheLockIsTaken() throws Exception {
        Files.createDirectories(target());
        Files.writeString(target().resolve(".agentry"), "a file\n");
        CliHarness.Run run = CliHarness.run("generate", "--target", target().toString(), "--project-type", "backend-api",
                "--deployment", "aws", "--stack", "go");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(".agentry", "is a file");
        assertNoInternalError(run);
        assertThat(target().resolve(".claude")).doesNotExist();
    }

    @Test
    void permissionDeniedOnTheAgentsFolderIsFoundBeforeAnythingIsWritten() throws Exception {
        generated();
        Path agents = target().resolve(".claude/agents");
        Map<String, String> before = Trees.content(target());
        FileSystem fs = FileSystem.REAL;
        if (FaultyFileSystem.permissionsEnforced(root)) {
            Files.setPosixFilePermissions(agents, PosixFilePermissions.fromString("r-x------"));
            locked = agents;
        }
        else {
            fs = FaultyFileSystem.deniedWritesIn(agents);
        }
        FileSystem used = fs;
        AgentryException e = failure(() -> new Generate(new Scaffolds(), used).run(request(target(), Map.of("deployment",
                "gcp")), Generate.Mode.UPDATE));
        assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(e.getMessage()).startsWith("Cannot write in " + agents + ": permission denied.")
                .contains("write access to " + agents + " (", "Nothing was written.");
        assertThat(Trees.content(target())).isEqualTo(before);
        assertThat(target().resolve(".agentry/txn")).doesNotExist();
    }

    @Test
    void permissionDeniedOnAnAgentFileIsReportedByCheckWithItsPath() throws Exception {
        generated();
        Path reviewer = target().resolve(".claude/agents/code-reviewer.md");
        FileSystem fs = FileSystem.REAL;
        if (FaultyFileSystem.permissionsEnforced(root)) {
            Files.setPosixFilePermissions(reviewer, PosixFilePermissions.fromString("---------"));
            locked = reviewer;
        }
        else {
            fs = FaultyFileSystem.deniedReadsOf(reviewer);
        }
        FileSystem used = fs;
        AgentryException e = failure(() -> new Check(new Scaffolds(), used).run(Request.of(target())));
        assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(e.getMessage()).startsWith("Cannot read " + reviewer + ": permission denied.").contains("read access");
    }

    @Test
    void aReadOnlyRepositoryRootStopsTheRunBeforeItWritesAndTheNextCheckIsInSync() throws Exception {
        generated();
        Map<String, String> before = Trees.content(target());
        FileSystem readOnlyRoot = FaultyFileSystem.failingWritesIn(target(),
                path -> new java.nio.file.FileSystemException(path.toString(), null, "Read-only file system"));
        AgentryException e = failure(() -> new Generate(new Scaffolds(), readOnlyRoot).run(request(target(),
                Map.of("deployment", "gcp")), Generate.Mode.UPDATE));
        assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(e.getMessage()).startsWith("Cannot write in " + target() + ": the file system is read-only.")
                .contains("Remount it read-write", "Nothing was written.");
        assertThat(Trees.content(target())).isEqualTo(before);

        CliHarness.Run check = CliHarness.run("check", "--target", target().toString());
        assertThat(check.code()).isZero();
        assertThat(check.out()).doesNotContain("earlier run");
    }

    @Test
    void aFullDiskWhileStagingWritesNothingAndLeavesNoStagedFiles() throws Exception {
        generated();
        Map<String, String> before = Trees.content(target());
        FileSystem full = new FaultyFileSystem((op, path) -> op.equals("write") && path.toString().contains("/txn/"),
                path -> new IOException("No space left on device"));
        AgentryException e = failure(() -> new Generate(new Scaffolds(), full).run(request(target(), Map.of("deployment",
                "gcp")), Generate.Mode.UPDATE));
        assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(e.getMessage()).contains("no space left on the disk", "Free some space", "Nothing was written.");
        assertThat(Trees.content(target())).isEqualTo(before);
        assertThat(target().resolve(".agentry/txn")).doesNotExist();
    }

    @Test
    void aRunThatStopsHalfwayIsFinishedByTheNextCommandWhichSaysSoInTextAndJson() throws Exception {
        generated();
        // the root turns read-only after the checks, while the files are moved into place: only a race can do that
        FileSystem failsAtClaudeMd = new FaultyFileSystem((op, path) -> op.equals("move")
                && path.getFileName().toString().equals("CLAUDE.md"),
                path -> new java.nio.file.FileSystemException(path.toString(), null, "Read-only file system"));
        AgentryException e = failure(() -> new Generate(new Scaffolds(), failsAtClaudeMd).run(request(target(),
                Map.of("deployment", "gcp")), Generate.Mode.UPDATE));
        assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(e.getMessage()).startsWith("Cannot write " + target().resolve("CLAUDE.md") + ": the file system is"
                + " read-only.").containsPattern("The run stopped after \\d+ of \\d+ changes")
                .contains(".agentry/txn/", "the next agentry command finishes it");

        CliHarness.Run json = CliHarness.run("check", "--target", target().toString(), "--json");
        assertThat(json.code()).isZero();
        assertThat(json.out()).contains("an earlier run had stopped halfway through writing: it was finished first",
                "CLAUDE.md");
        assertThat(Files.readString(target().resolve("CLAUDE.md"))).contains("gcp-deployment-engineer");
        StateMatchesDisk.check(target());
    }

    @Test
    void theNextHumanCommandSaysItFinishedAnInterruptedRun() throws Exception {
        generated();
        FileSystem failsAtState = new FaultyFileSystem((op, path) -> op.equals("move")
                && path.getFileName().toString().equals("state.json"), path -> new IOException("Input/output error"));
        AgentryException e = failure(() -> new Generate(new Scaffolds(), failsAtState).run(request(target(),
                Map.of("deployment", "gcp")), Generate.Mode.UPDATE));
        assertThat(e.getMessage()).contains("Input/output error", "The run stopped after");
        CliHarness.Run update = CliHarness.run("update", "--target", target().toString());
        assertThat(update.code()).isZero();
        assertThat(update.out()).contains("an earlier run had stopped halfway through writing: it was finished first");
        StateMatchesDisk.check(target());
    }

    @Test
    void removeOnAFolderItMayNotWriteChangesNothing() throws Exception {
        generated();
        Map<String, String> before = Trees.content(target());
        FileSystem fs = FaultyFileSystem.deniedWritesIn(target().resolve(".claude/agents"));
        AgentryException e = failure(() -> new Remove(fs).run(target()));
        assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(e.getMessage()).contains("permission denied", "Nothing was written.");
        assertThat(Trees.content(target())).isEqualTo(before);
    }
}
