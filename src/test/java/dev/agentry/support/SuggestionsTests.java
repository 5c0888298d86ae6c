package dev.agentry.support;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestionsTests {

    @Test
    void typoFindsTheClosestCandidate() {
        assertThat(Suggestions.closest("pyhton-fastapi", List.of("python-fastapi", "python-django", "go")))
                .contains("python-fastapi");
    }

    @Test
    void unrelatedInputFindsNothing() {
        assertThat(Suggestions.closest("zzzzzzzz", List.of("aws", "gcp"))).isEmpty();
    }

    @Test
    void prefixCountsAsClose() {
        assertThat(Suggestions.closest("kube", List.of("aws", "kubernetes"))).contains("kubernetes");
    }
}
