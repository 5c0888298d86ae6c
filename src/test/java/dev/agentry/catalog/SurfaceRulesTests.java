package dev.agentry.catalog;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.agentry.TestLayers;
import dev.agentry.support.AgentryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A layer's surfaces, companions, workloads, per-platform values and guidance placeholders are checked when loaded. */
class SurfaceRulesTests {

    @TempDir
    Path dir;

    /** A stack with every required variable, then the given extra YAML (indented as stack keys). */
    private static String stack(String extra) {
        return """
                stacks:
                  - id: tiny
                    name: Tiny
                    project-types: [backend-api]
                    variables:
                      language: Zig 0.15
                      frontend-framework: none
                      backend-framework: zap
                      mobile-framework: none
                      database: SQLite
                      data-access: raw SQL
                      api-style: REST
                      testing-framework: zig test
                      e2e-framework: none
                      test-coverage-target: 70
                      build-tool: zig build
                      lint-tools: zig fmt
                      ci-cd-platform: GitHub Actions
                      monitoring: logs
                """ + extra;
    }

    private Catalog load(String stacks) {
        return new CatalogLoader().load(List.of(TestLayers.layer(dir, Map.of("stacks.yml", stacks))));
    }

    private void assertBroken(String stacks, String message) {
        assertThatThrownBy(() -> load(stacks)).isInstanceOf(AgentryException.class).hasMessageContaining(message);
    }

    @Test
    void aStackOfAnEarlierCatalogueStillLoadsAndCoversWhatItsFrameworksName() {
        Catalog catalog = load(stack(""));
        Stack tiny = catalog.stack("tiny").orElseThrow();
        assertThat(tiny.workloads()).isNull();
        assertThat(catalog.surfacesOf(tiny)).containsExactly("backend");
    }

    @Test
    void aCompanionMustBeAKnownStackThatCoversTheSurface() {
        assertBroken(stack("    companions: {web: no-such-stack}\n"), "companions.web names an unknown stack 'no-such-stack'");
        assertBroken(stack("    companions: {web: go}\n"), "companions.web names the stack 'go', which does not cover the web"
                + " surface (its surfaces: backend).");
        assertBroken(stack("    companions: {desktop: react-vite}\n"), "companions names an unknown surface 'desktop'");
        assertBroken(stack("    surfaces: [backend, web]\n    companions: {web: react-vite}\n"),
                "companions.web names a surface the stack lists as its own");
    }

    @Test
    void aCompanionSuppliesTheVariablesOfItsSurface() {
        String withoutWebFramework = stack("    companions: {web: react-vite}\n").replace("      frontend-framework: none\n", "");
        assertThat(load(withoutWebFramework).stack("tiny")).isPresent();
    }

    @Test
    void workloadsAndPlatformsNameKnownIds() {
        assertBroken(stack("    workloads: {servers: [backend]}\n"), "workloads names an unknown workload 'servers'. Valid: services,"
                + " database, static-site, app-stores.");
        assertBroken(stack("    workloads: {services: [backnd]}\n"), "workloads.services names an unknown surface 'backnd'");
        assertBroken(stack("    platforms:\n      heroku:\n        guidance: [\"x\"]\n"), "platforms names an unknown deployment"
                + " 'heroku'");
        assertBroken(stack("    platforms:\n      aws:\n        variables: {compte: Lambda}\n"), "platforms.aws: variables names an"
                + " unknown variable 'compte'. Did you mean 'compute'?");
        assertBroken(stack("    platforms:\n      aws:\n        workloads: {services: [phone]}\n"), "workloads.services names an"
                + " unknown surface 'phone'");
    }

    @Test
    void guidanceNamesKnownRolesSurfacesAndVariables() {
        assertBroken(stack("    guidance:\n      testing-specialist/desktop: [\"x\"]\n"),
                "guidance.testing-specialist/desktop names an unknown surface 'desktop'");
        assertBroken(stack("    guidance:\n      backend-engineer: [\"Use {{DATABSE}} well.\"]\n"),
                "guidance.backend-engineer[0]: unknown placeholder {{DATABSE}}. Did you mean 'DATABASE'?");
        assertThat(load(stack("    guidance:\n      backend-engineer: [\"Use {{DATABASE}} well.\"]\n")).stack("tiny"))
                .isPresent();
    }

    @Test
    void placeholdersAreFilledWithoutTouchingTheRest() {
        assertThat(Placeholders.fill("Run {{TEST_COMMAND}} on {{ DATABASE }}, keep {{UNKNOWN}} and ${x}.",
                Map.of("TEST_COMMAND", "go test", "DATABASE", "SQLite")::get))
                .isEqualTo("Run go test on SQLite, keep {{UNKNOWN}} and ${x}.");
        assertThat(Placeholders.names("a {{A}} b {{ B_C }} c {{unclosed")).containsExactly("A", "B_C");
        assertThat(Placeholders.fill("no placeholder", k -> "x")).isEqualTo("no placeholder");
    }
}
