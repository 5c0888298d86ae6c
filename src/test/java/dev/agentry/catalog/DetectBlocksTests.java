package dev.agentry.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.agentry.TestLayers;
import dev.agentry.detect.Detector;
import dev.agentry.detect.Proposal;
import dev.agentry.support.AgentryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The detect: blocks of the catalogue: read like every other field, checked with messages naming file and key. */
class DetectBlocksTests {

    @TempDir
    Path dir;

    private static final String STACK = """
            stacks:
              - id: rust-axum
                name: Rust / Axum
                project-types: [backend-api]
                variables: {language: Rust, frontend-framework: none, backend-framework: Axum, mobile-framework: none,
                  database: PostgreSQL, data-access: sqlx, api-style: REST, testing-framework: cargo test, e2e-framework: none,
                  test-coverage-target: 80, build-tool: Cargo, lint-tools: clippy, ci-cd-platform: GitHub Actions,
                  monitoring: tracing}
                detect:
                  signals:
            %s
            """;

    private Catalog load(String signals) {
        return new CatalogLoader().load(List.of(TestLayers.layer(dir.resolve("layer"), Map.of("stacks.yml",
                STACK.formatted(signals.indent(6).stripTrailing())))));
    }

    private void assertBroken(String signals, String message) {
        assertThatThrownBy(() -> load(signals)).isInstanceOf(AgentryException.class).hasMessage(message);
    }

    private static final String ORIGIN = "fixture/stacks.yml stacks[0] ('rust-axum'): detect.signals[0]";

    @Test
    void aNewStackBringsItsOwnSignalsAndIsDetectedWithNoJava() throws Exception {
        Catalog catalog = load("""
                - files: [Cargo.toml]
                  weight: 6
                  surfaces: [backend]
                """);
        assertThat(catalog.stack("rust-axum").orElseThrow().detect().signals()).hasSize(1);
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.writeString(repo.resolve("Cargo.toml"), "[package]\nname = 'x'\n");
        Proposal proposal = new Detector(catalog).detect(repo).proposal();
        assertThat(proposal.stack()).isEqualTo("rust-axum");
        assertThat(proposal.projectType()).isEqualTo("backend-api");
    }

    @Test
    void theBuiltInCatalogueDeclaresSignalsForEveryStackDeploymentAndProjectTypeButCustom() {
        Catalog catalog = new CatalogLoader().load(List.of());
        assertThat(catalog.stacks()).allSatisfy(s -> assertThat(s.detect().signals()).as(s.id()).isNotEmpty());
        assertThat(catalog.deployments()).allSatisfy(d -> assertThat(d.detect().signals()).as(d.id()).isNotEmpty());
        assertThat(catalog.projectTypes()).filteredOn(p -> !p.id().equals("custom"))
                .allSatisfy(p -> assertThat(p.detect().surfaces()).as(p.id()).isNotEmpty());
        assertThat(catalog.projectType("custom").orElseThrow().detect()).isEqualTo(DetectSpec.NONE);
        assertThat(catalog.agent("mobile-engineer").orElseThrow().detect().surfaces()).containsExactly("mobile");
    }

    @Test
    void aSignalNamesExactlyOneKind() {
        assertBroken("- {files: [a.toml], commands: [make]}", ORIGIN + " mixes files and commands: give exactly one of"
                + " files, dependencies or commands (one signal per kind).");
        assertBroken("- {weight: 2}", ORIGIN + " names nothing to look for: give exactly one of files, dependencies or"
                + " commands (one signal per kind).");
    }

    @Test
    void aWeightIsOneToTen() {
        assertBroken("- {files: [a.toml], weight: 11}", ORIGIN + ".weight 11 is out of range: use 1 (a hint) to 10 (decisive).");
        assertBroken("- {files: [a.toml], weight: 0}", ORIGIN + ".weight 0 is out of range: use 1 (a hint) to 10 (decisive).");
    }

