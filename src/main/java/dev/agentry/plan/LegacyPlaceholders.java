package dev.agentry.plan;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code {{UPPER_SNAKE}}} placeholders that template collections leave in Claude Code agent files
 * ({@code .claude/agents/*.md}) when their installer never filled them: found by detection, filled by {@code --adopt}.
 */
public final class LegacyPlaceholders {

    /** The placeholder form legacy collections use, as agentry's legacy layers do. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Z][A-Z0-9_]*)\\s*}}");
    private static final Pattern AGENT_FILE = Pattern.compile("\\.claude/agents/[^/]+\\.md");

    private LegacyPlaceholders() {
    }

    /** True for a path (relative, with forward slashes) where such an agent file lives. */
    public static boolean isAgentFile(String path) {
        return AGENT_FILE.matcher(path).matches();
    }

    /** The placeholder names in a text, without braces, in order of first appearance. */
    public static Set<String> names(String text) {
        Set<String> names = new LinkedHashSet<>();
        for (Matcher m = PLACEHOLDER.matcher(text); m.find();) {
            names.add(m.group(1));
        }
        return names;
    }

    /**
     * The text with each placeholder that has a value replaced by it; every other character stays as it was (line
     * endings, spacing, the placeholders without a value).
     */
    public static Filled fill(String text, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        Map<String, Integer> filled = new LinkedHashMap<>();
        Set<String> left = new LinkedHashSet<>();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = values.get(name);
            if (value == null) {
                left.add(name);
                matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group()));
            }
            else {
                filled.merge(name, 1, Integer::sum);
                matcher.appendReplacement(out, Matcher.quoteReplacement(value));
            }
        }
        matcher.appendTail(out);
        return new Filled(out.toString(), filled, left);
    }

    /**
     * A text with its placeholders filled.
     *
     * @param text the filled text
     * @param filled each placeholder filled, with how many times it appeared
     * @param left the placeholders that had no value, left as they were
     */
    public record Filled(String text, Map<String, Integer> filled, Set<String> left) {

        public Filled {
            filled = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(filled));
            left = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(left));
        }

        /** For a person: {@code {{PROJECT_TYPE}} (4), {{DEPLOYMENT_AGENT}}}. */
        static String describe(Map<String, Integer> counts) {
            return String.join(", ", counts.entrySet().stream()
                    .map(e -> "{{" + e.getKey() + "}}" + (e.getValue() > 1 ? " (" + e.getValue() + ")" : "")).toList());
        }

        static String describe(Set<String> names) {
            return String.join(", ", names.stream().map(n -> "{{" + n + "}}").toList());
        }
    }
}
