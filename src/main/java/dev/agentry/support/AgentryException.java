package dev.agentry.support;

/** An expected failure with a message for the user and the exit code it maps to. */
public class AgentryException extends RuntimeException {

    private final ExitCode exitCode;

    public AgentryException(ExitCode exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public AgentryException(ExitCode exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    /** Invalid input or usage (exit 2). */
    public static AgentryException usage(String message) {
        return new AgentryException(ExitCode.USAGE, message);
    }

    /** Refused for safety (exit 4). */
    public static AgentryException unsafe(String message) {
        return new AgentryException(ExitCode.UNSAFE, message);
    }
}
