package dev.agentry.apply;

import java.util.List;

import dev.agentry.plan.RecordedFile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Equality of State (written out by hand: which texts are still to be checked is not part of its value) and RecordedFile: every component takes part. */
class StateEqualityTests {

    private static final RecordedFile FILE = new RecordedFile("a.md", "team", "text\n", true);
    private static final State STATE = new State("1.0", "2026.11.1", "abc", List.of(FILE));

    @Test
    void equalValuesAreEqualWithEqualHashes() {
        RecordedFile same = new RecordedFile("a.md", "team", new String("text\n"), true);
        State sameState = new State("1.0", "2026.11.1", "abc", List.of(same));
        assertThat(same).isEqualTo(FILE).hasSameHashCodeAs(FILE);
        assertThat(sameState).isEqualTo(STATE).hasSameHashCodeAs(STATE);
        assertThat(State.EMPTY).isEqualTo(new State(null, null, null, List.of()));
    }

    @Test
    void everyComponentOfARecordedFileCounts() {
        assertThat(List.of(
                new RecordedFile("b.md", "team", "text\n", true),
                new RecordedFile("a.md", null, "text\n", true),
                new RecordedFile("a.md", "team", "text \n", true),
                new RecordedFile("a.md", "team", "text\n", false),
                new RecordedFile("a.md", "team", "text\n", true, "rej sha"))).allSatisfy(other -> assertThat(other).isNotEqualTo(FILE));
    }

    @Test
    void everyComponentOfAStateCounts() {
        assertThat(List.of(
                new State("1.1", "2026.11.1", "abc", List.of(FILE)),
                new State("1.0", "2026.12.1", "abc", List.of(FILE)),
                new State("1.0", "2026.11.1", null, List.of(FILE)),
                new State("1.0", "2026.11.1", "abc", List.of()),
                new State("1.0", "2026.11.1", "abc", List.of(FILE, FILE)),
                new State("1.0", "2026.11.1", "abc", List.of(FILE), List.of(FILE)))).allSatisfy(other -> assertThat(other).isNotEqualTo(STATE));
        assertThat(STATE).isNotEqualTo(FILE);
    }
}
