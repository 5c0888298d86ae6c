package dev.agentry.plan;

/** How an overlapping edit is reported: markers inside the file, or the new render in a .rej file beside it. */
public enum ConflictStyle {
    INLINE, REJ
}
