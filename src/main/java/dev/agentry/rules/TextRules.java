package dev.agentry.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * What every file of a team must be as text: nothing of a template left unresolved, no section without content, and
 * a final line break.
 */
final class TextRules {

    /** What is left of template syntax when something was not filled in: FreeMarker's and legacy placeholders. */
    static final List<String> UNRESOLVED = List.of("${", "{{", "<#", "<@", "#{");

    private TextRules() {
    }

    static List<Problem> check(String path, String text) {
        List<Problem> problems = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            for (String token : UNRESOLVED) {
                if (line.contains(token)) {
                    problems.add(new Problem(path, i + 1, "unresolved", "'" + token + "' is template syntax left in the"
                            + " output: a variable or placeholder was not filled in, or is written where text belongs"));
                    break;
                }
            }
            if (line.startsWith("# ") && !hasContent(lines, i + 1)) {
                problems.add(new Problem(path, i + 1, "empty-section", "the section '" + line + "' has no content"));
            }
        }
        if (!text.endsWith("\n")) {
            problems.add(new Problem(path, lines.size(), "final-newline", "the file does not end with a line break"));
        }
        return problems;
    }

    /** True when a line with text follows (after blank lines) before the next top-level heading. */
    private static boolean hasContent(List<String> lines, int from) {
        int next = from;
        while (next < lines.size() && lines.get(next).isBlank()) {
            next++;
        }
        return next < lines.size() && !lines.get(next).startsWith("# ");
    }
}
