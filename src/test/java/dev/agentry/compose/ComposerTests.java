package dev.agentry.compose;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import dev.agentry.TeamFixtures;
import dev.agentry.interview.Keys;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ComposerTests {

    private static final TeamFixtures FIXTURES = TeamFixtures.builtIn();

    @Test
    void teamFollowsTheWorkflowOrderWithTheDeploymentAgentLast() {
        Team team = FIXTURES.render("web-app", "aws", "java-spring-boot").team();
        assertThat(team.members()).extracting(Member::name).containsExactly("product-manager", "ui-ux-designer",
                "frontend-engineer", "backend-engineer", "code-reviewer", "testing-specialist", "aws-deployment-engineer");
        assertThat(team.deploymentAgent().title()).isEqualTo("AWS Deployment Engineer");
    }

    @Test
    void preferredColorsAreKeptWhenFreeAndClashesGetTheNextFreeColor() {
        Team team = FIXTURES.render("ai-ml", "aws", "python-fastapi").team();
        assertThat(team.member("data-engineer").orElseThrow().color()).isEqualTo("orange");
        assertThat(team.deploymentAgent().color()).isNotEqualTo("orange");
        assertThat(new HashSet<>(team.members().stream().map(Member::color).toList())).hasSize(team.members().size());
    }

    @Test
    void teamsLargerThanThePaletteReuseColors() {
        Team team = FIXTURES.render(Map.of(Keys.PROJECT_TYPE, "custom", Keys.DEPLOYMENT, "aws", Keys.STACK, "java-spring-boot",
                Keys.AGENTS, "product-manager,ui-ux-designer,frontend-engineer,backend-engineer,mobile-engineer,ai-engineer,"
                        + "data-engineer,code-reviewer,testing-specialist")).team();
        assertThat(team.members()).hasSize(10);
        assertThat(new HashSet<>(team.members().stream().map(Member::color).toList())).hasSize(8);
    }

    @Test
    void setValuesTakeTheTypeOfTheValueTheyOverride() {
        Team team = FIXTURES.render(Map.of(Keys.PROJECT_TYPE, "backend-api", Keys.DEPLOYMENT, "aws", Keys.STACK, "go",
                "test-coverage-target", "92", "claude-md", "no")).team();
        assertThat(team.variables().get("test-coverage-target")).isEqualTo(92L);
        assertThat(team.enabled("claude-md")).isFalse();
        assertThat(List.of(team.settings().get("claude-md"))).containsExactly(Boolean.FALSE);
    }
}
