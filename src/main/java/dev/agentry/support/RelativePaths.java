package dev.agentry.support;

import java.util.Optional;

/**
 * The one rule for a path that must stay inside its root (the target, a scaffold layer, an include): relative,
 * forward slashes, no drive or colon, no NUL, and no empty, "." or ".." segment.
 */
public final class RelativePaths {

    /** What is wrong with a path; callers word it for their users. */
    public enum Fault {
        /** Empty, absolute, with a backslash, a colon (a drive, a URL, an NTFS stream) or a NUL. */
        NOT_RELATIVE,
        /** An empty, "." or ".." segment. */
        BAD_SEGMENT
    }

    private RelativePaths() {
    }

    public static boolean isSafe(String path) {
        return fault(path).isEmpty();
    }

    public static Optional<Fault> fault(String path) {
        if (path == null || path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":")
                || path.indexOf('\0') >= 0) {
            return Optional.of(Fault.NOT_RELATIVE);
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return Optional.of(Fault.BAD_SEGMENT);
            }
        }
        return Optional.empty();
    }
}
