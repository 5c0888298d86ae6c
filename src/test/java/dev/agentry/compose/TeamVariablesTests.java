package dev.agentry.compose;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.agentry.TeamFixtures;
import dev.agentry.TestLayers;
import dev.agentry.interview.Keys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** How a team's variables, surfaces, workloads and practices come together from its stack, companions and platform. */
class TeamVariablesTests {

    private static final TeamFixtures FIXTURES = TeamFixtures.builtIn();

    @TempDir
    Path dir;

    private static Team team(String type, String deployment, String stack, Map<String, Object> extra) {
        Map<String, Object> answers = new LinkedHashMap<>(Map.of(Keys.PROJECT_TYPE, type, Keys.DEPLOYMENT, deployment,
                Keys.STACK, stack));
        answers.putAll(extra);
        return FIXTURES.render(answers).team();
    }

    @Test
    void aCompanionStackFillsTheVariablesOfTheSurfaceItCovers() {
        Team team = team("web-app", "aws", "java-spring-boot", Map.of());
        assertThat(team.variables()).containsEntry("frontend-framework", "React 19 with Vite 8, TanStack Router and TanStack Query")
                .containsEntry("web-test-command", "pnpm test").containsEntry("web-language", "TypeScript 6")
                .containsEntry("backend-test-command", "./mvnw -q verify").containsEntry("web-rendering", "client");
    }

    @Test
    void aSurfaceCopyFollowsItsGeneralVariableAfterSetButNotAcrossACompanion() {
        Team alone = team("web-frontend", "aws", "react-vite", Map.of("test-command", "make test"));
        assertThat(alone.variables()).containsEntry("web-test-command", "make test");
        Team withCompanion = team("web-app", "aws", "java-spring-boot", Map.of("test-command", "make test"));
        assertThat(withCompanion.variables()).containsEntry("backend-test-command", "make test")
                .containsEntry("web-test-command", "pnpm test");
        Team set = team("web-app", "aws", "java-spring-boot", Map.of("web-test-command", "pnpm vitest run"));
        assertThat(set.variables()).containsEntry("web-test-command", "pnpm vitest run");
    }

    @Test
    void aSurfaceTheStackDoesNotCoverHasNoToolsOfAnotherSurface() {
        Team team = FIXTURES.render("custom", "aws", "go", "mobile-engineer,code-reviewer", "").team();
        assertThat(team.variables()).containsEntry("mobile-test-command", "none").containsEntry("mobile-language", "none")
                .containsEntry("backend-test-command", "go test -race ./...");
    }

    @Test
    void theStackAndThenItsPlatformBeatTheDeploymentAndSetBeatsThemAll() {
        assertThat(team("data-platform", "aws", "dbt-airflow", Map.of()).variables()).containsEntry("managed-database", "none")
                .containsEntry("database", "Snowflake").containsEntry("compute", "Amazon MWAA for Airflow, and ECS on Fargate for the"
                        + " FastAPI data services");
        assertThat(team("data-platform", "gcp", "dbt-airflow", Map.of()).variables()).containsEntry("database", "BigQuery");
        assertThat(team("data-platform", "gcp", "dbt-airflow", Map.of("database", "Postgres")).variables())
                .containsEntry("database", "Postgres");
    }

    @Test
    void aTeamWorksOnTheSurfacesOfItsBuildersOrElseOnThoseItsStackCovers() {
        assertThat(team("web-app", "aws", "java-spring-boot", Map.of()).surfaces()).containsExactly("web", "backend");
        assertThat(team("ai-ml", "aws", "python-llm", Map.of()).surfaces()).containsExactly("backend", "data", "ai");
        assertThat(FIXTURES.render("custom", "aws", "nextjs", "product-manager,code-reviewer", "").team().surfaces())
                .containsExactly("web", "backend");
    }

    @Test
    void workloadsSayWhatTheTeamPutsOnItsPlatform() {
        assertThat(team("web-app", "aws", "java-spring-boot", Map.of()).workloads()).containsExactly("services", "database",
                "static-site");
        assertThat(team("web-frontend", "aws", "react-vite", Map.of()).workloads()).containsExactly("static-site");
        assertThat(team("web-frontend", "aws", "nextjs", Map.of()).workloads()).containsExactly("services");
        assertThat(team("mobile-app", "aws", "flutter", Map.of()).workloads()).containsExactly("app-stores");
        assertThat(team("mobile-app", "gcp", "flutter", Map.of()).workloads()).containsExactly("services", "app-stores");
        assertThat(team("backend-api", "vercel", "java-spring-boot", Map.of()).workloads()).isEmpty();
    }

    @Test
    void practicesComeFromTheStacksThatCoverWhatTheTeamWorksOn() {
        Team web = team("web-app", "aws", "java-spring-boot", Map.of());
        assertThat(web.member("frontend-engineer").orElseThrow().practices()).extracting(Practice::stack)
                .containsExactly("React / Vite", "Java / Spring Boot");
        assertThat(web.member("testing-specialist").orElseThrow().practices()).extracting(Practice::stack)
                .containsExactly("Java / Spring Boot", "React / Vite");
        Team api = team("backend-api", "aws", "java-spring-boot", Map.of());
        assertThat(api.member("testing-specialist").orElseThrow().practices()).extracting(Practice::stack)
                .containsExactly("Java / Spring Boot");
        Practice onVercel = team("backend-api", "vercel", "go", Map.of()).deploymentAgent().practices().get(0);
        assertThat(onVercel.platform()).isEqualTo("Vercel");
        assertThat(onVercel.lines()).noneMatch(line -> line.contains("distroless"));
        assertThat(team("backend-api", "aws", "java-spring-boot", Map.of("database", "MySQL 8.4"))
                .member("testing-specialist").orElseThrow().practices().get(0).lines())
                .anyMatch(line -> line.contains("against a real MySQL 8.4 in Testcontainers"));
    }

    @Test
    void aLayerStackOfAnEarlierCatalogueRendersWithTheBuiltInTemplates() {
        String stack = """
                stacks:
                  - id: zig
                    name: Zig
                    project-types: [backend-api, custom]
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
                    guidance:
                      backend-engineer: ["Keep allocators explicit."]
                """;
        TeamFixtures fixtures = new TeamFixtures(List.of(TestLayers.layer(dir, Map.of("stacks.yml", stack))));
        TeamFixtures.Rendered team = fixtures.render("custom", "aws", "zig", "backend-engineer,frontend-engineer,code-reviewer", "");
        assertThat(team.team().workloads()).containsExactly("services", "database");
        assertThat(team.files().get(".claude/agents/backend-engineer.md")).contains("You write Zig 0.15", "# Zig Practices",
                "Keep allocators explicit.", "Run the project's build, tests and linters");
        assertThat(team.files().get(".claude/agents/frontend-engineer.md")).contains("the web UI framework chosen for demo-shop")
                .doesNotContain("zig");
    }
}
