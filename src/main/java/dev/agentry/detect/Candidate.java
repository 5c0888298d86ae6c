package dev.agentry.detect;

import java.util.List;

/**
 * A catalogue entry (or a surface) and what the repository shows of it.
 *
 * @param evidence the findings that counted, the strongest first
 */
public record Candidate(String id, double score, List<Evidence> evidence) {

    public Candidate {
        evidence = List.copyOf(evidence);
    }
}
