package dev.agentry.render;

/** Normalises rendered text: no trailing spaces, no runs of blank lines, one final newline. */
final class Tidy {

    private Tidy() {
    }

    static String markdown(String text) {
        StringBuilder out = new StringBuilder();
        boolean previousBlank = true;
        for (String line : text.split("\n", -1)) {
            String trimmed = line.stripTrailing();
            boolean blank = trimmed.isEmpty();
            if (blank && previousBlank) {
                continue;
            }
            out.append(trimmed).append('\n');
            previousBlank = blank;
        }
        String result = out.toString().stripTrailing();
        return result.isEmpty() ? "" : result + "\n";
    }

    static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
