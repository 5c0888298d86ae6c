package dev.agentry.plan;

import java.util.Optional;

import dev.agentry.support.AgentryException;

/**
 * Managed blocks inside files the user also edits (CLAUDE.md, AGENTS.md): agentry owns the text between its
 * marker comments and never touches the text outside them.
 */
public final class Blocks {

    private Blocks() {
    }

    /** A located block: the text before the begin marker, the inside, and the text after the end marker. */
    public record Found(String before, String inside, String after) {
    }

    public static String begin(String id) {
        return "<!-- BEGIN agentry " + id + ": managed by agentry; edit .agentry/answers.yml and run `agentry update` -->";
    }

    public static String end(String id) {
        return "<!-- END agentry " + id + " -->";
    }

    /** Finds the block in a file's text; empty when the file has no begin marker. */
    public static Optional<Found> find(String text, String id, String path) {
        String beginPrefix = "<!-- BEGIN agentry " + id + ":";
        String endLine = end(id);
        int lineStart = 0;
        int beginStart = -1;
        int insideStart = -1;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            int next = lineEnd < 0 ? text.length() : lineEnd + 1;
            String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
            if (beginStart < 0 && line.startsWith(beginPrefix)) {
                beginStart = lineStart;
                insideStart = next;
            }
            else if (beginStart >= 0 && line.equals(endLine)) {
                return Optional.of(new Found(text.substring(0, beginStart), text.substring(insideStart, lineStart),
                        text.substring(next)));
            }
            if (lineEnd < 0) {
                break;
            }
            lineStart = next;
        }
        if (beginStart >= 0) {
            throw AgentryException.usage(path + ": the agentry " + id + " block has a BEGIN marker but no '" + endLine
                    + "' line. Restore the END marker (or remove the whole block) and run again.");
        }
        return Optional.empty();
    }

    /** A new file that holds only the block. */
    public static String create(String id, String inside) {
        return wrap(id, inside);
    }

    /** Appends the block to a file that has none, after a blank line. */
    public static String append(String text, String id, String inside) {
        String base = text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
        return base + (base.isBlank() ? "" : "\n") + wrap(id, inside);
    }

    /** Replaces the inside of the block, keeping everything around it. */
    public static String replace(Found found, String id, String inside) {
        return found.before() + wrap(id, inside) + found.after();
    }

    /** Removes the block and its markers, and the blank line left where it stood. */
    public static String remove(Found found) {
        String before = found.before();
        String after = found.after();
        if (before.endsWith("\n\n") && (after.isEmpty() || after.startsWith("\n"))) {
            before = before.substring(0, before.length() - 1);
        }
        return before + after;
    }

    private static String wrap(String id, String inside) {
        String body = inside.isEmpty() || inside.endsWith("\n") ? inside : inside + "\n";
        return begin(id) + "\n" + body + end(id) + "\n";
    }
}
