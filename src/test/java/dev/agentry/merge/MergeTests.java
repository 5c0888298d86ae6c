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
    void aMergeAlsoGivesEachSideOfTheOverlapsWithEveryOtherChangeApplied() {
        Merge.Result result = Merge.threeWay("a\nb\nc\nd\ne\n", "a\nmine\nc\nd\ne\n", "a\ntheirs\nc\nd\nE\n");
        assertThat(result.withYours()).isEqualTo("a\nmine\nc\nd\nE\n");
        assertThat(result.withAgentrys()).isEqualTo("a\ntheirs\nc\nd\nE\n");
        Merge.Result clean = Merge.threeWay("a\nb\nc\nd\n", "A\nb\nc\nd\n", "a\nb\nc\nD\n");
        assertThat(clean.withYours()).isEqualTo(clean.text()).isEqualTo(clean.withAgentrys());
    }

    @Test
    void eachSideKeepsDeletionsAtTheEndAndAMissingFinalLineBreak() {
        // the user deleted the last lines, agentry changed them: a conflict whose user side is empty, at the very end
        Merge.Result deleted = Merge.threeWay("a\nb\nc\nd\n", "a\nb\n", "a\nb\nC\nd\n");
        assertThat(deleted.conflicts()).isTrue();
        assertThat(deleted.withYours()).isEqualTo("a\nb\n");
        assertThat(deleted.withAgentrys()).isEqualTo("a\nb\nC\nd\n");
        Merge.Result noBreak = Merge.threeWay("a\nb\nc", "a\nb\nmine", "A\nb\ntheirs");
        assertThat(noBreak.withYours()).isEqualTo("A\nb\nmine");
        assertThat(noBreak.withAgentrys()).isEqualTo("A\nb\ntheirs");
    }

    @Test
    void unifiedDiffHasHeadersAndHunks() {
        String diff = Merge.unifiedDiff("x.md", "a\nb\n", "a\nc\n");
        assertThat(diff).startsWith("--- a/x.md\n+++ b/x.md\n@@").contains("-b\n", "+c\n");
        assertThat(Merge.unifiedDiff("x.md", "same\n", "same\n")).isEmpty();
    }
}
