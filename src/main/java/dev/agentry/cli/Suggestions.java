package dev.agentry.cli;

import java.util.List;
import java.util.Optional;

import dev.agentry.detect.Detection;
import dev.agentry.detect.Proposal;
import dev.agentry.interview.Keys;

/**
 * What the init wizard pre-selects from what the repository shows, each with the one line of evidence shown under its
 * question ("found go.mod (gin), fly.toml"). Fitted to the answers already chosen, as {@code generate --detect} is.
 */
final class Suggestions {

    /** Nothing detected: every question as without detection. */
    static final Suggestions NONE = new Suggestions(null);

    private final Detection detection;

    private Suggestions(Detection detection) {
        this.detection = detection;
    }

    /** What a detection proposes; no suggestions when it proposes nothing. */
    static Suggestions of(Detection detection) {
        return detection == null || detection.proposal().isEmpty() ? NONE : new Suggestions(detection);
    }

    boolean isEmpty() {
        return detection == null;
    }

    /** The project type the repository shows, for the stack given (null when none is). */
    Optional<Suggestion> projectType(String stack) {
        return single(null, stack, Keys.PROJECT_TYPE);
    }

    /** The deployment the repository shows, for the project type chosen and the stack given (null when none is). */
    Optional<Suggestion> deployment(String projectType, String stack) {
        return single(projectType, stack, Keys.DEPLOYMENT);
    }

    /** The stack the repository shows that suits the project type chosen. */
    Optional<Suggestion> stack(String projectType) {
        return single(projectType, null, Keys.STACK);
    }

    /**
     * The team for the project type and stack chosen, when the evidence calls for members beyond the type's own team
     * (otherwise the type's team is pre-checked anyway, and there is nothing to show).
     */
    Optional<TeamSuggestion> team(String projectType, String stack) {
        if (detection == null) {
            return Optional.empty();
        }
        Proposal proposal = detection.propose(projectType, stack);
        if (proposal.addedAgents().isEmpty()) {
            return Optional.empty();
        }
        String evidence = proposal.summary(Keys.AGENTS);
        return Optional.of(new TeamSuggestion(proposal.agents(), "adds " + String.join(", ", proposal.addedAgents())
                + (evidence.isEmpty() ? "" : ": " + evidence)));
    }

    private Optional<Suggestion> single(String projectType, String stack, String key) {
        if (detection == null) {
            return Optional.empty();
        }
        Proposal proposal = detection.propose(projectType, stack);
        return proposal.value(key).map(value -> new Suggestion(value, proposal.summary(key)));
    }

    /** A value to pre-select and the evidence for it. */
    record Suggestion(String value, String evidence) {
    }

    /** A team to pre-check and the evidence for the members it adds. */
    record TeamSuggestion(List<String> agents, String evidence) {

        TeamSuggestion {
            agents = List.copyOf(agents);
        }
    }
}
