package dev.agentry.interview;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One place answers come from ({@code --set}, flags, an answers file, the stored answers, defaults), named
 * for messages.
 */
public record AnswerSource(String name, Map<String, Object> values) {

    public AnswerSource {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public boolean has(String key) {
        return values.containsKey(key) && values.get(key) != null;
    }
}
