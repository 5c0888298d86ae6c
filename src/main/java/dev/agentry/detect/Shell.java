package dev.agentry.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits a command line into words the way a reader sees them, and finds a phrase among them. */
final class Shell {

    /** Whitespace, quotes and parentheses separate words. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s()`'\"]+");
    /** The shell's operators between commands: a phrase never spans one. */
    private static final Pattern OPERATORS = Pattern.compile("[;&|]+");

    /** Names of jobs, workflows, stages and scripts that are about shipping the project. */
    private static final Pattern DEPLOYING = Pattern.compile(
            "(?i)deploy|release|publish|production|\\bprod\\b|rollout|\\bcd\\b|\\bship\\b");

    /** How many words may come between two words of a phrase. */
    static final int GAP = 4;

    private Shell() {
    }

    /** True when a job's, workflow's, stage's or script's name or environment is about deploying or releasing. */
    static boolean aboutDeploying(String name) {
        return name != null && DEPLOYING.matcher(name).find();
    }

    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        for (String word : SEPARATORS.split(line)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** The words of each command of a line ({@code a && b; c | d} holds four). */
    static List<List<String>> commands(String line) {
        List<List<String>> commands = new ArrayList<>();
        for (String command : OPERATORS.split(line)) {
            List<String> words = words(command);
            if (!words.isEmpty()) {
                commands.add(words);
            }
        }
        return commands;
    }

    /**
     * True when the words hold the phrase's words in order, each within {@value #GAP} words of the one before: options
     * and their values may come between them ({@code docker compose -f compose.yml up}, {@code kubectl -n prod apply}).
     */
    static boolean contains(List<String> words, List<String> phrase) {
        if (phrase.isEmpty()) {
            return false;
        }
        for (int start = 0; start < words.size(); start++) {
            if (words.get(start).equals(phrase.get(0)) && rest(words, start, phrase)) {
                return true;
            }
        }
        return false;
    }

    private static boolean rest(List<String> words, int at, List<String> phrase) {
        int previous = at;
        for (int p = 1; p < phrase.size(); p++) {
            int found = -1;
            for (int i = previous + 1; i <= Math.min(words.size() - 1, previous + GAP + 1); i++) {
                if (words.get(i).equals(phrase.get(p))) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                return false;
            }
            previous = found;
        }
        return true;
    }
}
