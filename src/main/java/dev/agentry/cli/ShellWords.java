package dev.agentry.cli;

import java.util.ArrayList;
import java.util.List;

import dev.agentry.support.AgentryException;

/**
 * Splits a line typed at the shell's prompt into words as a POSIX shell does: blanks separate words; single quotes
 * keep everything literally; double quotes keep everything but {@code \"}, {@code \\}, {@code \$} and {@code \`},
 * which lose their backslash; a backslash outside quotes keeps the next character; {@code ''} is an empty word;
 * an unquoted {@code #} at the start of a word begins a comment; an unquoted {@code ~} or {@code ~/} at the start
 * of a word is the home folder. Nothing else is expanded (no variables, globs or history).
 */
final class ShellWords {

    private ShellWords() {
    }

    /** One word: its text once unquoted, where it starts in the line, and the quote left open at its end (or 0). */
    record Word(String text, int start, char openQuote) {
    }

    /** The words of a line, read leniently: an unfinished quote or escape at the end is kept as typed so far. */
    record Scan(List<Word> words, boolean endsInBlank, char openQuote, boolean danglingEscape) {

        Scan {
            words = List.copyOf(words);
        }

        List<String> texts() {
            return words.stream().map(Word::text).toList();
        }
    }

    /** The words of a complete line; an unclosed quote or a line ending in a backslash is a usage error. */
    static List<String> split(String line) {
        return split(line, Home.folder());
    }

    static List<String> split(String line, String home) {
        Scan scan = scan(line, home);
        if (scan.openQuote() != 0) {
            String quote = String.valueOf(scan.openQuote());
            throw AgentryException.usage("The line has an unclosed " + quote + " quote: close it (" + quote + "..."
                    + quote + "), or type \\" + quote + " for the character itself.");
        }
        if (scan.danglingEscape()) {
            throw AgentryException.usage("The line ends with a backslash: type \\\\ for the character itself.");
        }
        return scan.texts();
    }

    /** Reads a line leniently, for completion (the line as typed up to the cursor). */
    static Scan scan(String line, String home) {
        List<Word> words = new ArrayList<>();
        StringBuilder text = null;
        int start = -1;
        char quote = 0;
        boolean escape = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (escape) {
                escape = false;
                if (quote == '"' && "\"\\$`\n".indexOf(c) < 0) {
                    text.append('\\');
                }
                if (c != '\n') {
                    text.append(c);
                }
                continue;
            }
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                }
                else {
                    text.append(c);
                }
                continue;
            }
            if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                }
                else if (c == '\\') {
                    escape = true;
                }
                else {
                    text.append(c);
                }
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                if (text != null) {
                    words.add(new Word(text.toString(), start, (char) 0));
                    text = null;
                }
                continue;
            }
            if (text == null) {
                if (c == '#') {
                    return new Scan(words, false, (char) 0, false);
                }
                text = new StringBuilder();
                start = i;
                if (c == '~' && home != null && (i + 1 == line.length() || " \t/".indexOf(line.charAt(i + 1)) >= 0)) {
                    text.append(home);
                    continue;
                }
            }
            switch (c) {
                case '\'', '"' -> quote = c;
                case '\\' -> escape = true;
                default -> text.append(c);
            }
        }
        boolean endsInBlank = text == null;
        if (text != null) {
            words.add(new Word(text.toString(), start, quote));
        }
        return new Scan(words, endsInBlank, quote, escape);
    }

    /**
     * A value as it must be typed to come back as itself: unchanged when it holds nothing special, else with each
     * special character escaped by a backslash, or inside {@code quote} when the word was begun with one
     * ({@code closed}: with the closing quote).
     */
    static String quote(String value, char quote, boolean closed) {
        if (quote == '\'') {
            return "'" + value.replace("'", "'\\''") + (closed ? "'" : "");
        }
        if (quote == '"') {
            StringBuilder quoted = new StringBuilder("\"");
            for (char c : value.toCharArray()) {
                if ("\"\\$`".indexOf(c) >= 0) {
                    quoted.append('\\');
                }
                quoted.append(c);
            }
            return quoted.append(closed ? "\"" : "").toString();
        }
        if (value.isEmpty()) {
            return "''";
        }
        StringBuilder escaped = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (" \t\n'\"\\$`;&|<>()*?[]{}!".indexOf(c) >= 0 || (i == 0 && (c == '#' || c == '~'))) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** A word for a command line a person copies into their shell: as it is when plain, else in single quotes. */
    static String word(String value) {
        return !value.isEmpty() && value.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128 || "_@%+=:,./-".indexOf(c) >= 0)
                ? value : quote(value, '\'', true);
    }
}
