package dev.agentry.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ListCommandTests {

    @Test
    void listAgentsShowsTheDeploymentAgentsToo() {
        CliHarness.Run run = CliHarness.run("list", "agents");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Agents  (--agents)", "code-reviewer", "Deployment agents  (one, by --deployment)")
                .containsPattern("aws-deployment-engineer +AWS Deployment Engineer +with --deployment aws")
                .containsPattern("flyio-deployment-engineer +.* +with --deployment fly-io");
    }

    @Test
    void listAgentsAsJsonHasTheDeploymentAgents() {
        CliHarness.Run run = CliHarness.run("list", "agents", "--json");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("\"agents\"", "\"deploymentAgents\"", "\"id\": \"aws-deployment-engineer\"",
                "\"deployment\": \"aws\"").doesNotContain("\"stacks\"");
    }
}
