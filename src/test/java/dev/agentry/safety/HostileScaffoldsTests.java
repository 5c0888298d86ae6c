package dev.agentry.safety;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.agentry.TestLayers;
import dev.agentry.Trees;
import dev.agentry.cli.CliHarness;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A corpus of hostile scaffold layers: templates that try to run code or leave the scaffold folders, and catalogue
 * entries that try to escape. Each is refused with its exit code and a message naming the place, and nothing is
 * written anywhere.
 */
class HostileScaffoldsTests {

    @TempDir
    Path target;

    @TempDir
    Path layer;

    @TempDir
    Path outside;

    /** A hostile layer: its files, the exit code expected, and text the message must contain. */
    record Case(String name, Map<String, String> files, int exitCode, List<String> message) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static String reviewer(String body) {
        return "<#import \"lib/team.ftl\" as t>\n# Role\nReviewer\n" + body + "\n<@t.collaboration/>\n";
    }

    static List<Case> corpus() {
        return List.of(
                new Case("?new with Execute", Map.of("templates/code-reviewer.ftl",
                        reviewer("<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"touch /tmp/pwned\")}")),
                        4, List.of("code-reviewer.ftl:4", "?new")),
                new Case("?new with ObjectConstructor", Map.of("templates/code-reviewer.ftl",
                        reviewer("<#assign oc = \"freemarker.template.utility.ObjectConstructor\"?new()>${oc(\"java.io.File\", \"/tmp\")}")),
                        4, List.of("code-reviewer.ftl:4", "?new")),
                new Case("?new with spaces", Map.of("templates/code-reviewer.ftl",
                        reviewer("${ \"freemarker.template.utility.Execute\" ? new ( ) (\"id\") }")),
                        4, List.of("code-reviewer.ftl:4")),
                new Case("?api", Map.of("templates/code-reviewer.ftl", reviewer("${project?api.getClass()}")),
                        4, List.of("code-reviewer.ftl:4", "?api")),
                new Case("?interpret of an answer", Map.of("templates/code-reviewer.ftl",
                        reviewer("<@projectName?interpret/>")), 4, List.of("?interpret")),
                new Case("include of an absolute path", Map.of("templates/code-reviewer.ftl",
                        reviewer("<#include \"/etc/passwd\">")), 4, List.of("code-reviewer.ftl:4", "/etc/passwd")),
                new Case("include of a ../ path", Map.of("templates/code-reviewer.ftl",
                        reviewer("<#include \"../../../../etc/passwd\">")), 4, List.of("../../../../etc/passwd")),
                new Case("import of a ../ path", Map.of("templates/code-reviewer.ftl",
                        "<#import \"../agents.yml\" as x>\n# Role\nx\n"), 4, List.of("../agents.yml")),
                new Case("agent template path that leaves the layer", Map.of("agents.yml", """
                        agents:
                          - id: code-reviewer
                            description: "x"
                            template: ../../../etc/passwd
                        """), 4, List.of("agents.yml", "../../../etc/passwd")),
                new Case("agent template absolute path", Map.of("agents.yml", """
                        agents:
                          - id: code-reviewer
                            description: "x"
                            template: /etc/passwd
                        """), 4, List.of("/etc/passwd")),
                new Case("agent id with ../", Map.of("agents.yml", """
                        agents:
                          - id: ../../escape
                            description: "x"
                            template: code-reviewer.ftl
                        """), 2, List.of("'../../escape' is not a valid agent id")),
                new Case("agent id that is an absolute path", Map.of("agents.yml", """
                        agents:
                          - id: /tmp/escape
                            description: "x"
                            template: code-reviewer.ftl
                        """), 2, List.of("'/tmp/escape' is not a valid agent id")),
                new Case("deployment agent name with ../", Map.of("deployments.yml", """
                        deployments:
                          - id: evil
                            name: Evil
                            agent: ../../.ssh/authorized_keys
                            variables: {}
                        """), 2, List.of("is not a valid agent name")),
                new Case("stack id with a slash", Map.of("stacks.yml", """
                        stacks:
                          - id: a/b
                            name: x
                        """), 2, List.of("'a/b' is not a valid stack id")),
                new Case("description template with ?new", Map.of("agents.yml", """
                        agents:
                          - id: code-reviewer
                            description: "${'freemarker.template.utility.Execute'?new()('id')}"
                            template: code-reviewer.ftl
                        """), 4, List.of("?new")),
                new Case("method call on an answer", Map.of("templates/code-reviewer.ftl",
                        reviewer("${projectName.getClass()}")), 2, List.of("code-reviewer.ftl")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void hostileLayerIsRefusedAndNothingIsWritten(Case hostile) throws Exception {
        TestLayers.write(layer, hostile.files());
        Map<String, String> layerBefore = Trees.snapshot(layer);
        CliHarness.Run run = CliHarness.run("generate", "--target", target.toString(), "--scaffolds", layer.toString(),
                "--project-type", "backend-api", "--deployment", "aws", "--stack", "python-fastapi");
        assertThat(run.code()).as(run.err()).isEqualTo(hostile.exitCode());
        for (String part : hostile.message()) {
            assertThat(run.err()).contains(part);
        }
        assertThat(Trees.snapshot(target)).as("nothing written to the target").isEmpty();
        assertThat(Trees.snapshot(layer)).as("nothing written to the layer").isEqualTo(layerBefore);
        assertThat(Files.exists(Path.of("/tmp/pwned"))).isFalse();
    }
}
