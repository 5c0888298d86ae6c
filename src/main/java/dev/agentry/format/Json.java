package dev.agentry.format;

import java.util.Iterator;

/**
 * Writes JSON strings by hand (the format package stays free of Jackson), so that no value can add keys: quotes,
 * backslashes and every control character escaped.
 */
final class Json {

    private Json() {
    }

    /** A JSON string, {@code "..."}, on one line. */
    static String string(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    // U+2028 and U+2029 are valid in JSON but end a line in JavaScript source: escaped as well
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    }
                    else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A JSON array of strings on one line, such as {@code ["read", "shell"]}. */
    static String strings(Iterable<String> values) {
        StringBuilder out = new StringBuilder("[");
        Iterator<String> it = values.iterator();
        while (it.hasNext()) {
            out.append(string(it.next()));
            if (it.hasNext()) {
                out.append(", ");
            }
        }
        return out.append(']').toString();
    }
}
