package dev.agentry.detect;

import java.util.Set;

import dev.agentry.plan.LegacyPlaceholders;

/**
 * Agent files in {@code .claude/agents/} that still hold {@code {{UPPER_SNAKE}}} placeholders: a team installed from a
 * template collection whose installer never filled them in.
 */
final class LegacyAgents implements ManifestReader {

    @Override
    public boolean reads(String path) {
        return LegacyPlaceholders.isAgentFile(path);
    }

    @Override
    public void read(String path, String text, Facts facts) {
        Set<String> names = LegacyPlaceholders.names(text);
        if (!names.isEmpty()) {
            facts.legacyAgent(path, names);
        }
    }
}
