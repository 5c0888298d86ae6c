package dev.agentry.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Copies variable maps into immutable, order-keeping form, keeping only plain values. */
final class Variables {

    private Variables() {
    }

    static Map<String, Object> copy(Map<String, Object> variables) {
        Map<String, Object> copy = new LinkedHashMap<>();
        variables.forEach((key, value) -> copy.put(key, value instanceof List<?> list ? List.copyOf(list) : value));
        return Collections.unmodifiableMap(copy);
    }

    static <V> Map<String, V> copyOrdered(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    static Map<String, List<String>> copyGuidance(Map<String, List<String>> guidance) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        guidance.forEach((key, value) -> copy.put(key, value == null ? List.of() : List.copyOf(value)));
        return Collections.unmodifiableMap(copy);
    }
}
