package dev.agentry.support;

/** The process exit codes of agentry, in one place (documented in the README). */
public enum ExitCode {
    OK(0, "success"),
    INTERNAL(1, "internal error"),
    USAGE(2, "invalid input or usage; nothing written"),
    CONFLICTS(3, "update finished with conflicts to resolve"),
    UNSAFE(4, "refused for safety; nothing written"),
    DRIFT(5, "check found drift"),
    INTERRUPTED(130, "interrupted (Ctrl-C); nothing written");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /** The more severe of two codes; used to combine the results of several targets. */
    public static ExitCode worst(ExitCode a, ExitCode b) {
        return a.severity() >= b.severity() ? a : b;
    }

    private int severity() {
        return switch (this) {
            case OK -> 0;
            case DRIFT -> 1;
            case CONFLICTS -> 2;
            case USAGE -> 3;
            case UNSAFE -> 4;
            case INTERRUPTED -> 5;
            case INTERNAL -> 6;
        };
    }
}
