package dev.agentry.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.agentry.detect.Detection;
import dev.agentry.detect.Proposal;
import dev.agentry.detect.Skipped;
import dev.agentry.interview.AnswerSource;
import dev.agentry.interview.Keys;
import dev.agentry.interview.MissingAnswersException;

/**
 * The answers {@code --detect} takes from the repository: an answer source just above the defaults, fitted to the
 * project type and stack already answered, and notes saying what was taken and why.
 */
final class DetectedAnswers {

    /** The answers detection fills, in the order a person reads them. */
    private static final List<String> KEYS = List.of(Keys.PROJECT_TYPE, Keys.STACK, Keys.DEPLOYMENT, Keys.AGENTS);
    private static final int SKIPPED_NAMED = 3;

    private final List<AnswerSource> sources;
    private final Map<String, Object> taken;
    private final Proposal proposal;
    private final Detection detection;

    private DetectedAnswers(List<AnswerSource> sources, Map<String, Object> taken, Proposal proposal, Detection detection) {
        this.sources = sources;
        this.taken = taken;
        this.proposal = proposal;
        this.detection = detection;
    }

    /** Places what detection found among the sources (ordered highest first, defaults last). */
    static DetectedAnswers of(Detection detection, List<AnswerSource> sources) {
        List<AnswerSource> given = sources.subList(0, sources.size() - 1);
        Proposal proposal = detection.propose(first(given, Keys.PROJECT_TYPE), first(given, Keys.STACK));
        Map<String, Object> values = new LinkedHashMap<>();
        proposal.value(Keys.PROJECT_TYPE).ifPresent(v -> values.put(Keys.PROJECT_TYPE, v));
        proposal.value(Keys.STACK).ifPresent(v -> values.put(Keys.STACK, v));
        proposal.value(Keys.DEPLOYMENT).ifPresent(v -> values.put(Keys.DEPLOYMENT, v));
        if (!proposal.addedAgents().isEmpty()) {
            // only a team the evidence changes is recorded: the project type's own team stays "agents: []" and follows it
            values.put(Keys.AGENTS, proposal.agents());
        }
        Map<String, Object> taken = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (given.stream().noneMatch(source -> source.has(key))) {
                taken.put(key, value);
            }
        });
        List<AnswerSource> all = new ArrayList<>(given);
        all.add(AnswerSource.detected(values));
        all.add(sources.get(sources.size() - 1));
        return new DetectedAnswers(List.copyOf(all), taken, proposal, detection);
    }

    private static String first(List<AnswerSource> sources, String key) {
        return sources.stream().filter(s -> s.has(key)).findFirst().map(s -> s.text(key)).orElse(null);
    }

    List<AnswerSource> sources() {
        return sources;
    }

    /** What the run took from detection and why, what it found nothing for, and what it skipped. */
    List<String> notes() {
        List<String> notes = new ArrayList<>();
        taken.forEach((key, value) -> {
            String shown = key.equals(Keys.AGENTS) ? "+ " + String.join(", ", proposal.addedAgents())
                    : String.valueOf(value);
            notes.add("detected " + key + ": " + shown + " (" + proposal.summary(key) + ")");
        });
        // folders skipped by rule (node_modules/ ...) are no news; what could not be read, or a limit, is
        List<Skipped> skipped = detection.skipped().stream().filter(s -> s.reason() != Skipped.Reason.BY_RULE).toList();
        if (!skipped.isEmpty()) {
            StringBuilder note = new StringBuilder("detection skipped ");
            for (int i = 0; i < Math.min(SKIPPED_NAMED, skipped.size()); i++) {
                Skipped item = skipped.get(i);
                note.append(i == 0 ? "" : "; ").append(item.path()).append(" (").append(item.why()).append(')');
            }
            if (skipped.size() > SKIPPED_NAMED) {
                note.append(" and ").append(skipped.size() - SKIPPED_NAMED).append(" more (agentry detect lists them)");
            }
            notes.add(note.toString());
        }
        detection.legacyTeam().ifPresent(legacy -> notes.add("the repository holds a legacy agent team with unfilled"
                + " placeholders (" + legacy.files().size() + (legacy.files().size() == 1 ? " file" : " files")
                + " in .claude/agents/): agentry detect lists them, and --adopt keeps those this team writes as yours with"
                + " their placeholders filled from the answers"));
        return notes;
    }

    /** The error for answers still missing, saying what detection took and what it found nothing for. */
    MissingAnswersException explain(MissingAnswersException missing) {
        StringBuilder message = new StringBuilder(missing.guidance());
        if (!taken.isEmpty()) {
            List<String> found = new ArrayList<>();
            taken.forEach((key, value) -> found.add(key + " " + (value instanceof List<?> ? "(team)" : value)));
            message.append("\n--detect found ").append(String.join(", ", found)).append(" in ").append(detection.root());
        }
        List<String> none = missing.missing().stream().filter(KEYS::contains).toList();
        if (!none.isEmpty()) {
            message.append(taken.isEmpty() ? "\n--detect found " : ", but ").append("nothing that shows the ")
                    .append(String.join(" or the ", none));
            if (none.contains(Keys.DEPLOYMENT)) {
                message.append(" (no platform file, infrastructure code or CI step that deploys)");
            }
            if (taken.isEmpty()) {
                message.append(" in ").append(detection.root());
            }
            message.append(": give ").append(none.size() == 1 ? "it" : "them").append(" with ")
                    .append(String.join(", ", none.stream().map(key -> "--" + key).toList()))
                    .append(" (agentry detect shows what it sees).");
        }
        return new MissingAnswersException(missing.missing(), missing.context(), message.toString());
    }
}
