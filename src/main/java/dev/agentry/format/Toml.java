package dev.agentry.format;

/**
 * Writes TOML strings by hand (the format package stays free of Jackson), so that no value can add keys or
 * lines: one-line basic strings for short values, and multi-line basic strings for instructions.
 */
final class Toml {

    private static final String DELIMITER = "\"\"\"";

    private Toml() {
    }

    /** A basic string on one line, {@code "..."}, with quotes, backslashes and control characters escaped. */
    static String basic(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> appendOther(out, c);
            }
        }
        return out.append('"').toString();
    }

    /**
     * A multi-line basic string, {@code """} and a line break, the text, then {@code """}. Backslashes and control
     * characters other than line feeds and tabs are escaped; of a run of quotes, every third is escaped so that no
     * {@code """} closes the string early, and quotes at the very end are escaped so none joins the closing delimiter.
     */
    static String multiline(String value) {
        int trailingQuotes = value.length();
        while (trailingQuotes > 0 && value.charAt(trailingQuotes - 1) == '"') {
            trailingQuotes--;
        }
        StringBuilder out = new StringBuilder(DELIMITER).append('\n');
        int quotesInARow = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                if (quotesInARow == 2 || i >= trailingQuotes) {
                    out.append("\\\"");
                    quotesInARow = 0;
                }
                else {
                    out.append('"');
                    quotesInARow++;
                }
                continue;
            }
            quotesInARow = 0;
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append('\n');
                case '\t' -> out.append('\t');
                default -> appendOther(out, c);
            }
        }
        return out.append(DELIMITER).toString();
    }

    /** Escapes what TOML forbids raw in a basic string (control characters, CR, DEL); keeps everything else. */
    private static void appendOther(StringBuilder out, char c) {
        if (c == '\r') {
            out.append("\\r");
        }
        else if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\u%04x", (int) c));
        }
        else {
            out.append(c);
        }
    }
}
