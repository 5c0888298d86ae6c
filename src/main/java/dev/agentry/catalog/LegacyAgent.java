package dev.agentry.catalog;

import java.util.Map;

/**
 * A plain Markdown agent file from a layer's {@code agents/} folder that uses {@code {{UPPER_SNAKE}}}
 * placeholders, as template collections in the wild do.
 *
 * @param source the file, for messages: layer and relative path
 * @param frontmatter the frontmatter fields, read leniently
 * @param body the Markdown after the frontmatter
 * @param bodyLine the line number of the body's first line in the file
 */
public record LegacyAgent(String name, String source, Map<String, String> frontmatter, String body, int bodyLine) {

    public LegacyAgent {
        frontmatter = Map.copyOf(frontmatter);
    }
}
