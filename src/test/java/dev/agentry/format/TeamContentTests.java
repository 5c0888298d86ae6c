package dev.agentry.format;

import java.util.List;
import java.util.Map;

import dev.agentry.TeamFixtures;
import dev.agentry.catalog.Catalog;
import dev.agentry.catalog.ProjectType;
import dev.agentry.compose.Member;
import dev.agentry.interview.Keys;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the catalogue promises: the default teams, its breadth, and text tuned to the stack and the platform. */
class TeamContentTests {

    private static final TeamFixtures FIXTURES = TeamFixtures.builtIn();

    private static String agent(String type, String deployment, String stack, String name) {
        return FIXTURES.render(type, deployment, stack).files().get(".claude/agents/" + name + ".md");
    }

    @Test
    void defaultTeamsAreThoseOfTheCatalogue() {
        Map<String, List<String>> expected = Map.of(
                "web-app", List.of("product-manager", "ui-ux-designer", "frontend-engineer", "backend-engineer", "code-reviewer",
                        "testing-specialist"),
                "web-frontend", List.of("product-manager", "ui-ux-designer", "frontend-engineer", "code-reviewer",
                        "testing-specialist"),
                "backend-api", List.of("product-manager", "backend-engineer", "code-reviewer", "testing-specialist"),
                "mobile-app", List.of("product-manager", "ui-ux-designer", "mobile-engineer", "backend-engineer", "code-reviewer",
                        "testing-specialist"),
                "ai-ml", List.of("product-manager", "ai-engineer", "data-engineer", "backend-engineer", "code-reviewer",
                        "testing-specialist"),
                "data-platform", List.of("product-manager", "data-engineer", "backend-engineer", "code-reviewer",
                        "testing-specialist"),
                "custom", List.of());
        Catalog catalog = FIXTURES.catalog();
        expected.forEach((type, team) -> assertThat(catalog.defaultTeam(catalog.projectType(type).orElseThrow()))
                .as(type).containsExactlyInAnyOrderElementsOf(team));
    }

    @Test
    void everyTeamAlsoHasItsDeploymentAgent() {
        TeamFixtures.Rendered team = FIXTURES.render("backend-api", "vercel", "go");
        assertThat(team.team().members()).extracting(Member::name).contains("vercel-deployment-engineer");
    }

    @Test
    void catalogueIsBroadEnough() {
        Catalog catalog = FIXTURES.catalog();
        assertThat(catalog.deployments()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(catalog.deployments()).extracting(d -> d.agent()).doesNotHaveDuplicates();
        assertThat(catalog.stacks()).hasSizeGreaterThanOrEqualTo(12);
        for (ProjectType type : catalog.projectTypes()) {
            assertThat(catalog.stacksFor(type.id())).as("stacks for %s", type.id()).isNotEmpty();
        }
    }

    @Test
    void backendEngineerSpeaksTheStacksLanguage() {
        assertThat(agent("backend-api", "aws", "java-spring-boot", "backend-engineer"))
                .contains("Spring Boot", "JPA", "JUnit").doesNotContain("FastAPI", "Pydantic");
        assertThat(agent("backend-api", "aws", "python-fastapi", "backend-engineer"))
                .contains("FastAPI", "Pydantic", "pytest").doesNotContain("Spring Boot", "JUnit");
    }

    @Test
    void deploymentAgentsKnowTheirPlatform() {
        assertThat(agent("backend-api", "aws", "go", "aws-deployment-engineer")).contains("ECS", "IAM", "CloudWatch")
                .doesNotContain("Vercel");
        assertThat(agent("web-frontend", "vercel", "nextjs", "vercel-deployment-engineer")).contains("preview", "Vercel")
                .doesNotContain("CloudWatch");
    }

    @Test
    void anyStackVariableCanBeOverriddenWithSet() {
        TeamFixtures.Rendered team = FIXTURES.render(Map.of(Keys.PROJECT_TYPE, "backend-api", Keys.DEPLOYMENT, "aws",
                Keys.STACK, "java-spring-boot", "testing-framework", "Spock and Groovy", "test-coverage-target", "95"));
        assertThat(team.files().get(".claude/agents/testing-specialist.md")).contains("Spock and Groovy", "95%");
    }

    @Test
    void rosterInClaudeMdListsTheTeamAndDrawsTheWorkflow() {
        String roster = FIXTURES.render("web-app", "aws", "java-spring-boot").files().get("CLAUDE.md#team");
        assertThat(roster).contains("| `frontend-engineer` |", "| `aws-deployment-engineer` |", "```mermaid", "flowchart LR",
                "product_manager --> ui_ux_designer", "testing_specialist --> aws_deployment_engineer");
    }
}
