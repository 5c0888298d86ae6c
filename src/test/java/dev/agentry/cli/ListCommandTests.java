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

    @Test
    void listTargetsShowsEveryAgentToolAndWhereItWrites() {
        CliHarness.Run run = CliHarness.run("list", "targets");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Agent tools  (--targets)")
                .containsPattern("claude +Claude Code +\\.claude/agents/<agent>\\.md, CLAUDE\\.md")
                .containsPattern("qwen +Qwen Code +\\.qwen/agents/<agent>\\.md")
                .containsPattern("cursor +Cursor +\\.cursor/agents/<agent>\\.md, AGENTS\\.md")
                .containsPattern("roo +Roo Code +\\.roomodes \\(customModes entries\\)")
                .containsPattern("kiro +Kiro +\\.kiro/agents/<agent>\\.json")
                .doesNotContain("Stacks");
        dev.agentry.format.Formats.all().forEach(f -> assertThat(run.out()).contains(f.id(), f.name()));
    }

    @Test
    void listAsJsonHasTheTargetsWithIdNameAndPaths() {
        CliHarness.Run all = CliHarness.run("list", "--json");
        assertThat(all.code()).isZero();
        tools.jackson.databind.JsonNode targets = tools.jackson.databind.json.JsonMapper.builder().build().readTree(all.out())
                .get("targets");
        assertThat(targets.size()).isEqualTo(dev.agentry.format.Formats.all().size()).isGreaterThanOrEqualTo(13);
        assertThat(targets.get(0).propertyNames()).containsExactly("id", "name", "paths");
        assertThat(targets.valueStream().map(t -> t.get("id").asString()).toList())
                .containsExactlyElementsOf(dev.agentry.format.Formats.ids());
        tools.jackson.databind.JsonNode droid = targets.valueStream().filter(t -> t.get("id").asString().equals("droid"))
                .findFirst().orElseThrow();
        assertThat(droid.get("name").asString()).isEqualTo("Factory Droid");
        assertThat(droid.get("paths").get(0).asString()).isEqualTo(".factory/droids/<agent>.md");

        CliHarness.Run only = CliHarness.run("list", "targets", "--json");
        assertThat(only.out()).contains("\"targets\"").doesNotContain("\"stacks\"", "\"agents\"");
    }

    @Test
    void aTypeIsListedWithItsTeamChosenByTheUserOrTheDeploymentAgentAlone(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path layer) {
        dev.agentry.TestLayers.write(layer, java.util.Map.of("project-types.yml", """
                project-types:
                  - id: ops-only
                    name: Operations
                    description: Nothing but the platform
                  - id: picked
                    name: Picked
                    description: Each repository picks its team
                    team: chosen
                """));
        CliHarness.Run run = CliHarness.run("list", "project-types", "--scaffolds", layer.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("ops-only +Operations +Nothing but the platform\n +team: \\(the deployment agent only\\)")
                .containsPattern("picked +Picked +Each repository picks its team\n +team: \\(chosen with --agents\\)")
                .containsPattern("custom +General-Purpose .*\n +team: \\(chosen with --agents\\)");
    }
}
