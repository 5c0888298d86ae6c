package dev.agentry.catalog;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.agentry.TeamFixtures;
import dev.agentry.TestLayers;
import dev.agentry.support.AgentryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** claude.yml in the catalogue: its skills and secret files, layered and checked, and the agents' memory scope. */
class ClaudeCatalogTests {

    @TempDir
    Path dir;

    private Catalog load(Map<String, String> files) {
        return new CatalogLoader().load(List.of(TestLayers.layer(dir, files)));
    }

    @Test
    void theBuiltInCatalogueHasTheThreeWorkflowSkillsAndTheSecretFiles() {
        Catalog catalog = new CatalogLoader().load(List.of());
        assertThat(catalog.skills()).extracting(SkillSpec::id).containsExactly("feature", "review", "release");
        assertThat(catalog.secretFiles()).contains("./.env", "./.env.*");
        assertThat(catalog.agent("testing-specialist").orElseThrow().memory()).isEqualTo("project");
        assertThat(catalog.agent("code-reviewer").orElseThrow().memory()).isNull();
        assertThat(catalog.agent("backend-engineer").orElseThrow().memory()).isNull();
    }

    @Test
    void aLayerReplacesASkillByIdAddsOneAndAddsSecretFiles() {
        Catalog catalog = load(Map.of("claude.yml", """
                skills:
                  - id: review
                    description: "Use to review with our checklist."
                    template: our-review.ftl
                  - id: hotfix
                    description: "Use for a hotfix."
                    template: our-review.ftl
                    needs: [deployment]
                secret-files: [config/master.key]
                """, "templates/our-review.ftl", "# Our review\n$ARGUMENTS\n"));
        assertThat(catalog.skills()).extracting(SkillSpec::id).containsExactly("feature", "review", "release", "hotfix");
        assertThat(catalog.skills().get(1).template()).isEqualTo("our-review.ftl");
        assertThat(catalog.secretFiles()).contains("./.env", "config/master.key");
    }

    @Test
    void aLayersSkillIsWrittenForTheTeam() {
        TestLayers.write(dir, Map.of("claude.yml", """
                skills:
                  - id: hotfix
                    description: "Use for a hotfix of ${projectName}."
                    template: hotfix.ftl
                    argument-hint: "[issue]"
                """, "templates/hotfix.ftl", "# Hotfix\nFix $ARGUMENTS with `${deploymentAgent}`.\n"));
        TeamFixtures.Rendered team = new TeamFixtures(List.of(TestLayers.layer(dir, Map.of()))).render("backend-api", "aws", "go");
        assertThat(team.files().get(".claude/skills/hotfix/SKILL.md")).isEqualTo("""
                ---
                name: hotfix
                description: "Use for a hotfix of demo-shop."
                argument-hint: "[issue]"
                ---

                # Hotfix
                Fix $ARGUMENTS with `aws-deployment-engineer`.
                """);
    }

    @Test
    void aSkillNeedingAnUnknownRoleOrWithoutATemplateIsRefusedNamingItsEntry() {
        assertThatThrownBy(() -> load(Map.of("claude.yml", """
                skills:
                  - id: hotfix
                    description: "Use for a hotfix."
                    template: review-skill.ftl
                    needs: [deploy-engineer]
                """))).isInstanceOf(AgentryException.class)
                .hasMessageContaining("claude.yml skills[0] ('hotfix'): needs names an unknown role 'deploy-engineer'");
        assertThatThrownBy(() -> load(Map.of("claude.yml", """
                skills:
                  - id: hotfix
                    description: "Use for a hotfix."
                    template: nope.ftl
                """))).hasMessageContaining("template 'nope.ftl' was not found");
        assertThatThrownBy(() -> load(Map.of("claude.yml", """
                skills:
                  - id: hotfix
                    template: review-skill.ftl
                """))).hasMessageContaining("'description' is required");
    }

    @Test
    void anUnknownMemoryScopeIsRefused() {
        assertThatThrownBy(() -> load(Map.of("agents.yml", """
                agents:
                  - id: code-reviewer
                    description: "Use to review."
                    template: code-reviewer.ftl
                    memory: repo
                """))).hasMessageContaining("memory names an unknown memory scope 'repo'").hasMessageContaining("project");
    }

    @Test
    void memoryForAnAgentWithoutWriteAndEditIsRefused() {
        // Claude Code 2.1 gives an agent with memory Write and Edit: a read-only reviewer would lose what makes it one
        assertThatThrownBy(() -> load(Map.of("agents.yml", """
                agents:
                  - id: code-reviewer
                    description: "Use to review."
                    template: code-reviewer.ftl
                    tools: [Read, Grep, Glob, Bash]
                    memory: project
                """))).hasMessageContaining("memory 'project' would give this agent the Write and Edit tools");
    }
}
