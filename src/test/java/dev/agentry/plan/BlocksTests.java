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
}
