package dev.agentry.support;

import java.util.List;

/** Names a few items of a list for a one-line message: "a, b, c +4 more". */
public final class Listing {

    private Listing() {
    }

    /** The first {@code shown} items, comma-separated, and how many more there are. */
    public static String firstFew(List<String> items, int shown) {
        if (items.size() <= shown) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, shown)) + " +" + (items.size() - shown) + " more";
    }
}