    @Test
    void aDependencyNamesAKnownEcosystemAndAStarOnlyAtTheEnd() {
        assertBroken("- {dependencies: ['crate:axum']}", ORIGIN + ".dependencies: 'crate:axum' must be ECOSYSTEM:NAME with one"
                + " of the ecosystems maven, gradle-plugin, npm, pypi, go, gem, nuget, pub, terraform, actions, compose. For example"
                + " npm:next or maven:org.springframework.boot:*.");
        assertBroken("- {dependencies: ['pipy:django']}", ORIGIN + ".dependencies: 'pipy:django' must be ECOSYSTEM:NAME with one"
                + " of the ecosystems maven, gradle-plugin, npm, pypi, go, gem, nuget, pub, terraform, actions, compose. Did you"
                + " mean 'pypi'? For example npm:next or maven:org.springframework.boot:*.");
        assertBroken("- {dependencies: ['npm:@types/*-react']}", ORIGIN + ".dependencies: 'npm:@types/*-react': '*' may only"
                + " end a name (a prefix match).");
    }

    @Test
    void aPathPatternStaysInsideTheRepository() {
        assertBroken("- {files: ['../secrets.yml']}", ORIGIN + ".files: '../secrets.yml' is not a path pattern inside the"
                + " repository: use forward slashes and no '..' (for example k8s/*.yaml, Chart.yaml at any depth, /app.yaml at"
                + " the root only).");
    }

    @Test
    void aSurfaceIsOneThatProjectTypesOrAgentsName() {
        assertBroken("- {files: [a.toml], surfaces: [backnd]}", ORIGIN + ".surfaces names an unknown surface 'backnd'. Did you"
                + " mean 'backend'? Surfaces are those project types are made of and agents are called for by: web, backend,"
                + " mobile, ai, data.");
    }

    @Test
    void surfacesBelongToProjectTypesAndAgentsAndSignalsNotToAgents() {
        String withSurfaces = STACK.formatted("      - {files: [a.toml]}").replace("    detect:\n", "    detect:\n      surfaces: [backend]\n");
        assertThatThrownBy(() -> new CatalogLoader().load(List.of(TestLayers.layer(dir, Map.of("stacks.yml", withSurfaces)))))
                .hasMessage("fixture/stacks.yml stacks[0] ('rust-axum'): detect.surfaces is for project types and agents; a"
                        + " stack's signals name the surfaces they show (detect.signals[N].surfaces).");
        assertThatThrownBy(() -> new CatalogLoader().load(List.of(TestLayers.layer(dir.resolve("agents"), Map.of("agents.yml", """
                agents:
                  - id: rust-engineer
                    name: Rust Engineer
                    description: Writes Rust.
                    template: backend-engineer.ftl
                    detect:
                      signals: [{files: [Cargo.toml]}]
                """)))))
                .hasMessage("fixture/agents.yml agents[0] ('rust-engineer'): an agent's detect block takes only 'surfaces' (the"
                        + " surfaces that call for it); signals belong to stacks, deployments and project types.");
    }

    @Test
    void aProjectTypesSignalMustShowASurface() {
        assertThatThrownBy(() -> new CatalogLoader().load(List.of(TestLayers.layer(dir, Map.of("project-types.yml", """
                project-types:
                  - id: cli-tool
                    name: Command-Line Tool
                    description: A program people run in a terminal
                    agents: [backend-engineer]
                    detect:
                      signals: [{files: [cmd/]}]
                """)))))
                .hasMessage("fixture/project-types.yml project-types[0] ('cli-tool'): detect.signals[0] names no surfaces: a"
                        + " project type's signals count only for the surfaces they show (surfaces: [web] ...).");
    }

    @Test
    void anUnknownKeyInADetectBlockIsNamedWithItsLine() {
        assertThatThrownBy(() -> load("- {file: [Cargo.toml]}")).isInstanceOf(AgentryException.class)
                .hasMessageContaining("fixture/stacks.yml:").hasMessageContaining("unknown key 'file'")
                .hasMessageContaining("Did you mean 'files'?");
    }
}
