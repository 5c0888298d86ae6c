package dev.agentry.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One entry agentry keeps in a JSON settings file: a string item of the array at {@code path}, or (with a key) a
 * string member of the object at {@code path}.
 *
 * @param path the object keys that lead to the array or object, from the top level
 * @param key the member's key, or null for an item of an array
 */
public record Entry(List<String> path, String key, String value) {

    public Entry {
        path = List.copyOf(path);
        Objects.requireNonNull(value, "value is required");
    }

    public static Entry item(List<String> path, String value) {
        return new Entry(path, null, value);
    }

    public static Entry member(List<String> path, String key, String value) {
        return new Entry(path, Objects.requireNonNull(key, "key is required"), value);
    }

    public boolean isItem() {
        return key == null;
    }

    /** The path of the array an item is in, or of the member itself. */
    List<String> place() {
        if (isItem()) {
            return path;
        }
        List<String> place = new ArrayList<>(path);
        place.add(key);
        return place;
    }

    /** For messages: {@code permissions.deny: Read(./.env)}, {@code env.X = 1}. */
    public String label() {
        return isItem() ? String.join(".", path) + ": " + value : String.join(".", place()) + " = " + value;
    }

    /**
     * The entries of a settings-shaped document: objects lead on, arrays hold items, strings are members. Other values
     * are not entries agentry writes, and are refused.
     */
    public static List<Entry> of(Map<String, Object> document) {
        List<Entry> entries = new ArrayList<>();
        collect(List.of(), document, entries);
        return entries;
    }

    @SuppressWarnings("unchecked")
    private static void collect(List<String> path, Map<String, Object> object, List<Entry> entries) {
        object.forEach((key, value) -> {
            List<String> inner = new ArrayList<>(path);
            inner.add(key);
            if (value instanceof Map<?, ?> map) {
                collect(inner, (Map<String, Object>) map, entries);
            }
            else if (value instanceof List<?> list) {
                list.forEach(item -> entries.add(item(inner, String.valueOf(item))));
            }
            else if (value instanceof String text) {
                entries.add(member(path, key, text));
            }
            else {
                throw new IllegalArgumentException("not an entry agentry writes: " + inner + " = " + value);
            }
        });
    }

    /** The entries as a settings-shaped document again (the inverse of {@link #of}). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> shape(List<Entry> entries) {
        Map<String, Object> document = new LinkedHashMap<>();
        for (Entry entry : entries) {
            List<String> objects = entry.isItem() ? entry.path().subList(0, entry.path().size() - 1) : entry.path();
            Map<String, Object> at = document;
            for (String key : objects) {
                at = (Map<String, Object>) at.computeIfAbsent(key, k -> new LinkedHashMap<String, Object>());
            }
            if (entry.isItem()) {
                ((List<Object>) at.computeIfAbsent(entry.path().get(entry.path().size() - 1), k -> new ArrayList<Object>()))
                        .add(entry.value());
            }
            else {
                at.put(entry.key(), entry.value());
            }
        }
        return document;
    }
}
