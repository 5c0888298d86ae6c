package dev.agentry.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.agentry.TestLayers;
import dev.agentry.apply.FileSystem;
import dev.agentry.support.AgentryException;
import dev.agentry.support.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Custom layers and legacy {{PLACEHOLDER}} agents, including the user's own seed template dropped in unchanged. */
class LegacyAndLayerTests {

    @TempDir
    Path target;

    @TempDir
    Path layer;

    private Outcome generate(List<Path> layers, Map<String, Object> flags) {
        return new Generate(new Scaffolds(), FileSystem.REAL).run(Request.to(target).flags(flags)
                .scaffolds(layers.stream().map(Path::toString).toList()).build(), Generate.Mode.GENERATE);
    }

    private static Map<String, Object> webApp() {
        return Map.of("project-type", "web-app", "deployment", "aws", "stack", "java-spring-boot", "project-name", "Shop");
    }

    private static String seed() throws Exception {
        return Files.readString(Path.of(LegacyAndLayerTests.class.getResource("/legacy/backend-engineer.md").toURI()));
    }

    @Test
    void theSeedFileDroppedInUnchangedReplacesTheBuiltInRole() throws Exception {
        TestLayers.write(layer, Map.of("agents/backend-engineer.md", seed()));
        assertThat(generate(List.of(layer), webApp()).exitCode()).isEqualTo(ExitCode.OK);
        String agent = Files.readString(target.resolve(".claude/agents/backend-engineer.md"));
        String frontmatter = agent.substring(4, agent.indexOf("\n---\n", 4) + 1);
        var fields = YAMLMapper.builder().build().readTree(frontmatter);
        assertThat(fields.get("name").asString()).isEqualTo("backend-engineer");
        assertThat(fields.get("description").asString()).isEqualTo("Specializes in server-side development including API"
                + " design, database architecture, authentication systems, and scalable backend solutions for Full-Stack Web"
                + " applications.");
        assertThat(fields.get("color").asString()).isEqualTo("yellow");
        assertThat(agent).contains("- **With aws-deployment-engineer**: Prepare applications for production deployment and scaling")
                .contains("business logic for Full-Stack Web applications. Focus on performance")
                .doesNotContain("{{");
        String expectedBody = seed().substring(seed().indexOf("\n---\n", 4) + 5)
                .replace("{{PROJECT_TYPE}}", "Full-Stack Web").replace("{{DEPLOYMENT_AGENT}}", "aws-deployment-engineer");
        assertThat(agent.substring(agent.indexOf("\n---\n", 4) + 5).strip()).isEqualTo(expectedBody.strip());
    }

    @Test
    void legacyTextIsCopiedLiterallyAndUnknownPlaceholdersAreNamed() throws Exception {
        TestLayers.write(layer, Map.of("agents/security-engineer.md", """
                ---
                name: security-engineer
                description: Security reviews for {{PROJECT_NAME}}. Examples include: threat models
                color: gold
                ---
                # Role
                Keep ${secrets} and <#if x> as they are, for {{TECH_STACK}} with {{TESTING_FRAMEWORK}}.
                """));
        assertThat(generate(List.of(layer), webApp()).exitCode()).isEqualTo(ExitCode.OK);
        String agent = Files.readString(target.resolve(".claude/agents/security-engineer.md"));
        assertThat(agent).contains("description: \"Security reviews for Shop. Examples include: threat models\"")
                .contains("Keep ${secrets} and <#if x> as they are, for Java / Spring Boot with JUnit")
                .doesNotContain("gold");

        TestLayers.write(layer, Map.of("agents/security-engineer.md", """
                ---
                name: security-engineer
                description: x
                ---
                # Role
                line two
                Uses {{FAVOURITE_COLOUR}} here.
                """));
        assertThatThrownBy(() -> generate(List.of(layer), webApp()))
                .isInstanceOf(AgentryException.class)
                .hasMessageContaining("agents/security-engineer.md:7: unknown placeholder {{FAVOURITE_COLOUR}}");
    }

    @Test
    void repositoryLayerInDotAgentryScaffoldsIsUsedWithoutBeingGiven() throws Exception {
        TestLayers.write(target.resolve(".agentry/scaffolds"), Map.of("templates/code-reviewer.ftl",
                "<#import \"lib/team.ftl\" as t>\n# Role\nOur own reviewer for ${projectName}.\n\n<@t.collaboration/>\n"));
        generate(List.of(), webApp());
        assertThat(Files.readString(target.resolve(".claude/agents/code-reviewer.md"))).contains("Our own reviewer for Shop.");
    }

    @Test
    void layersUsedAreRecordedAndUsedAgainByUpdate() throws Exception {
        TestLayers.write(layer, Map.of("project-types.yml", """
                project-types:
                  - id: cli-tool
                    name: Command-Line Tool
                    description: A program people run in a terminal
                    agents: [backend-engineer, testing-specialist]
                """, "stacks.yml", ""));
        Files.delete(layer.resolve("stacks.yml"));
        TestLayers.write(layer, Map.of("stacks.yml", java.nio.file.Files.readString(Path.of("scaffolds/stacks.yml"))
                .replace("project-types: [backend-api, web-app, mobile-app, ai-ml, data-platform, custom]",
                        "project-types: [backend-api, web-app, mobile-app, ai-ml, data-platform, custom, cli-tool]")));
        Outcome first = generate(List.of(layer), Map.of("project-type", "cli-tool", "deployment", "aws", "stack", "java-spring-boot"));
        assertThat(first.team().members()).extracting(m -> m.name())
                .containsExactly("backend-engineer", "testing-specialist", "aws-deployment-engineer");
        assertThat(Files.readString(target.resolve(".agentry/answers.yml"))).contains(layer.toString());
        Outcome again = new Generate(new Scaffolds(), FileSystem.REAL).run(Request.of(target), Generate.Mode.UPDATE);
        assertThat(again.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(again.team().projectType().name()).isEqualTo("Command-Line Tool");
    }
}
