package dev.agentry.app;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies a unified diff to a text strictly, as {@code patch} does without fuzz: every context and removed line must be
 * where the hunk header says. For tests of the .rej files, which must apply to the file agentry left.
 */
final class Hunks {

    private static final Pattern HEADER = Pattern.compile("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@.*");

    private Hunks() {
    }

    static String apply(String text, String diff) {
        List<String> original = lines(text);
        List<String> result = new ArrayList<>();
        int next = 0;
        String[] patch = diff.split("\n", -1);
        for (int i = 0; i < patch.length; i++) {
            Matcher header = HEADER.matcher(patch[i]);
            if (!header.matches()) {
                if (result.isEmpty() && next == 0 && !patch[i].startsWith("--- ") && !patch[i].startsWith("+++ ")
                        && !patch[i].isEmpty()) {
                    throw new AssertionError("not a unified diff line before the first hunk: " + patch[i]);
                }
                continue;
            }
            int start = Integer.parseInt(header.group(1));
            int oldCount = header.group(2) == null ? 1 : Integer.parseInt(header.group(2));
            int at = oldCount == 0 ? start : start - 1;
            if (at < next) {
                throw new AssertionError("hunks out of order at " + patch[i]);
            }
            result.addAll(original.subList(next, at));
            next = at;
            for (i = i + 1; i < patch.length && !patch[i].startsWith("@@"); i++) {
                String line = patch[i];
                if (line.isEmpty() && i == patch.length - 1) {
                    break;
                }
                char kind = line.isEmpty() ? ' ' : line.charAt(0);
                String body = line.isEmpty() ? "" : line.substring(1);
                switch (kind) {
                    case ' ', '-' -> {
                        if (next >= original.size() || !original.get(next).equals(body)) {
                            throw new AssertionError("line " + (next + 1) + " is '" + (next < original.size()
                                    ? original.get(next) : "<end>") + "', the hunk expects '" + body + "'");
                        }
                        if (kind == ' ') {
                            result.add(body);
                        }
                        next++;
                    }
                    case '+' -> result.add(body);
                    case '\\' -> {
                        // "\ No newline at end of file": not used by these tests
                    }
                    default -> throw new AssertionError("unexpected diff line: " + line);
                }
            }
            i--;
        }
        result.addAll(original.subList(next, original.size()));
        return String.join("\n", result) + "\n";
    }

    private static List<String> lines(String text) {
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return new ArrayList<>(List.of(body.split("\n", -1)));
    }
}
