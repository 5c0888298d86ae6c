package dev.agentry;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.agentry.pack.PackRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the packaged jar as a real process, with stdin closed and no terminal, as scripts and CI do. */
class PackagedJarIT {

    @TempDir
    Path work;

    record Run(int code, String out, String err) {
    }

    private Run agentry(Path cwd, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaBin(), "-jar", System.getProperty("agentry.jar", "target/agentry.jar")));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        Process process = new ProcessBuilder(command).directory(cwd.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("agentry finished").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void generatesATeamWithStdinClosedAndLeavesNothingInTheCurrentFolder() throws Exception {
        Path cwd = Files.createDirectories(work.resolve("cwd"));
        Path repo = Files.createDirectories(work.resolve("repo"));
        Run run = agentry(cwd, "generate", "--target", repo.toString(), "--project-type", "web-app", "--deployment", "aws",
                "--stack", "java-spring-boot", "--project-name", "Demo Shop");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Generated Demo Shop").doesNotContain(":: Spring Boot ::", " INFO ", " WARN ", "Started ");
        assertThat(run.err()).isEmpty();
        assertThat(repo.resolve(".claude/agents/frontend-engineer.md")).exists();
        assertThat(repo.resolve(".agentry/state.json")).exists();
        assertThat(Trees.snapshot(cwd)).isEmpty();

        Run again = agentry(cwd, "generate", "--target", repo.toString());
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("unchanged");
    }

    @Test
    void aTeamFromAGitPackPrintsNothingOnStderr() throws Exception {
        Path repo = Files.createDirectories(work.resolve("packed"));
        try (PackRepository pack = PackRepository.create(work.resolve("server"), "acme-team")) {
            pack.commit("v1", java.util.Map.of("catalog.yml", "name: acme-team\nversion: 1.0.0\n"));
            pack.tag("v1.0.0");
            Run run = agentry(work, "generate", "--target", repo.toString(), "--project-type", "backend-api", "--deployment",
                    "aws", "--stack", "go", "--scaffolds", pack.url());
            assertThat(run.code()).as(run.err()).isZero();
            assertThat(run.out()).contains("acme-team  v1.0.0 (");
            // JGit logs through SLF4J: the provider commands name must exist, or SLF4J prints a stack trace
            assertThat(run.err()).isEmpty();
        }
    }

    @Test
    void missingAnswersExitTwoWithoutWaitingForInput() throws Exception {
        Run run = agentry(work, "generate", "--target", work.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Missing answers: project-type, deployment, stack.");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void helpAndVersionPrintWithoutStartingTheShell() throws Exception {
        Run help = agentry(work, "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Commands:", "Exit codes:");
        Run version = agentry(work, "--version");
        assertThat(version.out()).startsWith("agentry 0.");
    }

    @Test
    void jsonOutputIsTheOnlyThingOnStdout() throws Exception {
        Path repo = Files.createDirectories(work.resolve("json"));
        Run run = agentry(work, "generate", "--target", repo.toString(), "--project-type", "backend-api", "--deployment",
                "kubernetes", "--stack", "python-fastapi", "--json");
        assertThat(run.code()).isZero();
        assertThat(run.out().strip()).startsWith("{").endsWith("}");
    }
}
