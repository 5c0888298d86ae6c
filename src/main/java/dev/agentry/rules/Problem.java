package dev.agentry.rules;

import java.util.Objects;

/**
 * One thing wrong with a rendered team.
 *
 * @param file the file written (such as {@code .claude/agents/code-reviewer.md}, or {@code CLAUDE.md#team} for a block),
 *     or the scaffold file that failed to render
 * @param line the line in that file (1-based), or 0 for the file as a whole
 * @param rule the rule's short name, such as {@code frontmatter} or {@code unresolved}
 */
public record Problem(String file, int line, String rule, String message) {

    public Problem {
        Objects.requireNonNull(file, "file is required");
        Objects.requireNonNull(rule, "rule is required");
        Objects.requireNonNull(message, "message is required");
    }

    /** {@code FILE:LINE: message (rule)}, as compilers and linters print. */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message + " (" + rule + ")";
    }
}
