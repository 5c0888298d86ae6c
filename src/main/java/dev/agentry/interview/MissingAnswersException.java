package dev.agentry.interview;

import java.util.List;

import dev.agentry.support.AgentryException;
import dev.agentry.support.ExitCode;

/** Answers that no source gave (exit 2); the message lists each with its valid choices. */
public final class MissingAnswersException extends AgentryException {

    private final List<String> missing;
    private final String context;
    private final String guidance;

    /**
     * The message is {@code context}, the headline naming {@code missing} ({@code Missing answers: ...}), then
     * {@code guidance}; each part is kept so that a caller can write its own headline ({@link #withoutHeadline()}).
     */
    public MissingAnswersException(List<String> missing, String context, String guidance) {
        super(ExitCode.USAGE, context + MissingAnswers.headline(missing) + guidance);
        this.missing = List.copyOf(missing);
        this.context = context;
        this.guidance = guidance;
    }

    public List<String> missing() {
        return missing;
    }

    /** What comes before the headline: the bad values found, or the cause (an answers file gone), or nothing. */
    public String context() {
        return context;
    }

    /** What comes after the headline: each missing answer's choices, the ways to give them, what detection found. */
    public String guidance() {
        return guidance;
    }

    /** The message without its headline line. */
    public String withoutHeadline() {
        return context + guidance;
    }
}
