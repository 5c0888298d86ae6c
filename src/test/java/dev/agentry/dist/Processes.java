package dev.agentry.dist;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs programs as a user's shell would, with an environment of the test's choosing only (nothing inherited). */
final class Processes {

    private Processes() {
    }

    /** What a finished process printed, and its exit code. */
    record Run(int code, String out, String err) {

        String describe() {
            return "exit " + code + "\nstdout:\n" + out + "\nstderr:\n" + err;
        }
    }

    /** A running process whose output goes to files under {@code logs}. */
    record Started(Process process, Path out, Path err) {

        /** Waits (at most two minutes) and reads what it printed. */
        Run finish() {
            try {
                assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished within two minutes").isTrue();
                return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Runs {@code command} with {@code args} in {@code cwd} through {@code /bin/sh -c}, so that the command is looked up
     * on the PATH of {@code env} as a user's shell does; stdin is closed.
     */
    static Run shell(Path logs, Path cwd, Map<String, String> env, String command, String... args) {
        return start(logs, cwd, env, shellArgv(command, args)).finish();
    }

    /** Runs {@code argv} in {@code cwd} with exactly {@code env}, stdin closed. */
    static Run run(Path logs, Path cwd, Map<String, String> env, List<String> argv) {
        return start(logs, cwd, env, argv).finish();
    }

    static List<String> shellArgv(String command, String... args) {
        List<String> argv = new ArrayList<>(List.of("/bin/sh", "-c", command + " \"$@\"", command));
        argv.addAll(Arrays.asList(args));
        return argv;
    }

    static Started start(Path logs, Path cwd, Map<String, String> env, List<String> argv) {
        try {
            Files.createDirectories(logs);
            Path out = Files.createTempFile(logs, "out", ".txt");
            Path err = Files.createTempFile(logs, "err", ".txt");
            ProcessBuilder builder = new ProcessBuilder(argv).directory(cwd.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().clear();
            builder.environment().putAll(env);
            return new Started(builder.start(), out, err);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a program with this JVM's own environment (for the test's set-up: git, tar). */
    static Run plain(Path cwd, String... argv) {
        try {
            Path out = Files.createTempFile("agentry-dist", ".out");
            ProcessBuilder builder = new ProcessBuilder(argv).directory(cwd.toFile()).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).redirectOutput(out.toFile());
            Process process = builder.start();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(String.join(" ", argv) + " finished").isTrue();
            String printed = Files.readString(out, StandardCharsets.UTF_8);
            Files.delete(out);
            Run run = new Run(process.exitValue(), printed, "");
            assertThat(run.code()).as(String.join(" ", argv) + ": " + printed).isZero();
            return run;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The absolute path of a program on this JVM's PATH, if there is one. */
    static Path which(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
