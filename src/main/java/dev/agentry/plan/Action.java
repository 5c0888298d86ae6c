package dev.agentry.plan;

/** What a plan does with one file, as printed and reported in JSON. */
public enum Action {
    /** A new file, or a new block in a file. */
    CREATE("create", "created"),
    /** Still in the team but deleted from disk (or its block removed from the file): written again. */
    RESTORE("restore", "restored"),
    /** Overwritten: the user had not edited it and the new render differs. */
    UPDATE("update", "updated"),
    /** Nothing to do. */
    UNCHANGED("unchanged", "unchanged"),
    /** The user edited it and agentry has nothing new for it: the user's file is kept. */
    KEEP("keep-yours", "kept as you edited them"),
    /** The user's edits and agentry's changes merged cleanly. */
    MERGE("merge", "merged"),
    /**
     * The user's edits and agentry's changes overlap: markers written, or (--conflict rej) the user's side kept in the
     * file and agentry's written beside it as a .rej file.
     */
    CONFLICT("conflict", "with conflicts"),
    /** Conflict markers from an earlier update are still in the file, or the .rej file written for it still exists. */
    UNRESOLVED("unresolved", "with unresolved conflicts"),
    /** No longer in the team and not edited: deleted. */
    DELETE("delete", "deleted"),
    /** No longer in the team but edited by the user: kept and no longer tracked. */
    ORPHAN("keep-orphan", "kept but no longer tracked"),
    /** Exists but was not written by agentry: refused without --force. */
    REFUSE("refuse", "refused"),
    /** Exists, not written by agentry, overwritten with --force after a backup. */
    FORCE("overwrite", "overwritten"),
    /** Exists, not written by agentry, kept as the user's with --adopt: agentry's render is recorded as its base. */
    ADOPT("adopt", "adopted as yours"),
    /** No longer tracked and already gone: only the state forgets it. */
    FORGET("forget", "forgotten");

    private final String label;
    private final String summary;

    Action(String label, String summary) {
        this.label = label;
        this.summary = summary;
    }

    /** How a count of files with this action reads in a summary: "3 created". */
    public String summary() {
        return summary;
    }

    public String label() {
        return label;
    }
}
