package dev.agentry.safety;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.agentry.Trees;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Real permissions, enforced by the kernel: the packaged jar runs as an unprivileged user (through setpriv, when the
 * tests run as root, as they do in CI) against folders it may not write or files it may not read.
 */
class UnprivilegedUserIT {

    private static final String NOBODY = "65534";

    @TempDir
    Path work;

    private Path jar;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void asNobody() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "runs as root, to become another user");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "setpriv is installed");
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxrwxrwx"));
        jar = Files.copy(Path.of(System.getProperty("agentry.jar", "target/agentry.jar")), work.resolve("agentry.jar"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(agentry("version").code()).as("the jar runs as nobody").isZero();
    }

    private Run agentry(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("/usr/bin/setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY,
                "--clear-groups", Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = work.resolve("out.txt");
        Path err = work.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("HOME", work.toString());
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private Path team() throws Exception {
        Run run = agentry("generate", "--target", "repo", "--project-type", "backend-api", "--deployment", "aws", "--stack",
                "go");
        assertThat(run.code()).as(run.err()).isZero();
        return work.resolve("repo");
    }

    private static void mode(Path path, String mode) throws IOException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
    }

    @Test
    void aFolderThatMayNotBeWrittenStopsTheUpdateBeforeItWrites() throws Exception {
        Path repo = team();
        Map<String, String> before = Trees.content(repo);
        mode(repo.resolve(".claude/agents"), "r-xr-xr-x");
        Run run = agentry("update", "--target", "repo", "--deployment", "gcp");
        mode(repo.resolve(".claude/agents"), "rwxr-xr-x");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Cannot write in " + repo.resolve(".claude/agents") + ": permission denied.",
                "Nothing was written.").doesNotContain("internal error", "Exception");
        assertThat(Trees.content(repo)).isEqualTo(before);
    }

    @Test
    void aRepositoryRootThatMayNotBeWrittenStopsTheUpdateAndTheNextCheckIsInSync() throws Exception {
        Path repo = team();
        Map<String, String> before = Trees.content(repo);
        mode(repo, "r-xr-xr-x");
        Run run = agentry("update", "--target", "repo", "--deployment", "gcp");
        Run check = agentry("check", "--target", "repo");
        mode(repo, "rwxr-xr-x");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Cannot write in " + repo + ": permission denied.", "Nothing was written.");
        assertThat(Trees.content(repo)).isEqualTo(before);
        assertThat(check.code()).as(check.err()).isZero();
        assertThat(check.out()).doesNotContain("earlier run");
    }

    @Test
    void anUnreadableAgentFileOrStateIsNamedByCheck() throws Exception {
        Path repo = team();
        Path reviewer = repo.resolve(".claude/agents/code-reviewer.md");
        mode(reviewer, "---------");
        Run agent = agentry("check", "--target", "repo");
        mode(reviewer, "rw-r--r--");
        assertThat(agent.code()).isEqualTo(2);
        assertThat(agent.err()).contains("Cannot read " + reviewer + ": permission denied.");

        Path state = repo.resolve(".agentry/state.json");
        mode(state, "---------");
        Run stateRun = agentry("check", "--target", "repo");
        mode(state, "rw-r--r--");
        assertThat(stateRun.code()).isEqualTo(2);
        assertThat(stateRun.err()).contains("Cannot read " + state + ": permission denied.").doesNotContain("internal");
    }

    @Test
    void aNewTargetInAFolderThatMayNotBeWrittenIsRefusedNamingThatFolder() throws Exception {
        Path locked = Files.createDirectories(work.resolve("locked"));
        mode(locked, "r-xr-xr-x");
        Run run = agentry("generate", "--target", "locked/new", "--project-type", "backend-api", "--deployment", "aws",
                "--stack", "go");
        mode(locked, "rwxr-xr-x");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("permission denied", "Give your user write access to " + locked + " (");
        assertThat(Trees.snapshot(locked)).isEmpty();
    }
}
