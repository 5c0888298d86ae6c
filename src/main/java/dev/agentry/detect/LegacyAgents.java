package dev.agentry.detect;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Agent files in {@code .claude/agents/} that still hold {@code {{UPPER_SNAKE}}} placeholders: a team installed from a
 * template collection whose installer never filled them in.
 */
final class LegacyAgents implements ManifestReader {

    /** The placeholder form legacy collections use, as agentry's legacy layers do. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Z][A-Z0-9_]*)\\s*}}");
    private static final Pattern AGENT_FILE = Pattern.compile("\\.claude/agents/[^/]+\\.md");

    @Override
    public boolean reads(String path) {
        return AGENT_FILE.matcher(path).matches();
    }

    @Override
    public void read(String path, String text, Facts facts) {
        Set<String> names = new LinkedHashSet<>();
        for (Matcher m = PLACEHOLDER.matcher(text); m.find();) {
            names.add(m.group(1));
        }
        if (!names.isEmpty()) {
            facts.legacyAgent(path, names);
        }
    }
}
