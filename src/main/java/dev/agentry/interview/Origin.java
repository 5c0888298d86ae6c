package dev.agentry.interview;

import java.util.List;
import java.util.Map;

/**
 * Where a source of answers comes from, and so how a message names the place of one of its keys: an option
 * ({@code --stack}), a {@code --set}, a line of a file ({@code .agentry/answers.yml:4 (stack)}) or a default.
 */
public sealed interface Origin {

    /** The place of a key, or of item {@code item} of a list value (-1 for the key itself), as messages name it. */
    String place(String key, int item);

    /** True when the place is a file: messages then start with it, as other tools' file:line messages do. */
    default boolean isFile() {
        return false;
    }

    /** The command-line options: a key is named by its option. */
    record Options() implements Origin {
        @Override
        public String place(String key, int item) {
            return "--" + key;
        }
    }

    /** The {@code --set KEY=VALUE} values. */
    record Sets() implements Origin {
        @Override
        public String place(String key, int item) {
            return "--set " + key;
        }
    }

    /** What agentry fills in when nothing else gives a value (the project name is the target folder's name). */
    record Defaults() implements Origin {
        @Override
        public String place(String key, int item) {
            return Keys.PROJECT_NAME.equals(key) ? "the target folder's name" : "default";
        }
    }

    /** What detection found in the repository ({@code --detect}), below every answer given and above the defaults. */
    record Detected() implements Origin {
        @Override
        public String place(String key, int item) {
            return "detected in the repository (--detect)";
        }
    }

    /**
     * A YAML file of answers.
     *
     * @param name the file as messages name it
     * @param keyLines the line of each top-level key (1-based)
     * @param itemLines the line of each item of a list value, by key
     */
    record File(String name, Map<String, Integer> keyLines, Map<String, List<Integer>> itemLines) implements Origin {

        public File {
            keyLines = Map.copyOf(keyLines);
            itemLines = Map.copyOf(itemLines);
        }

        @Override
        public String place(String key, int item) {
            Integer line = keyLines.get(key);
            List<Integer> items = itemLines.get(key);
            if (item >= 0 && items != null && item < items.size()) {
                line = items.get(item);
            }
            return name + (line == null ? "" : ":" + line) + " (" + key + ")";
        }

        @Override
        public boolean isFile() {
            return true;
        }
    }
}
