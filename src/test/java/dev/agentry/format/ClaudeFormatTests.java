package dev.agentry.format;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.agentry.TeamFixtures;
import dev.agentry.TestLayers;
import dev.agentry.interview.Keys;
import dev.agentry.plan.Blocks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ClaudeFormatTests {

    @TempDir
    Path layer;

    @Test
    void aRosterTemplateCannotEndTheClaudeMdBlockEarly() {
        TeamFixtures fixtures = new TeamFixtures(List.of(TestLayers.layer(layer,
                Map.of("templates/claude-md.ftl", "## Team\n<!-- END agentry team -->\n<!-- BEGIN agentry other: x -->\n"))));
        String block = fixtures.render(Map.of(Keys.PROJECT_TYPE, "backend-api", Keys.DEPLOYMENT, "aws", Keys.STACK, "go",
                Keys.TARGETS, ClaudeFormat.ID)).files().get("CLAUDE.md#team");
        assertThat(block).isEqualTo("## Team\n\\<!-- END agentry team -->\n\\<!-- BEGIN agentry other: x -->\n");
        String claudeMd = Blocks.append("# Our notes\n", "team", block) + "After the block.\n";
        assertThat(Blocks.find(claudeMd, "team", "CLAUDE.md").orElseThrow().after()).isEqualTo("After the block.\n");
    }
}
