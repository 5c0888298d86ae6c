package dev.agentry.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.agentry.support.AgentryException;
import dev.agentry.support.RelativePaths;

/**
 * Refuses template text that tries to leave the sandbox, before it is parsed: built-ins that reach Java or
 * evaluate text as template code ({@code ?new}, {@code ?api}, {@code ?interpret}, {@code ?eval}), and
 * includes or imports of absolute paths, {@code ..} paths or URLs. Only FreeMarker code is checked
 * ({@code ${...}}, {@code <#...>}, {@code <@...>}), never the Markdown prose around it.
 */
final class TemplateSafety {

    private static final Pattern BUILT_IN = Pattern.compile("\\?\\s*(new|api|interpret|eval|eval_json)\\b");
    private static final Pattern INCLUDE = Pattern.compile("^[<\\[]#\\s*(include|import)\\s+(\"([^\"]*)\"|'([^']*)')");

    private TemplateSafety() {
    }

    static void check(String text, String location) {
        int i = 0;
        while (i < text.length()) {
            int end = codeEnd(text, i);
            if (end > i) {
                checkCode(text.substring(i, end), text, i, location);
                i = end;
            }
            else {
                i++;
            }
        }
    }

    /** The end of a FreeMarker code segment starting at {@code start}, or {@code start} when none starts there. */
    private static int codeEnd(String text, int start) {
        if (text.startsWith("${", start) || text.startsWith("#{", start)) {
            return matching(text, start + 2, '{', '}');
        }
        if (text.startsWith("<#", start) || text.startsWith("<@", start)) {
            return matching(text, start + 2, '<', '>');
        }
        if (text.startsWith("[#", start) || text.startsWith("[@", start)) {
            return matching(text, start + 2, '[', ']');
        }
        return start;
    }

    private static int matching(String text, int from, char open, char close) {
        int depth = 1;
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                }
                else if (c == quote) {
                    quote = 0;
                }
            }
            else if (c == '"' || c == '\'') {
                quote = c;
            }
            else if (c == open) {
                depth++;
            }
            else if (c == close && --depth == 0) {
                return i + 1;
            }
        }
        return text.length();
    }

    private static void checkCode(String code, String text, int offset, String location) {
        Matcher builtIn = BUILT_IN.matcher(code);
        if (builtIn.find()) {
            throw refused(location, text, offset + builtIn.start(), "uses ?" + builtIn.group(1)
                    + ", which could run code or evaluate answers as template code");
        }
        Matcher include = INCLUDE.matcher(code);
        if (include.find()) {
            String path = include.group(3) != null ? include.group(3) : include.group(4);
            if (!RelativePaths.isSafe(path)) {
                throw refused(location, text, offset, "<#" + include.group(1) + "> of '" + path
                        + "' leaves the scaffold layers; use a path relative to the template");
            }
        }
    }

    private static AgentryException refused(String location, String text, int offset, String what) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return AgentryException.unsafe(location + ":" + line + ": refused: the template " + what + ". Nothing was written.");
    }
}
