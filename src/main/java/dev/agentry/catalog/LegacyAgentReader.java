package dev.agentry.catalog;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.agentry.support.AgentryException;

/**
 * Reads legacy Markdown agent files. Their frontmatter is read line by line rather than as strict YAML,
 * because files of this kind in the wild often hold values that are not valid YAML (an unquoted
 * "Examples include: ..." description); agentry writes them back out as valid YAML.
 */
final class LegacyAgentReader {

    private LegacyAgentReader() {
    }

    static LegacyAgent read(String text, String source) {
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            throw AgentryException.usage(source + ":1: a legacy agent file must start with a '---' frontmatter block"
                    + " holding at least 'name' and 'description'.");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        String lastKey = null;
        int end = -1;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().equals("---")) {
                end = i;
                break;
            }
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            boolean continuation = Character.isWhitespace(line.charAt(0)) || colon < 0;
            if (continuation) {
                if (lastKey == null) {
                    throw AgentryException.usage(source + ":" + (i + 1) + ": expected 'key: value' in the frontmatter.");
                }
                fields.merge(lastKey, line.strip(), (a, b) -> a.isEmpty() ? b : a + " " + b);
                continue;
            }
            lastKey = line.substring(0, colon).strip();
            fields.put(lastKey, unquote(line.substring(colon + 1).strip()));
        }
        if (end < 0) {
            throw AgentryException.usage(source + ": the frontmatter block is not closed with a '---' line.");
        }
        String name = fields.get("name");
        if (name == null || name.isBlank()) {
            throw AgentryException.usage(source + ": the frontmatter has no 'name'.");
        }
        StringBuilder body = new StringBuilder();
        for (int i = end + 1; i < lines.length; i++) {
            body.append(lines[i]);
            if (i < lines.length - 1) {
                body.append('\n');
            }
        }
        return new LegacyAgent(name.strip(), source, fields, body.toString(), end + 2);
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            String inner = value.substring(1, value.length() - 1);
            return value.startsWith("'") ? inner.replace("''", "'") : inner.replace("\\\"", "\"").replace("\\\\", "\\");
        }
        if (value.equals(">") || value.equals("|") || value.equals(">-") || value.equals("|-")) {
            return "";
        }
        return value;
    }
}
