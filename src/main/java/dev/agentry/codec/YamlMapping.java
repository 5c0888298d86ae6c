package dev.agentry.codec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML mapping read into plain values, with the line (1-based) of each top-level key and of each item of a
 * top-level list.
 */
public record YamlMapping(Map<String, Object> values, Map<String, Integer> keyLines, Map<String, List<Integer>> itemLines) {

    public YamlMapping {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        keyLines = Map.copyOf(keyLines);
        Map<String, List<Integer>> items = new LinkedHashMap<>();
        itemLines.forEach((key, lines) -> items.put(key, List.copyOf(lines)));
        itemLines = Collections.unmodifiableMap(items);
    }
}
