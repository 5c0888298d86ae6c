package dev.agentry.support;

import java.util.Collection;
import java.util.Optional;

/** Finds the closest valid name to a mistyped one, for "did you mean" hints. */
public final class Suggestions {

    private Suggestions() {
    }

    /** The candidate closest to {@code input}, if any is close enough to be a plausible typo. */
    public static Optional<String> closest(String input, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = input.toLowerCase();
        for (String candidate : candidates) {
            int distance = distance(lower, candidate.toLowerCase());
            if (candidate.toLowerCase().startsWith(lower) || lower.startsWith(candidate.toLowerCase())) {
                distance = Math.min(distance, 1);
            }
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = Math.max(2, input.length() / 3);
        return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
    }

    /** A "did you mean" sentence fragment, or an empty string when nothing is close. */
    public static String didYouMean(String input, Collection<String> candidates) {
        return closest(input, candidates).map(c -> " Did you mean '" + c + "'?").orElse("");
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
