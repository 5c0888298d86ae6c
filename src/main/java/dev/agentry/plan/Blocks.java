package dev.agentry.plan;

import java.util.Optional;

import dev.agentry.support.AgentryException;

/**
 * Managed blocks inside files the user also edits (CLAUDE.md, AGENTS.md): agentry owns the text between its
 * marker comments and never touches the text outside them.
 */
public final class Blocks {

    private static final String BEGIN = "<!-- BEGIN agentry ";
    private static final String END = "<!-- END agentry ";

    private Blocks() {
    }

    /**
     * A located block: the text before the begin marker, the inside, and the text after the end marker.
     *
     * @param endLineBroken false when the end marker is the file's last line and has no line break after it, which a
     *     rewrite keeps
     */
    public record Found(String before, String inside, String after, boolean endLineBroken) {
    }

    public static String begin(String id) {
        return BEGIN + id + ": managed by agentry; edit .agentry/answers.yml and run `agentry update` -->";
    }

    public static String end(String id) {
        return END + id + " -->";
    }

    /** Finds the block in a file's text; empty when the file has no begin marker. */
    public static Optional<Found> find(String text, String id, String path) {
        String beginPrefix = BEGIN + id + ":";
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
                        text.substring(next), lineEnd >= 0));
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

    /**
     * The content with any line that looks like a marker of any agentry block escaped ({@code \<!--}), so that text
     * from a template or an agent's instructions can never end the block early or open another one.
     */
    public static String withoutMarkers(String content) {
        StringBuilder out = new StringBuilder();
        for (String line : content.split("\n", -1)) {
            String stripped = line.strip();
            boolean marker = stripped.startsWith(BEGIN) || stripped.startsWith(END);
            out.append(marker ? line.replace("<!--", "\\<!--") : line).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    /** A new file that holds only the block. */
    public static String create(String id, String inside) {
        return wrap(id, inside);
    }

    /**
     * Appends the block to a file that has none, after a blank line. A file without a final line break keeps having
     * none: the block's end marker is then its last line.
     */
    public static String append(String text, String id, String inside) {
        boolean open = !text.isEmpty() && !text.endsWith("\n");
        String base = open ? text + "\n" : text;
        String appended = base + (base.isBlank() ? "" : "\n") + wrap(id, inside);
        return open ? withoutFinalLineBreak(appended) : appended;
    }

    /** Replaces the inside of the block, keeping everything around it (a missing final line break included). */
    public static String replace(Found found, String id, String inside) {
        String block = wrap(id, inside);
        return found.before() + (found.endLineBroken() ? block : withoutFinalLineBreak(block)) + found.after();
    }

    /**
     * Removes the block and its markers, and the blank line left where it stood; a block that ended the file without a
     * final line break takes away the one {@link #append} put before it, so the user's text comes back as it was.
     */
    public static String remove(Found found) {
        String before = found.before();
        String after = found.after();
        if (before.endsWith("\n\n") && (after.isEmpty() || after.startsWith("\n"))) {
            before = before.substring(0, before.length() - 1);
        }
        String rest = before + after;
        return found.endLineBroken() || rest.isBlank() ? rest : withoutFinalLineBreak(rest);
    }

    private static String withoutFinalLineBreak(String text) {
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    private static String wrap(String id, String inside) {
        String body = inside.isEmpty() || inside.endsWith("\n") ? inside : inside + "\n";
        return begin(id) + "\n" + body + end(id) + "\n";
    }
}
