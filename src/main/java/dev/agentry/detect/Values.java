package dev.agentry.detect;

import java.util.List;
import java.util.Map;

import dev.agentry.support.AgentryException;

/** Walks the plain values a manifest was read into, tolerating any shape. */
final class Values {

    private Values() {
    }

    /** The value at a path of keys, or null when a step is missing or not a mapping. */
    static Object at(Object value, String... keys) {
        Object current = value;
        for (String key : keys) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return current;
    }

    static Map<?, ?> map(Object value) {
        return value instanceof Map<?, ?> map ? map : Map.of();
    }

    static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }

    /** The top-level value as a mapping, or an error naming the file when it is something else. */
    static Map<?, ?> document(Object value, String path, String format) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw AgentryException.usage(path + ": expected a " + format + " object at the top level.");
    }
}
