package dev.agentry.app;

import java.util.List;

import dev.agentry.support.AgentryException;
import dev.agentry.support.ExitCode;

/**
 * Files in the way that agentry did not write (exit 2, nothing written); a caller that can ask (the init wizard) offers
 * to keep them ({@link dev.agentry.plan.ForeignFiles#ADOPT}) or to back them up and overwrite them
 * ({@link dev.agentry.plan.ForeignFiles#OVERWRITE}) and runs again with that choice.
 */
public final class ForeignFilesException extends AgentryException {

    private final List<String> paths;

    ForeignFilesException(List<String> paths, String message) {
        super(ExitCode.USAGE, message);
        this.paths = List.copyOf(paths);
    }

    /** The files in the way, relative to the target. */
    public List<String> paths() {
        return paths;
    }
}
