package dev.agentry.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The {@code {{UPPER_SNAKE}}} placeholders a stack's guidance lines may hold ({@code {{DATABASE}}}), so that a value
 * given with --set reaches those lines too. A plain scan, no regular expression: lines without "{{" cost one
 * indexOf.
 */
public final class Placeholders {

    private static final String OPEN = "{{";
    private static final String CLOSE = "}}";

    private Placeholders() {
    }

    /** The placeholder name of a variable key: {@code test-command} is {@code TEST_COMMAND}. */
    public static String name(String key) {
        return key.replace('-', '_').toUpperCase(Locale.ROOT);
    }

    /** The names of the placeholders in a line, in order. */
    public static List<String> names(String line) {
        List<String> names = new ArrayList<>();
        int from = line.indexOf(OPEN);
        while (from >= 0) {
            int end = line.indexOf(CLOSE, from + OPEN.length());
            if (end < 0) {
                break;
            }
            names.add(line.substring(from + OPEN.length(), end).strip());
            from = line.indexOf(OPEN, end + CLOSE.length());
        }
        return names;
    }

    /** The line with each placeholder replaced by its value; a name the function does not know is left as it is. */
    public static String fill(String line, Function<String, String> values) {
        int from = line.indexOf(OPEN);
        if (from < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length() + 32);
        int copied = 0;
        while (from >= 0) {
            int end = line.indexOf(CLOSE, from + OPEN.length());
            if (end < 0) {
                break;
            }
            String value = values.apply(line.substring(from + OPEN.length(), end).strip());
            if (value != null) {
                out.append(line, copied, from).append(value);
                copied = end + CLOSE.length();
            }
            from = line.indexOf(OPEN, end + CLOSE.length());
        }
        return out.append(line, copied, line.length()).toString();
    }
}
