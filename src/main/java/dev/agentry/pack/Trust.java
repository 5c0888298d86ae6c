package dev.agentry.pack;

import java.util.List;

/**
 * Which scaffold sources a run accepts: every one, or only those under the prefixes the user's config.yml trusts
 * ({@code trusted-sources}). A prefix matches a source that equals it or continues it after a {@code /}, {@code :} or
 * {@code #}, so that {@code https://github.com/acme} does not admit {@code https://github.com/acme-evil/...}.
 *
 * @param prefixes the trusted prefixes (URLs, or absolute paths of local repositories and folders)
 * @param origin the file that lists them, or null when nothing restricts the sources
 */
public record Trust(List<String> prefixes, String origin) {

    /** Every source is accepted. */
    public static final Trust ANY = new Trust(List.of(), null);

    public Trust {
        prefixes = List.copyOf(prefixes);
    }

    public boolean restricts() {
        return origin != null;
    }

    /** True when the source is accepted: nothing restricts sources, or one of the prefixes matches its location. */
    public boolean admits(PackSource source) {
        if (!restricts()) {
            return true;
        }
        String location = source.location().replace('\\', '/');
        return prefixes.stream().map(p -> p.replace('\\', '/')).anyMatch(p -> matches(location, p));
    }

    private static boolean matches(String location, String prefix) {
        if (prefix.isEmpty() || !location.startsWith(prefix)) {
            return false;
        }
        if (location.length() == prefix.length() || prefix.endsWith("/") || prefix.endsWith(":")) {
            return true;
        }
        char next = location.charAt(prefix.length());
        return next == '/' || next == ':' || next == '#';
    }

    /** What the refusal of a source says: where the list is and what it holds. */
    public String describe() {
        return origin + " trusts only " + (prefixes.isEmpty() ? "no sources (trusted-sources is empty)"
                : String.join(", ", prefixes));
    }
}
