package dev.agentry.format;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.agentry.TeamFixtures;
import dev.agentry.interview.Keys;
import dev.agentry.render.RenderedAgent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class RooFormatTests {

    /** Roo Code's mode slug rule (modeConfigSchema) and its tool groups. */
    private static final String SLUG = "[a-zA-Z0-9-]+";
    private static final List<String> ROO_GROUPS = List.of("read", "edit", "browser", "command", "mcp", "modes");

    @TempDir
    Path layer;

    private static JsonNode modes(TeamFixtures.Rendered team) {
        String inside = team.files().get(".roomodes#" + RooFormat.BLOCK);
        return AgentFiles.STRICT_YAML.readTree(RooFormat.ENTRIES.create(inside)).get("customModes");
    }

    @Test
    void everyAgentIsACustomModeWithTheFieldsRooRequires() {
        TeamFixtures.Rendered team = TeamFixtures.builtIn().render(Map.of(Keys.PROJECT_TYPE, "web-app", Keys.DEPLOYMENT,
                "aws", Keys.STACK, "java-spring-boot", Keys.TARGETS, RooFormat.ID));
        assertThat(team.files().keySet()).containsExactly(".roomodes#customModes[slug]");
        JsonNode modes = modes(team);
        assertThat(modes.size()).isEqualTo(team.rendered().agents().size());
        for (RenderedAgent agent : team.rendered().agents()) {
            JsonNode mode = modes.valueStream().filter(m -> m.get("slug").asString().equals(agent.name())).findFirst().orElseThrow();
            assertThat(mode.propertyNames()).containsExactly("slug", "name", "description", "roleDefinition", "whenToUse",
                    "groups");
            assertThat(mode.get("slug").asString()).matches(SLUG);
            assertThat(mode.get("name").asString()).isEqualTo(agent.title()).isNotBlank();
            assertThat(mode.get("roleDefinition").asString()).isEqualTo(agent.body());
            assertThat(mode.get("whenToUse").asString()).isEqualTo(agent.description());
            assertThat(AgentFiles.strings(mode.get("groups"))).allMatch(ROO_GROUPS::contains);
        }
        JsonNode reviewer = modes.valueStream().filter(m -> m.get("slug").asString().equals("code-reviewer")).findFirst()
                .orElseThrow();
        assertThat(AgentFiles.strings(reviewer.get("groups"))).containsExactly("read", "command").doesNotContain("edit");
    }

    @Test
    void groupsFollowTheRolesToolsAndEveryToolIsEveryGroup() {
        assertThat(RooFormat.groups(Grants.of(List.of()))).containsExactly("read", "edit", "command", "browser", "mcp");
        assertThat(RooFormat.groups(Grants.of(List.of("Read", "Grep", "Glob", "Write", "Edit", "WebSearch"))))
                .containsExactly("read", "edit", "browser");
        assertThat(RooFormat.groups(Grants.of(List.of("Bash", "Read")))).containsExactly("read", "command");
        assertThat(RooFormat.groups(Grants.of(List.of("mcp__jira__search")))).isEmpty();
    }

    @Test
    void instructionsAreReadableLiteralBlocks() {
        TeamFixtures.Rendered team = TeamFixtures.builtIn().render(Map.of(Keys.PROJECT_TYPE, "backend-api", Keys.DEPLOYMENT,
                "aws", Keys.STACK, "go", Keys.TARGETS, RooFormat.ID));
        assertThat(team.files().get(".roomodes#" + RooFormat.BLOCK)).startsWith("- slug: aws-deployment-engineer\n")
                .contains("\n  roleDefinition: |\n    # Role\n    You are");
    }

    @Test
    void hostileValuesStayInsideTheirFields() {
        TeamFixtures.Rendered team = AgentFiles.hostileTeam(layer, RooFormat.ID);
        JsonNode modes = modes(team);
        for (RenderedAgent agent : team.rendered().agents()) {
            JsonNode mode = modes.valueStream().filter(m -> m.get("slug").asString().equals(agent.name())).findFirst().orElseThrow();
            assertThat(mode.get("description").asString()).isEqualTo(agent.description());
            assertThat(mode.get("roleDefinition").asString()).isEqualTo(agent.body());
        }
        RenderedAgent hostile = AgentFiles.hostileAgent(List.of("Read"));
        JsonNode mode = AgentFiles.STRICT_YAML.readTree(RooFormat.ENTRIES.create(RooFormat.ENTRIES.canonical(
                List.of(RooFormat.mode(hostile))))).get("customModes").get(0);
        assertThat(mode.get("description").asString()).isEqualTo(hostile.description());
        assertThat(mode.get("roleDefinition").asString()).isEqualTo(hostile.body());
        assertThat(mode.size()).isEqualTo(6);
    }
}
