package dev.agentry.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits a command line into words the way a reader sees them, and finds a phrase among them. */
final class Shell {

    /** Whitespace, quotes and the shell's operators separate words. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s;&|()`'\"]+");

    /** Names of jobs, workflows, stages and scripts that are about shipping the project. */
    private static final Pattern DEPLOYING = Pattern.compile("(?i)deploy|release|publish|production|\\bprod\\b|rollout|\\bcd\\b|\\bship\\b");

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

    /** True when the words hold the phrase's words one after the other. */
    static boolean contains(List<String> words, List<String> phrase) {
        if (phrase.isEmpty()) {
            return false;
        }
        for (int start = 0; start + phrase.size() <= words.size(); start++) {
            if (words.subList(start, start + phrase.size()).equals(phrase)) {
                return true;
            }
        }
        return false;
    }
}
