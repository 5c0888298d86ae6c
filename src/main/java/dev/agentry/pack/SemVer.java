package dev.agentry.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A version as tags and manifests write it: {@code 1.2.3}, {@code v1.2}, {@code 2026.11.1}, {@code 1.3.0-rc.1}. Missing
 * parts count as 0; a pre-release sorts before its release; build metadata ({@code +...}) is ignored.
 */
public record SemVer(List<Integer> numbers, String preRelease) implements Comparable<SemVer> {

    private static final Pattern FORM = Pattern.compile("[vV]?(\\d{1,9}(?:\\.\\d{1,9}){0,3})(?:-([0-9A-Za-z.-]+))?(?:\\+[0-9A-Za-z.-]+)?");

    public SemVer {
        numbers = List.copyOf(numbers);
        preRelease = preRelease == null ? "" : preRelease;
    }

    /** The version a tag or a text names, if it has the form of one. */
    public static Optional<SemVer> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = FORM.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        List<Integer> numbers = new ArrayList<>();
        for (String part : matcher.group(1).split("\\.")) {
            numbers.add(Integer.parseInt(part));
        }
        return Optional.of(new SemVer(numbers, matcher.group(2)));
    }

    /** True for a pre-release such as {@code 1.3.0-rc.1}, which is never picked as the newest version. */
    public boolean isPreRelease() {
        return !preRelease.isEmpty();
    }

    @Override
    public int compareTo(SemVer other) {
        for (int i = 0; i < Math.max(numbers.size(), other.numbers.size()); i++) {
            int compared = Integer.compare(part(i), other.part(i));
            if (compared != 0) {
                return compared;
            }
        }
        if (isPreRelease() != other.isPreRelease()) {
            return isPreRelease() ? -1 : 1;
        }
        return comparePreRelease(preRelease, other.preRelease);
    }

    private int part(int i) {
        return i < numbers.size() ? numbers.get(i) : 0;
    }

    /** Dot-separated identifiers, numeric ones by value and before alphanumeric ones, as semantic versioning orders them. */
    private static int comparePreRelease(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            boolean leftNumber = left[i].matches("\\d{1,9}");
            boolean rightNumber = right[i].matches("\\d{1,9}");
            int compared = leftNumber && rightNumber ? Integer.compare(Integer.parseInt(left[i]), Integer.parseInt(right[i]))
                    : leftNumber ? -1 : rightNumber ? 1 : left[i].compareTo(right[i]);
            if (compared != 0) {
                return compared;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        numbers.forEach(n -> text.append(text.isEmpty() ? "" : ".").append(n));
        return isPreRelease() ? text + "-" + preRelease : text.toString();
    }
}
