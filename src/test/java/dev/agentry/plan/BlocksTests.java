package dev.agentry.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BlocksTests {

    @Test
    void markerLinesAreEscapedAndOtherLinesKept() {
        String text = "a\n  <!-- BEGIN agentry team: x -->\n<!-- END agentry other -->\n<!-- note -->\n";
        assertThat(Blocks.withoutMarkers(text))
                .isEqualTo("a\n  \\<!-- BEGIN agentry team: x -->\n\\<!-- END agentry other -->\n<!-- note -->\n");
    }

    @Test
    void anEscapedMarkerNoLongerEndsTheBlock() {
        String inside = Blocks.withoutMarkers("roster\n" + Blocks.end("team") + "\nmore\n");
        String text = Blocks.append("# Notes\n", "team", inside) + "after\n";
        Blocks.Found found = Blocks.find(text, "team", "CLAUDE.md").orElseThrow();
        assertThat(found.inside()).isEqualTo(inside);
        assertThat(found.after()).isEqualTo("after\n");
    }

    @Test
    void aBlockOnTheFilesFirstLineIsFoundWithNothingBefore() {
        String text = Blocks.create("team", "roster\n") + "after\n";
        Blocks.Found found = Blocks.find(text, "team", "AGENTS.md").orElseThrow();
        assertThat(found).isEqualTo(new Blocks.Found("", "roster\n", "after\n", true));
    }

    @Test
    void leadingEmptyLinesAndAnEndMarkerWithoutLineBreakAreKeptExactly() {
        String text = "\n\n" + Blocks.begin("team") + "\nroster\n" + Blocks.end("team");
        Blocks.Found found = Blocks.find(text, "team", "AGENTS.md").orElseThrow();
        assertThat(found).isEqualTo(new Blocks.Found("\n\n", "roster\n", "", false));
    }

    @Test
    void anEmptyBlockIsItsTwoMarkerLines() {
        assertThat(Blocks.create("team", "")).isEqualTo(Blocks.begin("team") + "\n" + Blocks.end("team") + "\n");
        assertThat(Blocks.create("team", "roster")).isEqualTo(Blocks.begin("team") + "\nroster\n" + Blocks.end("team") + "\n");
        assertThat(Blocks.find(Blocks.create("team", ""), "team", "AGENTS.md").orElseThrow().inside()).isEmpty();
    }

    @Test
    void aBeginMarkerWithoutItsEndIsRefusedWhereverItStands() {
        for (String text : java.util.List.of(Blocks.begin("team") + "\nroster\n", "intro\n" + Blocks.begin("team") + "\n")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Blocks.find(text, "team", "AGENTS.md"))
                    .isInstanceOf(dev.agentry.support.AgentryException.class)
                    .hasMessageStartingWith("AGENTS.md: the agentry team block has a BEGIN marker but no '"
                            + Blocks.end("team") + "' line.");
        }
        assertThat(Blocks.find("intro\n", "team", "AGENTS.md")).isEmpty();
    }
}
