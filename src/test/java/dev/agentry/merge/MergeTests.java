package dev.agentry.merge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MergeTests {

    @Test
    void nonOverlappingChangesMergeCleanly() {
        Merge.Result result = Merge.threeWay("a\nb\nc\nd\n", "A\nb\nc\nd\n", "a\nb\nc\nD\n");
        assertThat(result.conflicts()).isFalse();
        assertThat(result.text()).isEqualTo("A\nb\nc\nD\n");
    }

    @Test
    void overlappingChangesAreMarkedYoursThenAgentry() {
        Merge.Result result = Merge.threeWay("a\nb\nc\n", "a\nmine\nc\n", "a\ntheirs\nc\n");
        assertThat(result.conflicts()).isTrue();
        assertThat(result.text()).isEqualTo("a\n<<<<<<< yours\nmine\n=======\ntheirs\n>>>>>>> agentry\nc\n");
    }

    @Test
    void unifiedDiffHasHeadersAndHunks() {
        String diff = Merge.unifiedDiff("x.md", "a\nb\n", "a\nc\n");
        assertThat(diff).startsWith("--- a/x.md\n+++ b/x.md\n@@").contains("-b\n", "+c\n");
        assertThat(Merge.unifiedDiff("x.md", "same\n", "same\n")).isEmpty();
    }
}
