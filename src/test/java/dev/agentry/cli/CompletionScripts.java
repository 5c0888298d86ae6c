package dev.agentry.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.agentry.catalog.Catalog;
import dev.agentry.catalog.CatalogLoader;
import dev.agentry.catalog.Stack;
import org.junit.jupiter.api.Assumptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * What the tests of the bash, zsh and fish scripts share: the script as {@code agentry completion SHELL} prints it,
 * an {@code agentry} on the PATH for the scripts' own calls (this build's classes), a folder to complete in, a
 * custom scaffolds layer, and the shell run with nothing of the machine's environment.
 */
final class CompletionScripts {

    static final Catalog CATALOG = new CatalogLoader().load(List.of());

    /** The custom stack of {@link #customLayer}: suited to backend-api. */
    static final String CUSTOM_STACK = "zig-custom";

    private CompletionScripts() {
    }

    /** Fails (or skips, with -Dagentry.skipSHELL=true) when the shell is not installed. */
    static Path shell(String name) {
        if (Boolean.getBoolean("agentry.skip" + Character.toUpperCase(name.charAt(0)) + name.substring(1))) {
            Assumptions.abort("skipped with -Dagentry.skip" + Character.toUpperCase(name.charAt(0)) + name.substring(1) + "=true");
        }
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return fail(name + " is not installed, and the test of its completion script needs it: install it (apt-get install "
                + name + "; .ci/run does) or skip the test with -Dagentry.skip" + Character.toUpperCase(name.charAt(0))
                + name.substring(1) + "=true.");
    }

    /** The script, as {@code agentry completion SHELL} prints it, written into {@code folder}. */
    static Path script(Path folder, String shell, String fileName) {
        CliHarness.Run run = CliHarness.run("completion", shell);
        assertThat(run.code()).as(run.err()).isZero();
        return write(folder.resolve(fileName), run.out());
    }

    /**
     * A folder holding an {@code agentry} that runs this build's classes, as the installed launcher runs the jar: the
     * scripts call it by the name typed on the line.
     */
    static Path agentryOnPath(Path folder) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path bin = folder.resolve("bin");
        write(bin.resolve("agentry"), "#!/bin/sh\nexec '" + java + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp '"
                + System.getProperty("java.class.path") + "' dev.agentry.AgentryApplication \"$@\"\n");
        try {
            Files.setPosixFilePermissions(bin.resolve("agentry"), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bin;
    }

    /** The environment of a run: the PATH with that agentry first, a home of its own, nothing else of this machine's. */
    static Map<String, String> env(Path bin, Path home) {
        return Map.of("PATH", bin + ":/usr/bin:/bin", "HOME", home.toString(), "LANG", "C.UTF-8", "TERM", "dumb");
    }

    /** A folder to complete paths in: two folders (one with a blank in its name) and a file. */
    static Path folders(Path root) {
        try {
            Path cwd = Files.createDirectories(root.resolve("cwd"));
            Files.createDirectories(cwd.resolve("alpha"));
            Files.createDirectories(cwd.resolve("beta dir"));
            Files.writeString(cwd.resolve("notes.txt"), "not a folder\n");
            return cwd;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of the stacks suited to a project type, as the catalogue has them. */
    static List<String> suited(String type) {
        return CATALOG.stacksFor(type).stream().map(Stack::id).toList();
    }

    /** A layer of custom scaffolds that adds the stack {@link #CUSTOM_STACK} (the built-in go stack under another id). */
    static Path customLayer(Path folder) {
        try {
            String stacks = Files.readString(Path.of("scaffolds/stacks.yml"));
            Matcher go = Pattern.compile("(?ms)^  - id: go\\n.*?(?=^  - id: |\\z)").matcher(stacks);
            assertThat(go.find()).as("the go stack in scaffolds/stacks.yml").isTrue();
            write(folder.resolve("stacks.yml"), "stacks:\n" + go.group().replace("  - id: go\n", "  - id: " + CUSTOM_STACK + "\n")
                    .replace("    name: Go\n", "    name: Zig (custom)\n"));
            return folder;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a finished process printed. */
    record Run(int code, String out, String err) {
    }

    /** Runs {@code argv} in {@code cwd} with exactly {@code env}, stdin closed, for at most two minutes. */
    static Run run(Path cwd, Map<String, String> env, List<String> argv) {
        try {
            Path out = Files.createTempFile("completion", ".out");
            Path err = Files.createTempFile("completion", ".err");
            ProcessBuilder builder = new ProcessBuilder(argv).directory(cwd.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().clear();
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(String.join(" ", argv) + " did not finish within two minutes");
            }
            Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            Files.delete(out);
            Files.delete(err);
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

    /** The lines printed, without blank ones. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        text.lines().filter(l -> !l.isBlank()).forEach(lines::add);
        return lines;
    }

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
