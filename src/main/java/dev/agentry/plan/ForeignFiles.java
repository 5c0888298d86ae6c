package dev.agentry.plan;

/**
 * What a run does with a file (or a managed block) at a place agentry would write that agentry did not write: the
 * choice a user makes when such files are in the way ({@code --force}, {@code --adopt}, or neither).
 */
public enum ForeignFiles {
    /** Leave it alone and stop the run (exit 2), naming the files: the default. */
    REFUSE,
    /** Overwrite it with agentry's render after keeping a backup under .agentry/backup/ ({@code --force}). */
    OVERWRITE,
    /**
     * Keep it as the user's version and record agentry's render as its base, so that it counts as edited by the user
     * and later updates merge into it ({@code --adopt}).
     */
    ADOPT
}
