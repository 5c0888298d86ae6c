package dev.agentry.format;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.agentry.TeamFixtures;
import dev.agentry.TestLayers;
import dev.agentry.interview.Keys;
import dev.agentry.plan.Blocks;
import dev.agentry.plan.DesiredFile;
import dev.agentry.render.RenderedAgent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class AgentsMdFormatTests {

    @TempDir
    Path layer;

    private static TeamFixtures.Rendered webApp() {
        return TeamFixtures.builtIn().render(Map.of(Keys.PROJECT_TYPE, "web-app", Keys.DEPLOYMENT, "aws", Keys.STACK,
                "java-spring-boot", Keys.TARGETS, AgentsMdFormat.ID));
    }

    @Test
    void writesOnlyTheTeamBlockOfAgentsMd() {
        TeamFixtures.Rendered team = webApp();
        assertThat(team.files()).containsOnlyKeys("AGENTS.md#team");
        assertThat(new AgentsMdFormat().files(team.rendered())).singleElement()
                .satisfies(file -> assertThat(file.blockId()).isEqualTo("team"));
    }

    @Test
    void blockListsTheTeamWhenToDelegateAndTheWorkflowInPlainMarkdown() {
        TeamFixtures.Rendered team = webApp();
        String block = team.files().get("AGENTS.md#team");
        assertThat(block).startsWith("## Agent team for demo-shop\n").doesNotStartWith("---")
                .contains("| Agent | Delegate when |", "### How to run this team", "- **Plan first**: a new feature or an unclear"
                        + " request starts with `product-manager`");
        // the roster's "Delegate when" is each role's Delegation Triggers, one sentence each
        assertThat(block).contains("| `backend-engineer` | API endpoints need design or implementation. Database schema design");
        for (RenderedAgent agent : team.rendered().agents()) {
            assertThat(block).contains("| `" + agent.name() + "` | ");
        }
    }

    @Test
    void eachRoleGetsItsRoleParagraphAndCoreResponsibilitiesOnly() {
        TeamFixtures.Rendered team = webApp();
        String block = team.files().get("AGENTS.md#team");
        RenderedAgent backend = team.rendered().agents().stream().filter(a -> a.name().equals("backend-engineer")).findFirst()
                .orElseThrow();
        String role = backend.body().lines().dropWhile(l -> !l.equals("# Role")).skip(1).findFirst().orElseThrow();
        assertThat(block).contains("#### Backend Engineer (`backend-engineer`)\n\n" + role + "\n\n**Core responsibilities**\n\n"
                + "- **API Development**:");
        assertThat(block).doesNotContain("# Approach", "# Key Principles", "# Collaboration", "# Quality Standards",
                "Main Agent Should Use This Agent When");
        for (RenderedAgent agent : team.rendered().agents()) {
            assertThat(block).contains("#### " + agent.title() + " (`" + agent.name() + "`)");
        }
        assertThat(block.length()).isLessThan(team.rendered().agents().stream().mapToInt(a -> a.body().length()).sum() / 2);
    }

    @Test
    void instructionsWithoutARoleSectionShowTheirFirstParagraph() {
        String legacy = "---\nname: code-reviewer\ndescription: Reviews changes.\n---\n# Reviewer\n\nYou review every change.\n"
                + "Line two.\n\n## Checklist\n- tests\n";
        TeamFixtures fixtures = new TeamFixtures(List.of(TestLayers.layer(layer,
                Map.of("agents/code-reviewer.md", legacy))));
        String block = fixtures.render(Map.of(Keys.PROJECT_TYPE, "backend-api", Keys.DEPLOYMENT, "aws", Keys.STACK,
                "go", Keys.TARGETS, AgentsMdFormat.ID)).files().get("AGENTS.md#team");
        assertThat(block).contains("#### Code Reviewer (`code-reviewer`)\n\nYou review every change.\nLine two.\n\n#### ")
                .doesNotContain("- tests");
    }

    @Test
    void theSectionsShownAreTheOnesTheCatalogueNames() {
        String legacy = "---\nname: code-reviewer\ndescription: Reviews changes.\n---\nRead this first.\n\n# Purpose\n\n"
                + "You review every change.\n\n# Duties\n\n- **Reviews**: every pull request\n\n# Role\n\nNot this.\n";
        Map<String, Object> answers = Map.of(Keys.PROJECT_TYPE, "backend-api", Keys.DEPLOYMENT, "aws", Keys.STACK, "go",
                Keys.TARGETS, AgentsMdFormat.ID);
        String builtInHeadings = new TeamFixtures(List.of(TestLayers.layer(layer.resolve("a"),
                Map.of("agents/code-reviewer.md", legacy)))).render(answers).files().get("AGENTS.md#team");
        assertThat(builtInHeadings).contains("#### Code Reviewer (`code-reviewer`)\n\nNot this.\n\n#### ");
        String declared = new TeamFixtures(List.of(TestLayers.layer(layer.resolve("b"), Map.of("agents/code-reviewer.md",
                legacy, "catalog.yml", "version: 1\nsummary-headings:\n  role: Purpose\n  responsibilities: Duties\n"))))
                .render(answers).files().get("AGENTS.md#team");
        assertThat(declared).contains("#### Code Reviewer (`code-reviewer`)\n\nYou review every change.\n\n"
                + "**Core responsibilities**\n\n- **Reviews**: every pull request\n\n#### ").doesNotContain("Not this.");
    }

    @Test
    void instructionsCannotEndTheBlockEarly() {
        TeamFixtures.Rendered team = AgentFiles.hostileTeam(layer, AgentsMdFormat.ID);
        DesiredFile file = new AgentsMdFormat().files(team.rendered()).get(0);
        assertThat(file.content()).contains("\\<!-- END agentry team -->", AgentFiles.HOSTILE_PROJECT, "'''single'''");
        String agentsMd = Blocks.append("# Our notes\n", "team", file.content()) + "\nAfter the block.\n";
        Blocks.Found found = Blocks.find(agentsMd, "team", "AGENTS.md").orElseThrow();
        assertThat(found.inside()).isEqualTo(file.content());
        assertThat(found.after()).isEqualTo("\nAfter the block.\n");
    }

    @Test
    void aProjectNameHoldsNoReferenceKiloWouldSubstitute() {
        TeamFixtures.Rendered team = TeamFixtures.builtIn().render(Map.of(Keys.PROJECT_NAME, "Acme {env:HOME} {file:./x.txt}",
                Keys.PROJECT_TYPE, "backend-api", Keys.DEPLOYMENT, "aws", Keys.STACK, "go", Keys.TARGETS, AgentsMdFormat.ID));
        String block = team.files().get("AGENTS.md#team");
        // Kilo Code drops an instructions file with a blocked {env:X}, and replaces {file:path} by that file's text
        assertThat(java.util.regex.Pattern.compile("\\{env:[^}]+}|\\{file:[^}]+}").matcher(block).find()).isFalse();
        assertThat(block.replace(String.valueOf(TemplateText.WORD_JOINER), "")).contains("Acme {env:HOME} {file:./x.txt}");
    }
}
