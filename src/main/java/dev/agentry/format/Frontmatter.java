package dev.agentry.format;

import java.util.Map;

/**
 * Builds a Markdown agent file: a YAML frontmatter block between two {@code ---} lines, then the instructions.
 * Every value goes through {@link Yaml}, so that no value can add keys, lines or documents.
 */
final class Frontmatter {

    private final StringBuilder out = new StringBuilder("---\n");

    /** A value written plain when that is unambiguous (names, ids), else double-quoted. */
    Frontmatter plain(String key, String value) {
        out.append(key).append(": ").append(Yaml.scalar(value)).append('\n');
        return this;
    }

    /** A value always written as one double-quoted line (descriptions, colors such as "#22c55e"). */
    Frontmatter quoted(String key, String value) {
        out.append(key).append(": ").append(Yaml.quoted(value)).append('\n');
        return this;
    }

    /** A real YAML boolean, {@code true} or {@code false} (never quoted, which would make it a string). */
    Frontmatter bool(String key, boolean value) {
        out.append(key).append(": ").append(value).append('\n');
        return this;
    }

    /** A flow sequence of double-quoted strings, such as {@code ["read", "search"]}. */
    Frontmatter list(String key, Iterable<String> values) {
        out.append(key).append(": [");
        String separator = "";
        for (String value : values) {
            out.append(separator).append(Yaml.quoted(value));
            separator = ", ";
        }
        out.append("]\n");
        return this;
    }

    /** A block mapping of plain keys to plain values, one indented line each, such as {@code permission:} rules. */
    Frontmatter map(String key, Map<String, String> entries) {
        out.append(key).append(":\n");
        entries.forEach((k, v) -> out.append("  ").append(Yaml.scalar(k)).append(": ").append(Yaml.scalar(v)).append('\n'));
        return this;
    }

    /** The whole file: the frontmatter, a blank line and the body. */
    String then(String body) {
        return out + "---\n\n" + body;
    }
}
