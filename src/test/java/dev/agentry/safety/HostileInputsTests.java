package dev.agentry.safety;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.agentry.Trees;
import dev.agentry.cli.CliHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A corpus of hostile answers files: each exits 2 promptly with a message naming the problem, and nothing is written.
 * (The timeout only catches a hang; speed is measured by the benchmarks, not by tests.)
 */
class HostileInputsTests {

    @TempDir
    Path target;

    @TempDir
    Path files;

    /** A hostile answers file: its bytes and text its error message must contain. */
    record Case(String name, byte[] bytes, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case text(String name, String text, String message) {
        return new Case(name, text.getBytes(StandardCharsets.UTF_8), message);
    }

    static List<Case> corpus() {
        StringBuilder laughs = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            laughs.append(c).append(": &").append(c).append(" [").append(("*" + (char) (c - 1) + ", ").repeat(8))
                    .append('*').append((char) (c - 1)).append("]\n");
        }
        String big = "project-name: x\n" + "# padding\n".repeat(220_000);
        return List.of(
                text("billion laughs", laughs.toString(), "anchors and aliases"),
                text("oversized file", big, "the limit is 1048576 bytes"),
                new Case("binary junk", new byte[] {0x7f, 'E', 'L', 'F', 0, 0, (byte) 0xff, (byte) 0xfe, 0x01}, "not a"),
                text("wrong type for agents", "project-type: backend-api\nagents: {a: 1}\n", "'agents' must be a list of names"),
                text("wrong type for project-type", "project-type: [web-app, backend-api]\n", "must be a single value"),
                text("unknown key", "project-type: backend-api\nstak: go\n", "Did you mean 'stack'?"),
                text("duplicate keys", "project-type: backend-api\nproject-type: web-app\n", "duplicate key"),
                text("deep nesting", "a: " + "[".repeat(5000) + "]".repeat(5000) + "\n", "answers"),
                text("two documents", "project-type: backend-api\n---\nproject-type: web-app\n", "answers"),
                text("not a mapping", "- project-type\n- stack\n", "expected a mapping"),
                text("malformed yaml", "project-type: [web-app\nstack: go\n", "invalid YAML"),
                text("java type tag", "project-type: !!java.lang.Runtime {}\n", "answers"),
                text("newline in project name", "project-type: backend-api\nproject-name: \"shop\\nname: evil\"\n", "line break"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    @Timeout(20)
    void hostileAnswersFileExitsTwoAndWritesNothing(Case hostile) throws Exception {
        Path answers = Files.write(files.resolve("answers.yml"), hostile.bytes());
        CliHarness.Run run = CliHarness.run("generate", "--target", target.toString(), "--answers", answers.toString(),
                "--deployment", "aws", "--stack", "python-fastapi");
        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(hostile.message());
        assertThat(Trees.snapshot(target)).isEmpty();
    }

    @Test
    void byteOrderMarkAndCrlfAreAccepted() throws Exception {
        Path answers = Files.write(files.resolve("answers.yml"),
                "\uFEFFproject-type: backend-api\r\ndeployment: aws\r\nstack: python-fastapi\r\n".getBytes(StandardCharsets.UTF_8));
        CliHarness.Run run = CliHarness.run("generate", "--target", target.toString(), "--answers", answers.toString());
        assertThat(run.code()).as(run.err()).isZero();
    }

    @Test
    void handEditedStoredAnswersAreCheckedTheSameWay() throws Exception {
        assertThat(CliHarness.run("generate", "--target", target.toString(), "--project-type", "backend-api", "--deployment",
                "aws", "--stack", "python-fastapi").code()).isZero();
        Path stored = target.resolve(".agentry/answers.yml");
        Files.writeString(stored, Files.readString(stored) + "stack: go\n");
        var before = Trees.content(target);
        CliHarness.Run run = CliHarness.run("update", "--target", target.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(".agentry/answers.yml", "duplicate key");
        assertThat(Trees.content(target)).isEqualTo(before);
    }

    @Test
    void answersAreWrittenLiterallyAndCannotBreakTheFrontmatter() throws Exception {
        String name = "Shop \"${7*7}\" <#assign x=1> {{PROJECT_TYPE}} \\ : # x";
        CliHarness.Run run = CliHarness.run("generate", "--target", target.toString(), "--project-name", name,
                "--project-type", "backend-api", "--deployment", "aws", "--stack", "python-fastapi",
                "--set", "backend-framework=" + name);
        assertThat(run.code()).as(run.err()).isZero();
        String manager = Files.readString(target.resolve(".claude/agents/product-manager.md"));
        assertThat(manager).contains("for Shop \"${7*7}\" <#assign x=1> {{PROJECT_TYPE}} \\ : # x, a service with no user interface");
        // descriptions name no project, but a stack variable reaches the backend engineer's
        String backend = Files.readString(target.resolve(".claude/agents/backend-engineer.md"));
        String frontmatter = backend.substring(4, backend.indexOf("\n---\n", 4) + 1);
        var fields = tools.jackson.dataformat.yaml.YAMLMapper.builder().build().readTree(frontmatter);
        assertThat(fields.propertyNames()).containsExactlyInAnyOrder("name", "description", "model", "color", "tools");
        assertThat(fields.get("description").asString()).contains(name);
    }
}
