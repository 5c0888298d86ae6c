package dev.agentry.catalog;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.agentry.TestLayers;
import dev.agentry.support.AgentryException;
import dev.agentry.support.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogLoaderTests {

    @TempDir
    Path dir;

    private Catalog loadWith(Map<String, String> files) {
        return new CatalogLoader().load(List.of(TestLayers.layer(dir, files)));
    }

    private void assertBroken(Map<String, String> files, String message) {
        assertThatThrownBy(() -> loadWith(files))
                .isInstanceOf(AgentryException.class)
                .satisfies(e -> assertThat(((AgentryException) e).exitCode()).isEqualTo(ExitCode.USAGE))
                .hasMessage(message);
    }

    @Test
    void builtInCatalogueLoadsWithEveryProjectTypeOfTheIssue() {
        Catalog catalog = new CatalogLoader().load(List.of());
        assertThat(catalog.projectTypes()).extracting(ProjectType::id)
                .contains("web-app", "web-frontend", "backend-api", "mobile-app", "ai-ml", "data-platform", "custom");
        assertThat(catalog.deployments()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(catalog.stacks()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(catalog.deployment("aws")).get().extracting(Deployment::agent).isEqualTo("aws-deployment-engineer");
    }

    @Test
    void layerEntryWithTheSameIdReplacesTheBuiltInOne() {
        Catalog catalog = loadWith(Map.of("project-types.yml", """
                project-types:
                  - id: backend-api
                    name: Service
                    description: A small service
                    agents: [backend-engineer, code-reviewer]
                """));
        assertThat(catalog.projectType("backend-api")).get().extracting(ProjectType::name).isEqualTo("Service");
        assertThat(catalog.projectTypes()).hasSize(new CatalogLoader().load(List.of()).projectTypes().size());
    }

    @Test
    void layerCanAddAProjectTypeWithNoJavaChange() {
        Catalog catalog = loadWith(Map.of("project-types.yml", """
                project-types:
                  - id: cli-tool
                    name: Command-Line Tool
                    description: A program people run in a terminal
                    agents: [backend-engineer, testing-specialist]
                """));
        assertThat(catalog.projectType("cli-tool")).isPresent();
    }

    @Test
    void onlyTheBuiltInGeneralPurposeTypeDeclaresItsTeamChosen() {
        Catalog catalog = new CatalogLoader().load(List.of());
        assertThat(catalog.projectTypes()).filteredOn(ProjectType::teamIsChosen).extracting(ProjectType::id)
                .containsExactly("custom");
        assertThat(catalog.projectTypes()).filteredOn(type -> !type.teamIsChosen())
                .allSatisfy(type -> assertThat(catalog.defaultTeam(type)).isNotEmpty());
    }

    @Test
    void aChosenTeamWithATeamOfItsOwnIsRejectedNamingBoth() {
        assertBroken(Map.of("project-types.yml", """
                project-types:
                  - id: cli-tool
                    name: Command-Line Tool
                    description: A program people run in a terminal
                    team: chosen
                    agents: [backend-engineer]
                """), "fixture/project-types.yml project-types[0] ('cli-tool'): 'team: chosen' leaves the whole team to the"
                + " user, yet 'agents' gives the type a team of its own (backend-engineer): remove 'team: chosen', or"
                + " 'agents'.");
    }

    @Test
    void aTeamChoiceOtherThanPresetOrChosenNamesTheValues() {
        assertThatThrownBy(() -> loadWith(Map.of("project-types.yml", """
                project-types:
                  - id: cli-tool
                    name: Command-Line Tool
                    description: A program people run in a terminal
                    team: picked
                """))).isInstanceOf(AgentryException.class).hasMessageContaining("team")
                .hasMessageContaining("one of preset, chosen");
    }

    @Test
    void summaryHeadingsOfALayerReplaceTheBuiltInOnesOneByOne() {
        assertThat(new CatalogLoader().load(List.of()).summaryHeadings())
                .isEqualTo(new SummaryHeadings("Role", "Core Responsibilities", "Delegation Triggers"));
        Catalog catalog = loadWith(Map.of("catalog.yml", """
                version: 1
                summary-headings:
                  role: Purpose
                """));
        assertThat(catalog.summaryHeadings())
                .isEqualTo(new SummaryHeadings("Purpose", "Core Responsibilities", "Delegation Triggers"));
    }

    @Test
    void colorOutsideThePaletteNamesFileAndKey() {
        assertBroken(Map.of("agents.yml", """
                agents:
                  - id: backend-engineer
                    description: "Backend work."
                    template: backend-engineer.ftl
                    color: gold
                """), "fixture/agents.yml agents[0] ('backend-engineer'): color 'gold' is not one Claude Code accepts."
                + " Valid colors: blue, green, purple, yellow, orange, cyan, pink, red.");
    }

    @Test
    void unknownProjectTypeInAStackNamesTheClosestOne() {
        assertBroken(Map.of("stacks.yml", """
                stacks:
                  - id: tiny
                    name: Tiny
                    project-types: [backend]
                    variables: {}
                """), "fixture/stacks.yml stacks[0] ('tiny'): project-types names an unknown project type 'backend'."
                + " Did you mean 'backend-api'? Valid: web-app, web-frontend, backend-api, mobile-app, ai-ml, data-platform, custom.");
    }

    @Test
    void missingTemplateIsNamed() {
        assertBroken(Map.of("agents.yml", """
                agents:
                  - id: security-engineer
                    description: "Security work."
                    template: security-engineer.ftl
                """), "fixture/agents.yml agents[0] ('security-engineer'): template 'security-engineer.ftl' was not found"
                + " under templates/ in any scaffold layer.");
    }

    @Test
    void invalidIdIsRejectedWhenLoaded() {
        assertBroken(Map.of("project-types.yml", """
                project-types:
                  - id: ../escape
                    name: Escape
                    description: x
                """), "fixture/project-types.yml: project-types[0].id '../escape' is not a valid project type id: use"
                + " lowercase letters, digits and single hyphens, starting and ending with a letter or digit, at most 50 characters.");
    }

    @Test
    void duplicateIdInOneFileIsRejected() {
        assertBroken(Map.of("deployments.yml", """
                deployments:
                  - id: edge
                    name: Edge
                    agent: edge-deployment-engineer
                    variables: {}
                  - id: edge
                    name: Edge 2
                    agent: edge2-deployment-engineer
                    variables: {}
                """), "fixture/deployments.yml: deployments[1] repeats the id 'edge' of deployments[0].");
    }

    @Test
    void stackMissingADeclaredVariableIsRejected() {
        assertThatThrownBy(() -> loadWith(Map.of("stacks.yml", """
                stacks:
                  - id: tiny
                    name: Tiny
                    project-types: [backend-api]
                    variables:
                      language: Zig
                """)))
                .hasMessageStartingWith("fixture/stacks.yml stacks[0] ('tiny'): variables has no 'frontend-framework'");
    }

    @Test
    void unknownKeySuggestsTheRightOne() {
        assertThatThrownBy(() -> loadWith(Map.of("agents.yml", """
                agents:
                  - id: backend-engineer
                    template: backend-engineer.ftl
                    colour: red
                """)))
                .hasMessageStartingWith("fixture/agents.yml:4:")
                .hasMessageContaining("unknown key 'colour'")
                .hasMessageContaining("Did you mean 'color'?");
    }

    @Test
    void invalidModelIsRejected() {
        assertBroken(Map.of("agents.yml", """
                agents:
                  - id: backend-engineer
                    description: "Backend work."
                    template: backend-engineer.ftl
                    model: gpt-4
                """), "fixture/agents.yml agents[0] ('backend-engineer'): model 'gpt-4' is not valid: use sonnet, opus,"
                + " haiku, inherit or a full model id such as claude-sonnet-4-5.");
    }

    @Test
    void emptyLayerIsRejected() {
        assertThatThrownBy(() -> loadWith(Map.of("README.txt", "nothing here")))
                .hasMessageStartingWith("Scaffold layer fixture holds no scaffolds");
    }

    @Test
    void anEmptyTemplatesFolderIsNamedAsEmptyRatherThanAsMissing() throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("templates"));
        assertBroken(Map.of("README.txt", "nothing here"), "Scaffold layer fixture holds no scaffolds: expected at least one"
                + " of catalog.yml, project-types.yml, deployments.yml, stacks.yml, agents.yml, claude.yml, an agents/ folder with Markdown"
                + " agents (.md) or a templates/ folder with templates (.ftl); its templates/ folder holds none.");
        java.nio.file.Files.createDirectories(dir.resolve("agents"));
        assertThatThrownBy(() -> loadWith(Map.of())).hasMessageEndingWith("; its agents/ and templates/ folders hold none.");
    }

    @Test
    void aLayerOfLibraryTemplatesOnlyIsALayer() {
        Catalog catalog = loadWith(Map.of("templates/lib/extra.ftl", "<#macro extra>x</#macro>\n"));
        assertThat(catalog.projectTypes()).isNotEmpty();
    }

    @Test
    void deploymentAgentNameMustNotClashWithARole() {
        assertBroken(Map.of("deployments.yml", """
                deployments:
                  - id: clash
                    name: Clash
                    agent: backend-engineer
                    variables: {}
                """), "fixture/deployments.yml deployments[0] ('clash'): agent 'backend-engineer' is already the name of a role.");
    }

    @Test
    void legacyAgentReplacesTheBuiltInRoleOfTheSameName() {
        Catalog catalog = loadWith(Map.of("agents/backend-engineer.md", """
                ---
                name: backend-engineer
                description: Backend for {{PROJECT_TYPE}} apps. Examples include: APIs
                color: gold
                ---
                # Role
                Hello
                """));
        assertThat(catalog.legacyAgents()).containsKey("backend-engineer");
        assertThat(catalog.agent("backend-engineer")).get().satisfies(a -> {
            assertThat(a.description()).isEqualTo("Backend for {{PROJECT_TYPE}} apps. Examples include: APIs");
        });
    }
}
