package dev.agentry.apply;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a file's own form when agentry rewrites it: its byte order mark, and its line endings. agentry plans on text
 * with LF line endings and no byte order mark (the {@code Text.normalize} rule); this puts back, line for line, the
 * exact bytes of every line before and after the changed region, and gives the changed lines the file's most common
 * line ending, so that a CRLF file stays CRLF and text outside agentry's blocks stays byte-identical.
 */
final class FileForm {

    private static final char BOM = '\uFEFF';

    private FileForm() {
    }

    /** One line of a file: its text and the line break that ends it ("" for a last line without one). */
    private record Line(String text, String end) {

        boolean sameAs(Line other) {
            return text.equals(other.text) && end.isEmpty() == other.end.isEmpty();
        }
    }

    /**
     * The bytes (as text) to write so that the file reads back as {@code text}, in the form of the file's current
     * content {@code raw} (decoded but not normalised).
     */
    static String restore(String raw, String text) {
        boolean bom = !raw.isEmpty() && raw.charAt(0) == BOM;
        String body = bom ? raw.substring(1) : raw;
        if (body.indexOf('\r') < 0) {
            return bom ? BOM + text : text;
        }
        List<Line> old = lines(body);
        List<Line> wanted = lines(text);
        String eol = mostCommonEnding(old);
        int prefix = 0;
        while (prefix < old.size() && prefix < wanted.size() && old.get(prefix).sameAs(wanted.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < old.size() - prefix && suffix < wanted.size() - prefix
                && old.get(old.size() - 1 - suffix).sameAs(wanted.get(wanted.size() - 1 - suffix))) {
            suffix++;
        }
        StringBuilder out = new StringBuilder(text.length() + wanted.size());
        if (bom) {
            out.append(BOM);
        }
        for (int i = 0; i < wanted.size(); i++) {
            Line line = wanted.get(i);
            out.append(line.text());
            if (i < prefix) {
                out.append(old.get(i).end());
            }
            else if (i >= wanted.size() - suffix) {
                out.append(old.get(old.size() - (wanted.size() - i)).end());
            }
            else if (!line.end().isEmpty()) {
                out.append(eol);
            }
        }
        return out.toString();
    }

    /** Splits at CRLF, LF or a lone CR, as {@code Text.normalize} reads them. */
    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                int breakLength = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
                lines.add(new Line(text.substring(start, i), text.substring(i, i + breakLength)));
                i += breakLength;
                start = i;
            }
            else {
                i++;
            }
        }
        if (start < text.length()) {
            lines.add(new Line(text.substring(start), ""));
        }
        return lines;
    }

    /** The line break most lines end with; CRLF wins a tie with LF (a file with any CRLF was written for it). */
    private static String mostCommonEnding(List<Line> lines) {
        int crlf = 0;
        int lf = 0;
        int cr = 0;
        for (Line line : lines) {
            switch (line.end()) {
                case "\r\n" -> crlf++;
                case "\n" -> lf++;
                case "\r" -> cr++;
                default -> {
                }
            }
        }
        if (cr > crlf && cr > lf) {
            return "\r";
        }
        return crlf >= lf ? "\r\n" : "\n";
    }
}
