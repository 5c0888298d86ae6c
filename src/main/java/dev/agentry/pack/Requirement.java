package dev.agentry.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The agentry versions a pack works with, as its manifest's {@code requires-agentry} gives them: comparisons joined
 * by commas or spaces, all of which must hold ({@code ">=0.2"}, {@code ">=0.2, <1.0"}).
 */
public record Requirement(String text, List<Bound> bounds) {

    private static final Pattern BOUND = Pattern.compile("(>=|<=|==|=|>|<)\\s*([^\\s,]+)");

    /** One comparison, such as {@code >=0.2}. */
    public record Bound(String operator, SemVer version) {

        boolean admits(SemVer candidate) {
            int compared = candidate.compareTo(version);
            return switch (operator) {
                case ">=" -> compared >= 0;
                case ">" -> compared > 0;
                case "<=" -> compared <= 0;
                case "<" -> compared < 0;
                default -> compared == 0;
            };
        }
    }

    public Requirement {
        bounds = List.copyOf(bounds);
    }

    /**
     * Reads a requirement; the message of a malformed one says what form to write.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static Requirement parse(String text) {
        String rest = text == null ? "" : text.strip();
        if (rest.isEmpty()) {
            throw new IllegalArgumentException("it is empty; write the agentry versions the pack needs, such as \">=0.2\"");
        }
        List<Bound> bounds = new ArrayList<>();
        for (String part : rest.split("\\s*,\\s*|\\s+(?=[<>=])")) {
            Matcher matcher = BOUND.matcher(part.strip());
            Optional<SemVer> version = matcher.matches() ? SemVer.parse(matcher.group(2)) : Optional.empty();
            if (version.isEmpty()) {
                throw new IllegalArgumentException("'" + part.strip() + "' is not a version comparison; write an operator"
                        + " (>=, >, <=, <, =) and a version, such as \">=0.2\" or \">=0.2, <1.0\"");
            }
            bounds.add(new Bound(matcher.group(1), version.get()));
        }
        return new Requirement(rest, bounds);
    }

    /** True when this agentry version satisfies every bound; a version that is not a number (a development build) does. */
    public boolean admits(String agentryVersion) {
        Optional<SemVer> version = SemVer.parse(agentryVersion);
        return version.isEmpty() || bounds.stream().allMatch(b -> b.admits(version.get()));
    }
}
