package dev.agentry.codec;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes plain values (maps, lists, text, the exact text of booleans and numbers) as block YAML in one layout, so that
 * equal values always give equal text: plain scalars only where nothing can misread them, multi-line text as
 * {@code |} literal blocks, everything else double-quoted.
 */
final class CanonicalYaml {

    static final int INDENT = 2;

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    private static final Pattern PLAIN_TEXT = Pattern.compile("[A-Za-z][A-Za-z0-9_./()-]*(?: [A-Za-z0-9_./()-]+)*");
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n");

    /** A value written as it was read: a boolean, number or null scalar keeps its exact text. */
    record Raw(String text) {
    }

    private CanonicalYaml() {
    }

    /** A block sequence item holding the mapping, its dash at {@code column}. */
    static void item(StringBuilder out, Map<String, ?> entry, int column) {
        out.append(" ".repeat(column)).append("- ");
        mapping(out, entry, column + INDENT, true);
    }

    private static void mapping(StringBuilder out, Map<?, ?> map, int column, boolean atColumn) {
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(first && atColumn)) {
                out.append(" ".repeat(column));
            }
            first = false;
            String key = String.valueOf(entry.getKey());
            out.append(PLAIN_KEY.matcher(key).matches() && !RESERVED.contains(key.toLowerCase(Locale.ROOT)) ? key
                    : YamlScalars.doubleQuoted(key)).append(':');
            Object value = entry.getValue();
            if (value instanceof Map<?, ?> nested && !nested.isEmpty()) {
                out.append('\n');
                mapping(out, nested, column + INDENT, false);
            }
            else if (value instanceof List<?> items && !items.isEmpty()) {
                out.append('\n');
                sequence(out, items, column + INDENT, false);
            }
            else {
                out.append(' ');
                scalar(out, value, column + INDENT, true);
            }
        }
    }

    private static void sequence(StringBuilder out, List<?> items, int column, boolean atColumn) {
        boolean first = true;
        for (Object item : items) {
            if (!(first && atColumn)) {
                out.append(" ".repeat(column));
            }
            first = false;
            out.append("- ");
            if (item instanceof Map<?, ?> map && !map.isEmpty()) {
                mapping(out, map, column + INDENT, true);
            }
            else if (item instanceof List<?> list && !list.isEmpty()) {
                sequence(out, list, column + INDENT, true);
            }
            else {
                scalar(out, item, column + INDENT, false);
            }
        }
    }

    /** A scalar and its line break; multi-line text as a literal block under a key (its lines at {@code column}). */
    private static void scalar(StringBuilder out, Object value, int column, boolean underKey) {
        if (value instanceof Raw raw) {
            out.append(raw.text()).append('\n');
        }
        else if (value instanceof Map<?, ?>) {
            out.append("{}\n");
        }
        else if (value instanceof List<?>) {
            out.append("[]\n");
        }
        else if (value == null) {
            out.append("null\n");
        }
        else if (!(value instanceof String text)) {
            out.append(value).append('\n');
        }
        else if (underKey && literal(text)) {
            block(out, text, column);
        }
        else {
            boolean plain = PLAIN_TEXT.matcher(text).matches() && !RESERVED.contains(text.toLowerCase(Locale.ROOT));
            out.append(plain ? text : YamlScalars.doubleQuoted(text)).append('\n');
        }
    }

    /** True for multi-line text a literal block holds exactly: no control characters but tabs, nothing YAML folds. */
    private static boolean literal(String text) {
        if (text.indexOf('\n') < 0) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\t' && (Character.isISOControl(c) || c == '\uFEFF' || c == '\u2028' || c == '\u2029')) {
                return false;
            }
        }
        String content = text.replaceAll("\n+$", "");
        // a first line that starts with a space (or is preceded by blank lines) would set the block's indentation wrong
        return !content.isEmpty() && content.charAt(0) != ' ' && content.charAt(0) != '\n' && !content.startsWith("\t");
    }

    private static void block(StringBuilder out, String text, int column) {
        String content = text.replaceAll("\n+$", "");
        int breaks = text.length() - content.length();
        out.append(breaks == 0 ? "|-" : breaks == 1 ? "|" : "|+").append('\n');
        for (String line : content.split("\n", -1)) {
            out.append(line.isEmpty() ? "" : " ".repeat(column) + line).append('\n');
        }
        for (int i = 1; i < breaks; i++) {
            out.append('\n');
        }
    }
}
