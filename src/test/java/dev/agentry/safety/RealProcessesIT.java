package dev.agentry.safety;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import dev.agentry.Trees;
import dev.agentry.app.Check;
import dev.agentry.app.Generate;
import dev.agentry.app.Request;
import dev.agentry.app.Scaffolds;
import dev.agentry.apply.FileSystem;
import dev.agentry.support.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Real agentry processes killed mid-run, and run two at a time on one target. */
class RealProcessesIT {

    private static final String[] DEPLOYMENTS = {"aws", "kubernetes", "gcp", "azure"};

    @TempDir
    Path root;

    private Process start(Path target, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", System.getProperty("agentry.jar", "target/agentry.jar")));
        command.addAll(List.of(args));
        command.addAll(List.of("--target", target.toString()));
        return new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
    }

    private Path team() {
        Path target = root.resolve("team");
        target.toFile().mkdirs();
        new Generate(new Scaffolds(), FileSystem.REAL).run(Request.to(target).flags(Map.of("project-type", "web-app",
                "deployment", "aws", "stack", "java-spring-boot")).build(), Generate.Mode.GENERATE);
        return target;
    }

    @Test
    void updatesKilledAtRandomMomentsLeaveAValidTeamAndTheNextRunRecovers() throws Exception {
        Path target = team();
        Random random = new Random(20261126L);
        int killed = 0;
        for (int i = 0; i < 24; i++) {
            Process update = start(target, "update", "--deployment", DEPLOYMENTS[i % DEPLOYMENTS.length]);
            Thread.sleep(random.nextInt(1500));
            if (update.isAlive()) {
                update.destroyForcibly();
                killed++;
            }
            update.waitFor(30, TimeUnit.SECONDS);

            // the next command finishes or discards what the killed one left, and agrees with the disk
            var check = new Check(new Scaffolds(), FileSystem.REAL).run(Request.of(target));
            assertThat(check.exitCode()).as("iteration %d", i).isEqualTo(ExitCode.OK);
            StateMatchesDisk.check(target);
            var next = new Generate(new Scaffolds(), FileSystem.REAL).run(Request.to(target).build(),
                    Generate.Mode.UPDATE);
            assertThat(next.exitCode()).isEqualTo(ExitCode.OK);
        }
        assertThat(killed).as("some runs were killed mid-way").isPositive();
    }

    @Test
    void twoUpdatesAtOnceOneWaitsAndTheResultIsValid() throws Exception {
        Path target = team();
        for (int round = 0; round < 3; round++) {
            Process first = start(target, "update", "--deployment", "kubernetes");
            Process second = start(target, "update", "--deployment", "gcp");
            assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(List.of(first.exitValue(), second.exitValue())).as("each finished or refused to wait longer")
                    .allMatch(code -> code == 0 || code == 4).contains(0);
            StateMatchesDisk.check(target);
            assertThat(new Check(new Scaffolds(), FileSystem.REAL).run(Request.of(target)).exitCode()).isEqualTo(ExitCode.OK);
            String deployment = Files.readString(target.resolve(".agentry/answers.yml"));
            assertThat(deployment).containsAnyOf("deployment: kubernetes", "deployment: gcp");
            assertThat(Trees.content(target).keySet()).noneMatch(p -> p.startsWith(".agentry/txn"));
        }
    }

    @Test
    void concurrentUpdatesToDifferentAnswersAreBothKept() throws Exception {
        Path target = team();
        Process stack = start(target, "update", "--stack", "python-fastapi");
        Process deployment = start(target, "update", "--deployment", "gcp");
        assertThat(stack.waitFor(60, TimeUnit.SECONDS) && deployment.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(List.of(stack.exitValue(), deployment.exitValue())).containsOnly(0);
        assertThat(Files.readString(target.resolve(".agentry/answers.yml")))
                .contains("stack: python-fastapi", "deployment: gcp");
        StateMatchesDisk.check(target);
        assertThat(new Check(new Scaffolds(), FileSystem.REAL).run(Request.of(target)).exitCode()).isEqualTo(ExitCode.OK);
    }
}
