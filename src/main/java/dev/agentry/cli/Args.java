package dev.agentry.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.agentry.support.Timings;

/**
 * Parsed options and positional arguments of one command, and where its run records its phases ({@code --timings},
 * taken before parsing: see {@link AgentryCommand#execute}).
 */
record Args(Map<String, List<String>> options, List<String> positionals, Timings timings) {

    Args {
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        positionals = List.copyOf(positionals);
        timings = timings == null ? Timings.OFF : timings;
    }

    Args(Map<String, List<String>> options, List<String> positionals) {
        this(options, positionals, Timings.OFF);
    }

    Args withTimings(Timings value) {
        return new Args(options, positionals, value);
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
