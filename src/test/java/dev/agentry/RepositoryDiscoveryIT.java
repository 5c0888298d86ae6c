package dev.agentry;

import java.io.File;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Commands started in a subfolder of a repository, as real processes in that folder: like git, they work on the
 * nearest enclosing folder that holds .agentry/, never above the repository's top, and say which folder they used.
 */
class RepositoryDiscoveryIT {

    @TempDir
    Path work;

    record Run(int code, String out, String err) {
    }

    private Run agentry(Path cwd, String... args) throws IOException, InterruptedException {
        Process process = start(cwd, args);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("agentry finished").isTrue();
        return finished(process);
    }

    private Path out;
    private Path err;

    private Process start(Path cwd, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("agentry.jar", "target/agentry.jar")));
        command.addAll(List.of(args));
        out = Files.createTempFile(work, "out", ".txt");
        err = Files.createTempFile(work, "err", ".txt");
        return new ProcessBuilder(command).directory(cwd.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    }

    private Run finished(Process process) throws IOException {
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private Path repository() throws IOException {
        Path repo = Files.createDirectories(work.resolve("shop"));
        Files.createDirectories(repo.resolve(".git"));
        return repo;
    }

    @Test
    void generateFromASubfolderWritesTheTeamAtTheTopOfTheRepositoryAndSaysSo() throws Exception {
        Path repo = repository();
        Path src = Files.createDirectories(repo.resolve("src/main"));
        Run run = agentry(src, "generate", "--project-type", "backend-api", "--deployment", "aws", "--stack", "go");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Generated shop in " + repo, "working in " + repo + ": the top of the git repository");
        assertThat(repo.resolve(".agentry/answers.yml")).exists();
        assertThat(repo.resolve("CLAUDE.md")).exists();
        assertThat(Trees.snapshot(repo.resolve("src"))).isEmpty();
        assertThat(src.resolve(".agentry")).doesNotExist();
    }

    @Test
    void checkUpdateAndRemoveFromASubfolderFindTheTeamAbove() throws Exception {
        Path repo = repository();
        assertThat(agentry(repo, "generate", "--project-type", "backend-api", "--deployment", "aws", "--stack", "go").code())
                .isZero();
        Path src = Files.createDirectories(repo.resolve("src"));

        Run check = agentry(src, "check");
        assertThat(check.code()).as(check.err()).isZero();
        assertThat(check.out()).contains("In sync: shop in " + repo, "working in " + repo + ": the nearest folder above "
                + "the current one that holds .agentry/");

        Run json = agentry(src, "check", "--json");
        assertThat(json.code()).isZero();
        assertThat(json.out()).contains("\"target\": \"" + repo + "\"", "working in " + repo);

        Run update = agentry(src, "update", "--deployment", "gcp");
        assertThat(update.code()).as(update.err()).isZero();
        assertThat(Files.readString(repo.resolve("CLAUDE.md"))).contains("gcp-deployment-engineer");

        // another command, same rule: generate in a subfolder of a team updates that team rather than starting one
        Run generate = agentry(src, "generate", "--stack", "python-fastapi");
        assertThat(generate.code()).as(generate.err()).isZero();
        assertThat(src.resolve(".agentry")).doesNotExist();

        Run remove = agentry(src, "remove");
        assertThat(remove.code()).as(remove.err()).isZero();
        assertThat(repo.resolve(".agentry")).doesNotExist();
    }

    @Test
    void withTargetThereIsNoDiscovery() throws Exception {
        Path repo = repository();
        assertThat(agentry(repo, "generate", "--project-type", "backend-api", "--deployment", "aws", "--stack", "go").code())
                .isZero();
        Path src = Files.createDirectories(repo.resolve("src"));
        Run check = agentry(src, "check", "--target", ".");
        assertThat(check.code()).isEqualTo(2);
        assertThat(check.err()).contains("No agentry team in " + src + " (");
    }

    @Test
    void aSubfolderWithoutATeamInARepositoryWithoutOneNamesTheRepositoryTop() throws Exception {
        Path repo = repository();
        Path src = Files.createDirectories(repo.resolve("src"));
        Run check = agentry(src, "check");
        assertThat(check.code()).isEqualTo(2);
        assertThat(check.err()).contains("No agentry team in " + repo + " (");
    }

    @Test
    void theSearchStopsAtTheRepositorysTop() throws Exception {
        Path outer = work.resolve("outer");
        assertThat(agentry(Files.createDirectories(outer), "generate", "--project-type", "backend-api", "--deployment",
                "aws", "--stack", "go").code()).isZero();
        Path inner = Files.createDirectories(outer.resolve("vendor/lib/.git")).getParent();
        Run check = agentry(inner, "check");
        assertThat(check.code()).isEqualTo(2);
        assertThat(check.err()).contains("No agentry team in " + inner + " (");
    }

    @Test
    void aRunThatWaitsForAnotherRunsLockSaysSoOnceOnStderr() throws Exception {
        Path repo = repository();
        assertThat(agentry(repo, "generate", "--project-type", "backend-api", "--deployment", "aws", "--stack", "go").code())
                .isZero();
        Process update;
        try (FileChannel channel = FileChannel.open(repo.resolve(".agentry/lock"), StandardOpenOption.WRITE);
                FileLock held = channel.lock()) {
            update = start(repo, "update", "--deployment", "gcp");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!Files.readString(err).contains("waiting") && System.nanoTime() < deadline && update.isAlive()) {
                Thread.sleep(50);
            }
        }
        assertThat(update.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Run run = finished(update);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("agentry: waiting for another agentry run on " + repo + " to finish (it holds "
                + repo.resolve(".agentry/lock"));
        assertThat(run.err().split("waiting for another", -1)).hasSize(2);
        assertThat(run.out()).contains("Updated shop");
    }
}
