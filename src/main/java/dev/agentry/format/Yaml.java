package dev.agentry.format;

import java.util.regex.Pattern;

/** Writes YAML scalars for frontmatter so that no value can add keys, lines or documents. */
final class Yaml {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_./()*,-]*(?: [A-Za-z0-9_./()*,-]+)*");

    private Yaml() {
    }

    /** A double-quoted YAML string on one line, with every special character escaped. */
    static String quoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
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

    /** The value as a plain scalar when that is unambiguous, else double-quoted. */
    static String scalar(String value) {
        boolean plain = PLAIN.matcher(value).matches() && !value.equals("true") && !value.equals("false")
                && !value.equals("null") && !value.equals("yes") && !value.equals("no") && !value.matches("[0-9.]+");
        return plain ? value : quoted(value);
    }
}
