package dev.agentry.support;

import java.util.ArrayList;
import java.util.List;

/** Line-ending and line-splitting rules shared by rendering, planning and storage. */
public final class Text {

    private Text() {
    }

    /** Converts CRLF and CR line endings to LF and drops a leading byte order mark. */
    public static String normalize(String text) {
        String result = text;
        if (!result.isEmpty() && result.charAt(0) == '\uFEFF') {
            result = result.substring(1);
        }
        if (result.indexOf('\r') >= 0) {
            result = result.replace("\r\n", "\n").replace('\r', '\n');
        }
        return result;
    }

    /** Splits into lines, each without its terminator; a final newline does not add an empty line. */
    public static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /** Joins lines with LF and ends with LF (the inverse of {@link #lines} for text ending in a newline). */
    public static String join(List<String> lines) {
        if (lines.isEmpty()) {
            return "";
        }
        return String.join("\n", lines) + "\n";
    }

    /** Ensures the text ends with exactly one newline. */
    public static String endWithNewline(String text) {
        String trimmed = text.stripTrailing();
        return trimmed.isEmpty() ? "" : trimmed + "\n";
    }
}
