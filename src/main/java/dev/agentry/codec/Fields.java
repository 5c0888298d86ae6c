package dev.agentry.codec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.agentry.support.AgentryException;
import dev.agentry.support.Suggestions;

/**
 * Typed, strict access to a mapping of plain values read by {@link Codec}: unknown keys and values of the wrong
 * type are refused with messages that name the file and the key's path, such as
 * {@code state.json: wrong type (at files[0].createdFile): expected true or false.}
 */
public final class Fields {

    private final Map<String, Object> values;
    private final String source;
    private final String path;

    private Fields(Map<String, Object> values, String source, String path) {
        this.values = values;
        this.source = source;
        this.path = path;
    }

    /** The top-level mapping of a file; {@code source} names the file in messages. */
    public static Fields of(Map<String, Object> values, String source) {
        return new Fields(values, source, "");
    }

    /** Refuses any key but these, naming the closest known key. */
    public Fields only(Set<String> known) {
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                throw AgentryException.usage(source + ": unknown key '" + key + "' (at " + at(key) + ")."
                        + Suggestions.didYouMean(key, known) + " Known keys: " + String.join(", ", known.stream().sorted().toList())
                        + ".");
            }
        }
        return this;
    }

    /** A text value, or null when the key is absent or null. */
    public String string(String key) {
        return optional(key, String.class, "a text value");
    }

    /** A required boolean. */
    public boolean bool(String key) {
        return required(key, Boolean.class, "true or false");
    }

    /** A required whole number in the range of an {@code int}. */
    public int integer(String key) {
        return required(key, Integer.class, "a whole number");
    }

    /** A list of text values, or null when the key is absent or null. */
    public List<String> strings(String key) {
        List<?> list = optional(key, List.class, "a list");
        if (list == null) {
            return null;
        }
        List<String> strings = new ArrayList<>(list.size());
        for (Object element : list) {
            strings.add(typed(element, String.class, at(key) + "[" + strings.size() + "]", "a text value"));
        }
        return strings;
    }

    /** A list of mappings; empty when the key is absent or null. */
    public List<Fields> mappings(String key) {
        List<?> list = optional(key, List.class, "a list");
        List<Fields> mappings = new ArrayList<>();
        for (Object element : list == null ? List.of() : list) {
            String elementPath = at(key) + "[" + mappings.size() + "]";
            mappings.add(new Fields(mapping(typed(element, Map.class, elementPath, "a mapping")), source, elementPath));
        }
        return mappings;
    }

    private <T> T required(String key, Class<T> type, String expected) {
        return typed(values.get(key), type, at(key), expected);
    }

    private <T> T optional(String key, Class<T> type, String expected) {
        Object value = values.get(key);
        return value == null ? null : typed(value, type, at(key), expected);
    }

    private <T> T typed(Object value, Class<T> type, String at, String expected) {
        if (!type.isInstance(value)) {
            throw wrongType(at, expected);
        }
        return type.cast(value);
    }

    private AgentryException wrongType(String at, String expected) {
        return AgentryException.usage(source + ": wrong type (at " + at + "): expected " + expected + ".");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapping(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private String at(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
