package dev.agentry.cli;

import java.util.ArrayList;
import java.util.List;

import org.jline.reader.CompletingParsedLine;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * The shell's line reader sees lines as {@link ShellWords} splits them, so that completion finds the same words the
 * command will get, and quotes what it inserts the same way. A line is always accepted as typed, an unclosed quote
 * included: the shell then reports it, instead of waiting for more input on a continuation prompt.
 */
final class ShellLineParser implements Parser {

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        ShellWords.Scan scan = ShellWords.scan(line.substring(0, Math.min(cursor, line.length())), home());
        List<String> words = new ArrayList<>(scan.texts());
        int rawStart = cursor;
        char quote = 0;
        if (scan.endsInBlank() || scan.words().isEmpty()) {
            words.add("");
        }
        else {
            ShellWords.Word last = scan.words().get(scan.words().size() - 1);
            rawStart = last.start();
            quote = last.openQuote();
        }
        return new Line(line, cursor, words, cursor - rawStart, quote);
    }

    private static String home() {
        return Home.folder();
    }

    /** The words up to the cursor; the last is the one being typed. */
    private record Line(String line, int cursor, List<String> words, int rawWordLength, char openQuote)
            implements CompletingParsedLine {

        @Override
        public String word() {
            return words.get(words.size() - 1);
        }

        @Override
        public int wordCursor() {
            return word().length();
        }

        @Override
        public int wordIndex() {
            return words.size() - 1;
        }

        /** The text as typed: JLine also escapes what was typed of the word to know how much to replace. */
        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            if (candidate.length() == 0 && openQuote == 0) {
                // nothing typed yet is nothing on the line (quote() would give '' for an empty value)
                return "";
            }
            return ShellWords.quote(candidate.toString(), openQuote, complete);
        }

        @Override
        public int rawWordCursor() {
            return rawWordLength;
        }
    }
}
