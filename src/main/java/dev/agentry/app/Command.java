package dev.agentry.app;

/** The command an {@link Outcome} comes from, as the report names it. */
public enum Command {
    GENERATE("generate"),
    UPDATE("update"),
    CHECK("check"),
    REMOVE("remove");

    private final String word;

    Command(String word) {
        this.word = word;
    }

    /** The command's name on the command line and in --json output: "generate". */
    public String word() {
        return word;
    }
}
