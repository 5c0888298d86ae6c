package dev.agentry.rules;

/** Line numbers of positions in a text, for problems that name the line. */
final class Lines {

    private Lines() {
    }

    /** The 1-based line of a character index. */
    static int at(String text, int index) {
        int line = 1;
        for (int i = 0; i < Math.min(index, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The line of the first occurrence of {@code needle} at or after {@code from}, or 0 when absent. */
    static int of(String text, String needle, int from) {
        int index = text.indexOf(needle, from);
        return index < 0 ? 0 : at(text, index);
    }
}
