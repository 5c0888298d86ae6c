package dev.agentry.detect;

/**
 * Something detection did not read, and why.
 *
 * @param path the path relative to the repository, or "." for the repository as a whole
 */
public record Skipped(String path, String why, Reason reason) {

    /** Why something was not read. */
    public enum Reason {
        /** Not read by rule: dependency, cache and build-output folders, symbolic links. */
        BY_RULE,
        /** Could not be read: a broken, binary, oversized or unreadable manifest or folder. */
        UNREADABLE,
        /** A limit was reached (paths, depth, manifests, bytes): the rest was not looked at. */
        LIMIT
    }
}
