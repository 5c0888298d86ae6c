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
                text("wrong type for agents", "project-type: backend-api\nagents: {a: 1}\n",
                        "answers.yml:2 (agents): 'agents' must be a list of names, not a mapping"),
                text("wrong type for project-type", "project-type: [web-app, backend-api]\n",
                        "answers.yml:1 (project-type): 'project-type' must be a single value, not a list"),
                text("unknown key", "project-type: backend-api\nstak: go\n",
                        "answers.yml:2 (stak): Unknown key 'stak'. Did you mean 'stack'?"),
                text("duplicate keys", "project-type: backend-api\n# again\nproject-type: web-app\n",
                        "answers.yml:3 (project-type): duplicate key 'project-type'"),
                text("deep nesting", "a: " + "[".repeat(5000) + "]".repeat(5000) + "\n", "answers"),
                text("two documents", "project-type: backend-api\n---\nproject-type: web-app\n", "answers"),
                text("not a mapping", "- project-type\n- stack\n", "expected a mapping"),
                text("malformed yaml", "project-type: [web-app\nstack: go\n", "invalid YAML"),
                text("java type tag", "project-type: !!java.lang.Runtime {}\n", "answers"),
                text("a single agent where a list belongs", "project-type: backend-api\nagents: product-manager\n",
                        "answers.yml:2 (agents): 'agents' must be a list, not a single value. Write it as a list:"
                                + " 'agents: [product-manager]', or one per line:\nagents:\n  - product-manager"),
                text("a single target where a list belongs", "project-type: backend-api\ntargets: claude\n",
                        "answers.yml:2 (targets): 'targets' must be a list, not a single value"),
                text("unknown agent in a block list", "project-type: backend-api\nagents:\n  - backend-engineer\n  - product-manger\n",
                        "answers.yml:4 (agents): Unknown agent 'product-manger'. Did you mean 'product-manager'?"),
                text("unknown agent, no final line break", "project-type: backend-api\nagents: [backend-engineer, bogus]",
                        "answers.yml:2 (agents): Unknown agent 'bogus'."),
                text("unknown project type, BOM and CRLF", "\uFEFF# ours\r\n\r\nproject-type: web-ap\r\n",
                        "answers.yml:3 (project-type): Unknown project type 'web-ap'. Did you mean 'web-app'?"),
                text("comments everywhere", "# a\nproject-type: backend-api # b\n# c\nagents: # d\n  # e\n  - backend-engineer # f\n"
                        + "  - nope\n# g\n", "answers.yml:7 (agents): Unknown agent 'nope'."),
                text("quoted keys", "\"project-type\": backend-api\n'targets': [claude, windsurf]\n",
                        "answers.yml:2 (targets): Unknown target 'windsurf'."),
                text("an empty item", "project-type: backend-api\nagents: [backend-engineer, '']\n",
                        "answers.yml:2 (agents): 'agents' must be a list of names; item 2 is empty."),
                text("a deployment agent among the roles", "project-type: backend-api\nagents:\n- backend-engineer\n"
                        + "- aws-deployment-engineer\n", "answers.yml:4 (agents): 'aws-deployment-engineer' is the deployment agent"),
                text("a setting that is not true or false", "project-type: backend-api\n\nclaude-md: maybe\n",
                        "answers.yml:3 (claude-md): 'claude-md' must be true or false, not 'maybe'."),
                text("a variable that is not a number", "project-type: backend-api\ntest-coverage-target: lots\n",
                        "answers.yml:2 (test-coverage-target): 'test-coverage-target' must be a number, not 'lots'."),
                text("a scaffold folder that does not exist", "project-type: backend-api\nscaffolds:\n  - ours\n  - no/such/folder\n",
                        "answers.yml:3 (scaffolds): Scaffold folder 'ours' does not exist"),
                text("a project name too long", "project-type: backend-api\nproject-name: " + "x".repeat(120) + "\n",
                        "answers.yml:2 (project-name): The project name is 120 characters long; the limit is 100."),
                text("a mapping for the project name", "project-type: backend-api\nproject-name: {a: 1}\n",
                        "answers.yml:2 (project-name): 'project-name' must be a single value, not a mapping"),
                text("newline in project name", "project-type: backend-api\nproject-name: \"shop\\nname: evil\"\n",
                        "answers.yml:2 (project-name): The project name contains a line break"));
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
    void aMissingAnswersFileIsNamed() {
        CliHarness.Run run = CliHarness.run("generate", "--target", target.toString(), "--answers",
                files.resolve("nope.yml").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("nope.yml: no such file. Give an answers file (YAML, the keys of .agentry/answers.yml)"
                + " with --answers FILE.");
        CliHarness.Run folder = CliHarness.run("generate", "--target", target.toString(), "--answers", files.toString());
        assertThat(folder.err()).contains(": no such file (it is a folder).");
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
    void aBadValueInTheStoredAnswersIsBlamedOnItsLineAndKeyNotOnAnOption() throws Exception {
        assertThat(CliHarness.run("generate", "--target", target.toString(), "--project-type", "backend-api", "--deployment",
                "aws", "--stack", "python-fastapi").code()).isZero();
        Path stored = target.resolve(".agentry/answers.yml");
        String text = Files.readString(stored).replace("stack: python-fastapi", "stack: pyhton-fastapi");
        Files.writeString(stored, text);
        int line = text.lines().toList().indexOf("stack: pyhton-fastapi") + 1;
        var before = Trees.content(target);
        CliHarness.Run run = CliHarness.run("update", "--target", target.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(".agentry/answers.yml:" + line + " (stack): Unknown stack 'pyhton-fastapi'."
                + " Did you mean 'python-fastapi'?").doesNotContain("--stack)");
        assertThat(Trees.content(target)).isEqualTo(before);
    }

    @Test
    void aStoredStackThatNoLongerSuitsIsBlamedOnItsLineWithTheTypesOption() throws Exception {
        assertThat(CliHarness.run("generate", "--target", target.toString(), "--project-type", "backend-api", "--deployment",
                "aws", "--stack", "python-fastapi").code()).isZero();
        int line = Files.readAllLines(target.resolve(".agentry/answers.yml")).indexOf("stack: python-fastapi") + 1;
        CliHarness.Run run = CliHarness.run("update", "--target", target.toString(), "--project-type", "web-frontend");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(".agentry/answers.yml:" + line + " (stack): Stack 'python-fastapi' (",
                ") does not suit project type 'web-frontend' (", ", --project-type). Stacks for web-frontend: nextjs, react-vite,",
                "Choose one with --stack (for example --stack nextjs), or another project type with --project-type.");
    }

    @Test
    void valuesGivenOnTheCommandLineAreBlamedOnTheirOption() {
        CliHarness.Run stack = CliHarness.run("generate", "--target", target.toString(), "--project-type", "backend-api",
                "--deployment", "aws", "--stack", "pyhton-fastapi");
        assertThat(stack.code()).isEqualTo(2);
        assertThat(stack.err()).contains("Unknown stack 'pyhton-fastapi' (--stack). Did you mean 'python-fastapi'?");
        CliHarness.Run set = CliHarness.run("generate", "--target", target.toString(), "--project-type", "backend-api",
                "--deployment", "aws", "--stack", "python-fastapi", "--set", "claude-md=maybe");
        assertThat(set.code()).isEqualTo(2);
        assertThat(set.err()).contains("'claude-md' must be true or false, not 'maybe' (--set claude-md).");
        CliHarness.Run agents = CliHarness.run("generate", "--target", target.toString(), "--project-type", "backend-api",
                "--deployment", "aws", "--stack", "python-fastapi", "--agents", "backend-engineer,nobody");
        assertThat(agents.code()).isEqualTo(2);
        assertThat(agents.err()).contains("Unknown agent 'nobody' (--agents).");
        assertThat(Trees.snapshot(target)).isEmpty();
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
