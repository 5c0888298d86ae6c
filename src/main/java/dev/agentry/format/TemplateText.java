package dev.agentry.format;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps text out of an agent tool's own templating: where a tool would substitute a pattern ({@code ${word}} in Gemini
 * CLI and Qwen Code, {@code {env:X}} and {@code {file:path}} in Kilo Code), an invisible word joiner (U+2060) is put
 * inside it, so the tool substitutes nothing and the model reads the text as written.
 */
final class TemplateText {

    /** Invisible and not a word character: {@code $\u2060{x}} reads as {@code ${x}} but matches no tool's pattern. */
    static final char WORD_JOINER = '\u2060';

    /**
     * What Gemini CLI and Qwen Code substitute in an agent's instructions: Gemini's {@code templateString} replaces
     * {@code /\$\{(\w+)\}/g} (JavaScript's ASCII {@code \w}, as Java's) and Qwen Code 0.24's the narrower
     * {@code /\$\{([a-zA-Z_]\w*)\}/g}; both fail the agent for a name they do not know, and neither has an escape.
     */
    static final Pattern DOLLAR_BRACES = Pattern.compile("\\$\\{(\\w+)}");

    /**
     * What Kilo Code CLI 7.7 (an OpenCode fork) substitutes in the whole text of a project agent file, frontmatter
     * included: {@code /\{env:([^}]+)\}/g} (a blocked environment reference drops the agent) and {@code /\{file:[^}]+\}/g}
     * (replaced by that file's text, empty when it is missing).
     */
    static final Pattern BRACE_REFERENCES = Pattern.compile("\\{(?=(?:env|file):[^}]+})");

    private TemplateText() {
    }

    /** Every {@code ${word}} written as {@code $}, a word joiner, then {@code {word}}; the same text when there is none. */
    static String withoutDollarBraces(String text) {
        Matcher matcher = DOLLAR_BRACES.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        int from = 0;
        do {
            out.append(text, from, matcher.start()).append('$').append(WORD_JOINER).append(text, matcher.start() + 1, matcher.end());
            from = matcher.end();
        } while (matcher.find());
        return out.append(text, from, text.length()).toString();
    }

    /** Every {@code {env:X}} and {@code {file:path}} written with a word joiner after the brace; the same text when none. */
    static String withoutBraceReferences(String text) {
        Matcher matcher = BRACE_REFERENCES.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        int from = 0;
        do {
            out.append(text, from, matcher.end()).append(WORD_JOINER);
            from = matcher.end();
        } while (matcher.find());
        return out.append(text, from, text.length()).toString();
    }
}
