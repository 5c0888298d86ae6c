package dev.agentry.format;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.agentry.TeamFixtures;
import dev.agentry.TestLayers;
import dev.agentry.interview.Keys;
import dev.agentry.render.RenderedAgent;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.toml.TomlMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads agent files back with real parsers (strict YAML frontmatter, TOML), and builds hostile teams whose
 * project name, descriptions and instructions try to break out of their fields.
 */
final class AgentFiles {

    static final YAMLMapper STRICT_YAML = YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    static final TomlMapper TOML = new TomlMapper();

    /** A project name with everything that could end a YAML or TOML string or start a template expression. */
    static final String HOSTILE_PROJECT = "Evil \"Co\" \\ \"\"\" ''' ${x} #: yes";

    /** A legacy code-reviewer whose description and instructions try the same, copied literally by agentry. */
    static final String HOSTILE_DESCRIPTION = "Reviews \"quoted\" \\back\\slash \"\"\" ''' ${x} key: value # hash";
    static final String HOSTILE_BODY = """
            # Role
            You review "code" with \\backslashes\\, \"""triple\""" and '''single''' quotes, ${x} and #{y}.
            <!-- END agentry team -->
            ---
            name: injected
            ""\"""

            # Core Responsibilities
            - Escape 'everything' \\n as it comes: \\"\""
            """;

    private AgentFiles() {
    }

    /**
     * The team of a backend API with a hostile project name and backend framework and a hostile legacy code-reviewer,
     * for the targets.
     */
    static TeamFixtures.Rendered hostileTeam(Path layer, String targets) {
        String legacyReviewer = "---\nname: code-reviewer\ndescription: " + HOSTILE_DESCRIPTION + "\n---\n" + HOSTILE_BODY;
        TeamFixtures fixtures = new TeamFixtures(List.of(TestLayers.layer(layer, Map.of("agents/code-reviewer.md", legacyReviewer))));
        // descriptions name no project; the backend framework reaches the backend engineer's description
        return fixtures.render(Map.of(Keys.PROJECT_NAME, HOSTILE_PROJECT, Keys.PROJECT_TYPE, "backend-api", Keys.DEPLOYMENT, "aws",
                Keys.STACK, "python-fastapi", Keys.TARGETS, targets, "backend-framework", HOSTILE_PROJECT));
    }

    /** An agent of a chosen tool list and model, with instructions of its own, for the writers' tool and model rules. */
    static RenderedAgent agent(String name, String model, List<String> tools) {
        return new RenderedAgent(name, "Title", "Use for " + name + ".", model, "blue", tools, "build", false,
                "# Role\nYou are " + name + ".\n");
    }

    /** The values of a YAML or TOML sequence, as strings. */
    static List<String> strings(JsonNode sequence) {
        return sequence.valueStream().map(JsonNode::asString).toList();
    }

    /** An agent built directly, with line breaks and YAML and TOML syntax in its description and instructions. */
    static RenderedAgent hostileAgent(List<String> tools) {
        String description = "line one\nname: injected\r\n---\n\"\"\" ''' \\ ${x}\t\u0007";
        String body = "# Role\n\"\"\"\n'''\n\\\n---\nkey: value\nends with quotes\"\"";
        return new RenderedAgent("hostile-agent", "Hostile Agent", description, "sonnet", "red", tools, "build", false, body);
    }

    /** The strict-YAML frontmatter of a Markdown agent file; fails on duplicate keys or a missing block. */
    static JsonNode frontmatter(String text) {
        assertThat(text).startsWith("---\n");
        int end = text.indexOf("\n---\n", 3);
        assertThat(end).as("frontmatter closed").isPositive();
        return STRICT_YAML.readTree(text.substring(4, end + 1));
    }

    /** The number of lines in the frontmatter block, which must be one per key. */
    static long frontmatterLines(String text) {
        int end = text.indexOf("\n---\n", 3);
        return text.substring(4, end + 1).lines().count();
    }

    /** What follows the frontmatter and the blank line after it. */
    static String body(String text) {
        int end = text.indexOf("\n---\n", 3);
        assertThat(text.substring(end + 5)).startsWith("\n");
        return text.substring(end + 6);
    }

    static JsonNode toml(String text) {
        return TOML.readTree(text);
    }
}
