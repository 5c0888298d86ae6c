package dev.agentry.codec;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.snakeyaml.engine.v2.common.ScalarStyle;

/** Values written as YAML text to splice into a line: scalars in a given quoting style, and flow lists. */
final class YamlScalars {

    private YamlScalars() {
    }

    /** A value as written in place of one that had {@code style}: quoted as it was, when it was and can be. */
    static String scalar(Object value, ScalarStyle style) {
        if (!(value instanceof String string)) {
            return Codec.inlineScalar(value);
        }
        if (style == ScalarStyle.DOUBLE_QUOTED) {
            return doubleQuoted(string);
        }
        if (style == ScalarStyle.SINGLE_QUOTED && string.chars().noneMatch(Character::isISOControl)) {
            return "'" + string.replace("'", "''") + "'";
        }
        String plain = Codec.inlineScalar(string);
        // a block scalar ("|" and indented lines) does not fit in place
        return plain.startsWith("|") || plain.startsWith(">") ? doubleQuoted(string) : plain;
    }

    /** A flow list, {@code [a, "b, c"]}. */
    static String flowList(Collection<?> items) {
        List<String> rendered = new ArrayList<>();
        for (Object item : items) {
            String plain = scalar(item, ScalarStyle.PLAIN);
            boolean quoted = plain.startsWith("\"") || plain.startsWith("'");
            // in a flow list these end the item, so a plain item holding them needs quotes
            boolean endsItem = plain.chars().anyMatch(c -> ",[]{}".indexOf(c) >= 0);
            rendered.add(!quoted && endsItem ? doubleQuoted(String.valueOf(item)) : plain);
        }
        return "[" + String.join(", ", rendered) + "]";
    }

    /** A YAML double-quoted scalar: backslash escapes for quotes, backslashes and control characters. */
    static String doubleQuoted(String value) {
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
                    if (Character.isISOControl(c) || c == '\uFEFF' || c == '\u2028' || c == '\u2029') {
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
}
