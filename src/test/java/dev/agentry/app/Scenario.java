package dev.agentry.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.agentry.TestLayers;
import dev.agentry.cli.CliHarness;

/**
 * A target and a scaffold layer for scenario tests that run agentry's commands as a user types them (in-process, no
 * terminal): each run is a new command, with its own catalogue load, as in real use.
 */
final class Scenario {

    static final String REVIEWER = ".claude/agents/code-reviewer.md";

    /** A code-reviewer template whose lines a test changes between runs, as an upgrade of agentry's scaffolds would. */
    static final String REVIEWER_V1 = reviewer("# Role", "Reviewer v1", "", "# Checklist", "- one", "- two", "- three",
            "- four", "- five", "- six", "- seven", "- eight", "- nine");

    final Path target;
    final Path scaffolds;

    Scenario(Path target, Path scaffolds) {
        this.target = target;
        this.scaffolds = scaffolds;
    }

    static String reviewer(String... lines) {
        return "<#import \"lib/team.ftl\" as t>\n" + String.join("\n", lines) + "\n\n<@t.collaboration/>\n";
    }

    /** Replaces the code-reviewer template of the layer (the layer is recorded by the first generate). */
    void reviewerTemplate(String body) {
        TestLayers.write(scaffolds, Map.of("templates/code-reviewer.ftl", body));
    }

    /** Generates a backend-api team with the reviewer template above and these extra arguments. */
    CliHarness.Run generate(String... extra) {
        reviewerTemplate(REVIEWER_V1);
        List<String> args = new ArrayList<>(List.of("--project-type", "backend-api", "--deployment", "aws", "--stack",
                "java-spring-boot", "--scaffolds", scaffolds.toString()));
        args.addAll(List.of(extra));
        return run("generate", args.toArray(String[]::new));
    }

    /** Runs one command on the target, as {@code agentry COMMAND --target DIR ARGS...}. */
    CliHarness.Run run(String command, String... args) {
        List<String> all = new ArrayList<>(List.of(command, "--target", target.toString()));
        all.addAll(List.of(args));
        return CliHarness.run(all.toArray(String[]::new));
    }

    String read(String path) {
        try {
            return Files.readString(target.resolve(path));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(String path, String text) {
        try {
            Files.createDirectories(target.resolve(path).getParent());
            Files.writeString(target.resolve(path), text);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void edit(String path, String from, String to) {
        String text = read(path);
        if (!text.contains(from)) {
            throw new AssertionError(path + " does not contain '" + from + "'");
        }
        write(path, text.replace(from, to));
    }

    void delete(String path) {
        try {
            Files.delete(target.resolve(path));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean exists(String path) {
        return Files.exists(target.resolve(path));
    }
}
