package dev.agentry.plan;

import java.util.Optional;

import dev.agentry.merge.Merge;

/**
 * Conflict markers in a text: agentry's own ({@code <<<<<<< yours} / {@code >>>>>>> agentry}, from an update with
 * overlapping edits) or git's ({@code <<<<<<< HEAD} / {@code >>>>>>> branch}, from merging two teammates' updates).
 * A conflict is a line that starts with seven '<', then a line of seven '=', then one that starts with seven '>'.
 */
public final class ConflictMarkers {

    private static final String BEGIN = "<<<<<<<";
    private static final String SEPARATOR = "=======";
    private static final String END = ">>>>>>>";

    private ConflictMarkers() {
    }

    /**
     * The first conflict in a text.
     *
     * @param line the 1-based line of its {@code <<<<<<<} marker
     * @param ours the label after {@code <<<<<<<} ("yours", "HEAD", or empty)
     * @param theirs the label after {@code >>>>>>>} ("agentry", a branch, or empty)
     */
    public record Found(int line, String ours, String theirs) {

        /** True for the markers agentry writes; false for git's (or another tool's). */
        public boolean agentrys() {
            return ours.equals(Merge.YOURS) && theirs.equals(Merge.AGENTRY);
        }

        /** "<<<<<<< HEAD ... >>>>>>> feature", as the markers read in the file. */
        public String shown() {
            return (BEGIN + " " + ours).strip() + " ... " + (END + " " + theirs).strip();
        }
    }

    /** The first complete conflict in {@code text} (LF, CRLF or CR line endings), if any. */
    public static Optional<Found> find(String text) {
        if (text == null || !text.contains(BEGIN)) {
            return Optional.empty();
        }
        String[] lines = text.split("\r\n|\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!isMarker(lines[i], BEGIN)) {
                continue;
            }
            int separator = -1;
            for (int j = i + 1; j < lines.length; j++) {
                if (isMarker(lines[j], BEGIN)) {
                    break;
                }
                if (separator < 0 && lines[j].strip().equals(SEPARATOR)) {
                    separator = j;
                }
                else if (separator >= 0 && isMarker(lines[j], END)) {
                    return Optional.of(new Found(i + 1, label(lines[i]), label(lines[j])));
                }
            }
        }
        return Optional.empty();
    }

    /** A line that is the marker, alone or followed by a space and a label. */
    private static boolean isMarker(String line, String marker) {
        return line.startsWith(marker) && (line.length() == marker.length() || line.charAt(marker.length()) == ' ');
    }

    private static String label(String line) {
        return line.substring(BEGIN.length()).strip();
    }
}
