package dev.agentry.detect;

import java.util.List;

/**
 * Agent files installed from a template collection and never filled in: they still hold {@code {{PLACEHOLDER}}}s.
 *
 * @param files their paths, relative to the repository
 * @param placeholders the placeholders they hold, without braces ({@code PROJECT_TYPE})
 * @param unknown those of them agentry has no value for (no answer or variable of the catalogue is named so): adopted,
 *     they stay as they are
 */
public record LegacyTeam(List<String> files, List<String> placeholders, List<String> unknown) {

    public LegacyTeam {
        files = List.copyOf(files);
        placeholders = List.copyOf(placeholders);
        unknown = List.copyOf(unknown);
    }
}
