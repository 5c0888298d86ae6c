package dev.agentry.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parsed options and positional arguments of one command. */
record Args(Map<String, List<String>> options, List<String> positionals) {

    Args {
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        positionals = List.copyOf(positionals);
    }

    boolean flag(String name) {
        return options.containsKey(name) && !"false".equalsIgnoreCase(last(name));
    }

    String value(String name) {
        return options.containsKey(name) ? last(name) : null;
    }

    List<String> values(String name) {
        return options.getOrDefault(name, List.of());
    }

    boolean has(String name) {
        return options.containsKey(name);
    }

    private String last(String name) {
        List<String> values = options.get(name);
        return values.get(values.size() - 1);
    }
}
