package dev.agentry.interview;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.agentry.support.AgentryException;

/**
 * One place answers come from ({@code --set}, options, an answers file, the stored answers, defaults): its values,
 * read with the types an answer needs, and problems with them blamed on the option or on the file, line and key.
 */
public record AnswerSource(Origin origin, Map<String, Object> values) {

    public AnswerSource {
        Objects.requireNonNull(origin, "origin is required");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The answers given as command-line options; a list may be given comma-separated. */
    public static AnswerSource options(Map<String, Object> values) {
        return new AnswerSource(new Origin.Options(), values);
    }

    /** The {@code --set KEY=VALUE} values. */
    public static AnswerSource sets(Map<String, Object> values) {
        return new AnswerSource(new Origin.Sets(), values);
    }

    /** The answers detected in the repository ({@code --detect}). */
    public static AnswerSource detected(Map<String, Object> values) {
        return new AnswerSource(new Origin.Detected(), values);
    }

    /** The defaults agentry fills in. */
    public static AnswerSource defaults(Map<String, Object> values) {
        return new AnswerSource(new Origin.Defaults(), values);
    }

    /** The answers of a YAML file, with the line of each key and of each item of a list. */
    public static AnswerSource file(String name, Map<String, Object> values, Map<String, Integer> keyLines,
            Map<String, List<Integer>> itemLines) {
        return new AnswerSource(new Origin.File(name, keyLines, itemLines), values);
    }

    public boolean has(String key) {
        return values.containsKey(key) && values.get(key) != null;
    }

    /** A single value as text, stripped; null when absent or empty. A list or a mapping is refused. */
    public String text(String key) {
        if (!has(key)) {
            return null;
        }
        Object value = values.get(key);
        if (value instanceof List<?> || value instanceof Map<?, ?>) {
            String shape = value instanceof List<?> ? "list" : "mapping";
            throw problem(key, -1, "'" + key + "' must be a single value, not a " + shape, " Write it as '" + key + ": VALUE'.");
        }
        String text = String.valueOf(value).strip();
        return text.isEmpty() ? null : text;
    }

    /**
     * A list of names; empty when absent. A file must hold a YAML list (item {@code i} of the result is item {@code i}
     * of the file's list); options and {@code --set} give them comma-separated.
     */
    public List<String> names(String key) {
        if (!has(key)) {
            return List.of();
        }
        Object value = values.get(key);
        if (value instanceof Map<?, ?>) {
            throw problem(key, -1, "'" + key + "' must be a list of names, not a mapping", listForm(key, List.of("NAME")));
        }
        if (value instanceof List<?> list) {
            List<String> names = new ArrayList<>(list.size());
            for (Object item : list) {
                if (item instanceof List<?> || item instanceof Map<?, ?> || item == null || String.valueOf(item).isBlank()) {
                    throw problem(key, names.size(), "'" + key + "' must be a list of names; item " + (names.size() + 1)
                            + " is " + (item == null || String.valueOf(item).isBlank() ? "empty" : "not a name"), "");
                }
                names.add(String.valueOf(item).strip());
            }
            return names;
        }
        List<String> given = new ArrayList<>();
        for (String item : String.valueOf(value).split(",")) {
            if (!item.isBlank()) {
                given.add(item.strip());
            }
        }
        if (origin.isFile()) {
            // a scalar where a list belongs: accepting it silently would hide a mistake such as "agents: a b"
            throw problem(key, -1, "'" + key + "' must be a list, not a single value", listForm(key, given));
        }
        return given;
    }

    private static String listForm(String key, List<String> names) {
        List<String> shown = names.isEmpty() ? List.of("NAME") : names;
        StringBuilder block = new StringBuilder();
        shown.forEach(name -> block.append("\n  - ").append(name));
        return " Write it as a list: '" + key + ": [" + String.join(", ", shown) + "]', or one per line:\n" + key + ":" + block;
    }

    /** The place of a key (item -1) or of one item of its list, as messages name it. */
    public String place(String key, int item) {
        return origin.place(key, item);
    }

    /**
     * A usage error about a key: {@code FILE:LINE (key): subject. detail} for a file, {@code subject (--key). detail}
     * for an option.
     *
     * @param detail the rest of the message, starting with a space (or empty)
     */
    public AgentryException problem(String key, int item, String subject, String detail) {
        String place = place(key, item);
        return AgentryException.usage(origin.isFile() ? place + ": " + subject + "." + detail
                : subject + " (" + place + ")." + detail);
    }
}
