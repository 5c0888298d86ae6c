package dev.agentry.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import dev.agentry.support.IoFailures.Doing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class IoFailuresTests {

    @TempDir
    Path root;

    @Test
    void permissionDeniedOnAWriteNamesTheFolderToFix() throws Exception {
        Path file = Files.createDirectories(root.resolve(".claude/agents")).resolve("a.md");
        AgentryException e = IoFailures.of(new AccessDeniedException(file.toString()), Doing.WRITE, file, "Nothing was written.");
        assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(e.getMessage()).isEqualTo("Cannot write " + file + ": permission denied. Give your user write access to "
                + file.getParent() + " (ls -ld shows owner and mode), or run agentry as its owner. Nothing was written.");
    }

    @Test
    void theFolderToFixIsTheOneThatExists() throws Exception {
        Path agents = Files.createDirectories(root.resolve(".claude/agents"));
        assertThat(IoFailures.of(new AccessDeniedException(agents.toString()), Doing.WRITE_IN, agents).getMessage())
                .contains("Give your user write access to " + agents + " (");
        Path lock = root.resolve("new/.agentry/lock");
        assertThat(IoFailures.of(new AccessDeniedException(lock.toString()), Doing.LOCK, lock).getMessage())
                .contains("Give your user write access to " + root + " (");
    }

    @Test
    void permissionDeniedOnAReadAsksForReadAccess() {
        Path file = root.resolve("a.md");
        assertThat(IoFailures.of(new AccessDeniedException(file.toString()), Doing.READ, file).getMessage())
                .isEqualTo("Cannot read " + file + ": permission denied. Give your user read access to it (ls -l shows"
                        + " owner and mode), or run agentry as its owner.");
    }

    @Test
    void theOperatingSystemsReasonsAreTold() {
        Path file = root.resolve("CLAUDE.md");
        assertThat(IoFailures.of(new FileSystemException(file.toString(), null, "Read-only file system"), Doing.WRITE, file)
                .getMessage()).contains("the file system is read-only. Remount it read-write");
        assertThat(IoFailures.of(new IOException("No space left on device"), Doing.WRITE, file).getMessage())
                .contains("no space left on the disk. Free some space on the disk that holds " + root);
        assertThat(IoFailures.of(new FileSystemException(file.toString(), null, "Disk quota exceeded"), Doing.WRITE, file)
                .getMessage()).contains("no space left on the disk");
        assertThat(IoFailures.of(new FileSystemException(file.toString(), null, "Operation not permitted"), Doing.WRITE, file)
                .getMessage()).contains("permission denied");
        assertThat(IoFailures.of(new IOException("Input/output error"), Doing.WRITE, file).getMessage())
                .isEqualTo("Cannot write " + file + ": Input/output error. Fix that and run again.");
        assertThat(IoFailures.of(new NoSuchFileException(file.toString()), Doing.READ, file).getMessage())
                .contains("it does not exist", "run again");
    }

    @Test
    void aFileWhereAFolderMustBeIsNamed() throws Exception {
        Path file = Files.writeString(root.resolve("afile"), "x");
        Path inside = file.resolve("sub/x.md");
        assertThat(IoFailures.of(new FileSystemException(inside.toString(), null, "Not a directory"), Doing.WRITE, inside)
                .getMessage()).contains("a file is where a folder must be", file + " is a file and cannot hold other files");
        assertThat(IoFailures.of(new FileAlreadyExistsException(file.toString()), Doing.WRITE, file.resolve("sub"))
                .getMessage()).contains(file + " is a file");
    }

    @Test
    void anUncheckedFailureNamesTheErrorsOwnFile() {
        Path file = root.resolve(".agentry/state.json");
        AgentryException e = IoFailures.of(new UncheckedIOException("cannot read " + file,
                new AccessDeniedException(file.toString())));
        assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(e.getMessage()).startsWith("Cannot read " + file + ": permission denied. Give your user read access");
        assertThat(IoFailures.of(new UncheckedIOException("x", new IOException("boom"))).getMessage())
                .contains("boom").doesNotContain("internal");
    }
}
