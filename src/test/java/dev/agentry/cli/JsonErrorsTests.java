package dev.agentry.cli;

import dev.agentry.console.Io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With --json, stdout holds exactly one JSON object on every path, errors included: {@code {"command", "exitCode",
 * "error"}}, while the message for people still goes to stderr.
 */
class JsonErrorsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path target;

    /** The one JSON object on stdout (parsing fails on anything else, or on a second value after it). */
    private static JsonNode only(CliHarness.Run run) {
        JsonNode node = JSON.readTree(run.out());
        assertThat(node.isObject()).as(run.out()).isTrue();
        return node;
    }

    private static void isError(CliHarness.Run run, String command, int code, String message) {
        assertThat(run.code()).isEqualTo(code);
        JsonNode error = only(run);
        if (command == null) {
            assertThat(error.has("command")).isFalse();
        }
        else {
            assertThat(error.get("command").asString()).isEqualTo(command);
        }
        assertThat(error.get("exitCode").asInt()).isEqualTo(code);
        assertThat(error.get("error").asString()).contains(message);
        assertThat(List.copyOf(error.propertyNames())).containsAnyOf("exitCode").hasSizeLessThanOrEqualTo(3);
        assertThat(run.err()).contains("error:").contains(message);
    }

    @Test
    void anUnknownOption() {
        isError(CliHarness.run("check", "--bogus", "--json"), "check", 2, "Unknown option '--bogus' for 'check'.");
    }

    @Test
    void anUnknownCommand() {
        isError(CliHarness.run("chek", "--json"), null, 2, "Unknown command 'chek'. Did you mean 'check'?");
    }

    @Test
    void aBadValue() {
        isError(CliHarness.run("generate", "--target", target.toString(), "--project-type", "backend-api", "--deployment", "aws",
                "--stack", "nope", "--json"), "generate", 2, "nope");
        isError(CliHarness.run("update", "--target", target.toString(), "--conflict", "both", "--json"), "update", 2,
                "--conflict takes 'inline' or 'rej'");
        isError(CliHarness.run("generate", "--stack", "--json"), "generate", 2, "--stack needs a value");
    }

    @Test
    void missingAnswers() {
        isError(CliHarness.run("generate", "--target", target.toString(), "--json"), "generate", 2, "Missing answers");
        isError(CliHarness.run("init", "--target", target.toString(), "--json"), "init", 2, "answers are missing");
    }

    @Test
    void refusedForSafety() throws Exception {
        Path outside = Files.createDirectories(target.resolve("../" + target.getFileName() + "-outside"));
        Files.createSymbolicLink(target.resolve(".claude"), outside);
        isError(CliHarness.run("generate", "--target", target.toString(), "--project-type", "backend-api", "--deployment", "aws",
                "--stack", "go", "--json"), "generate", 4, "symbolic link");
    }

    @Test
    void fleetModeBeforeAnyTargetRuns() {
        isError(CliHarness.run("check", "--targets-from", target.resolve("missing.txt").toString(), "--json"), "check", 2,
                "cannot read the file");
    }

    @Test
    void fleetModeIsOneObjectWithEachTargetsError() throws Exception {
        Path empty = Files.createDirectories(target.resolve("empty"));
        CliHarness.Run run = CliHarness.run("check", "--target", empty.toString(), "--target", target.toString(), "--json");
        JsonNode fleet = only(run);
        assertThat(fleet.get("exitCode").asInt()).isEqualTo(run.code()).isNotZero();
        assertThat(fleet.get("targets").size()).isEqualTo(2);
    }

    @Test
    void anInternalError() {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        AgentryCommand broken = new AgentryCommand("boom", "fails", "boom", List.of(CommonOpts.JSON), 0) {
            @Override
            int run(Args args, Io io) {
                throw new IllegalStateException("a bug");
            }
        };
        int code = broken.execute(List.of("--json"), new Io(new java.io.PrintWriter(out), new java.io.PrintWriter(err), false, false));
        isError(new CliHarness.Run(code, out.toString(), err.toString()), "boom", 1, "a bug");
        assertThat(err.toString()).contains("internal error:", "--verbose");
    }

    @Test
    void commandsWithoutOtherOutputAnswerInJsonToo() {
        CliHarness.Run version = CliHarness.run("version", "--json");
        assertThat(version.code()).isZero();
        assertThat(only(version).get("version").asString()).startsWith("0.");
        isError(CliHarness.run("help", "--json"), "help", 2, "Unknown option '--json' for 'help'.");
    }

    @Test
    void withoutJsonNothingButTheMessage() {
        CliHarness.Run run = CliHarness.run("check", "--bogus");
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("error: Unknown option '--bogus' for 'check'.");
    }
}
