package dev.agentry.format;

import java.util.regex.Pattern;

import dev.agentry.codec.Codec;

/** Writes YAML scalars for frontmatter so that no value can add keys, lines or documents. */
final class Yaml {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_./()*,-]*(?: [A-Za-z0-9_./()*,-]+)*");

    private Yaml() {
    }

    /** A double-quoted YAML string on one line, with every special character escaped (the codec owns the escaping). */
    static String quoted(String value) {
        return Codec.yamlDoubleQuoted(value);
    }

    /** The value as a plain scalar when that is unambiguous, else double-quoted. */
    static String scalar(String value) {
        boolean plain = PLAIN.matcher(value).matches() && !value.equals("true") && !value.equals("false")
                && !value.equals("null") && !value.equals("yes") && !value.equals("no") && !value.matches("[0-9.]+");
        return plain ? value : quoted(value);
    }
}
