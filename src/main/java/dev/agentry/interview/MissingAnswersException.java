package dev.agentry.interview;

import java.util.List;

import dev.agentry.support.AgentryException;
import dev.agentry.support.ExitCode;

/** Answers that no source gave (exit 2); the message lists each with its valid choices. */
public final class MissingAnswersException extends AgentryException {

    private final List<String> missing;

    public MissingAnswersException(List<String> missing, String message) {
        super(ExitCode.USAGE, message);
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
