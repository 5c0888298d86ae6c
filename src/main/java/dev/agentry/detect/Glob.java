package dev.agentry.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A path pattern of a files signal, as in {@code .gitignore}: {@code *} and {@code ?} stay within one folder level,
 * {@code **} crosses levels, a trailing {@code /} matches folders only. A pattern of one level ({@code fly.toml},
 * {@code *.csproj}) matches that name at any depth; one with a {@code /} is anchored at the root unless it starts
 * with {@code **}{@code /}, and a leading {@code /} anchors a one-level pattern ({@code /app.yaml}: at the root only).
 */
final class Glob {

    private final String pattern;
    private final boolean folder;
    /** The last level of the pattern when it has no wildcard: candidates are looked up by name. */
    private final String literalName;
    /** The suffix of a last level of the form {@code *.ext}: candidates are looked up by extension. */
    private final String extension;
    private final Pattern regex;
    /** The longest run of plain characters of the pattern, which every match contains: a cheap test before the regex. */
    private final String literal;
    /** A folder level of the pattern with no wildcard ({@code k8s} in {@code **}{@code /k8s/**}{@code /*.yaml}), or null. */
    private final String folderName;

    Glob(String pattern) {
        this.pattern = pattern;
        this.folder = pattern.endsWith("/");
        String trimmed = folder ? pattern.substring(0, pattern.length() - 1) : pattern;
        boolean rooted = trimmed.startsWith("/");
        String body = rooted ? trimmed.substring(1) : trimmed;
        boolean anchored = rooted || body.contains("/") && !body.startsWith("**/");
        String last = body.substring(body.lastIndexOf('/') + 1);
        this.literalName = wild(last) ? null : last;
        this.extension = last.startsWith("*.") && !wild(last.substring(1)) ? last.substring(1) : null;
        String unanchored = body.startsWith("**/") ? body.substring(3) : body;
        this.regex = Pattern.compile((anchored ? "" : "(?:.*/)?") + toRegex(anchored ? body : unanchored));
        this.literal = longestLiteral(body);
        String[] levels = unanchored.split("/");
        String named = null;
        for (int i = 0; i < levels.length - 1 && named == null; i++) {
            named = wild(levels[i]) || levels[i].isEmpty() ? null : levels[i];
        }
        this.folderName = named;
    }

    /** The longest run without wildcards, without its slashes at either end (a ** before a slash may match nothing). */
    private static String longestLiteral(String body) {
        String longest = "";
        for (String run : body.split("[*?\\[\\]]")) {
            String trimmed = run.replaceAll("^/+|/+$", "");
            if (trimmed.length() > longest.length()) {
                longest = trimmed;
            }
        }
        return longest;
    }

    private static boolean wild(String text) {
        return text.indexOf('*') >= 0 || text.indexOf('?') >= 0 || text.indexOf('[') >= 0;
    }

    private static String toRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                boolean slash = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                regex.append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*') {
                regex.append("[^/]*");
            }
            else if (c == '?') {
                regex.append("[^/]");
            }
            else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }

    /** The paths of the index this pattern matches, nearest the root first. */
    List<String> matches(PathIndex index) {
        List<String> candidates = literalName != null ? index.named(literalName, folder)
                : extension != null ? index.withExtension(extension, folder)
                : folderName != null ? under(index, folderName) : index.all(folder);
        List<String> found = new ArrayList<>();
        for (String path : candidates) {
            if (path.contains(literal) && regex.matcher(path).matches()) {
                found.add(path);
            }
        }
        found.sort(Comparator.comparingInt(PathIndex::depth).thenComparing(Comparator.naturalOrder()));
        return found;
    }

    /** What lies under the folders of the pattern's plain folder name (a file pattern: files; a folder pattern: folders). */
    private List<String> under(PathIndex index, String name) {
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        for (String at : index.named(name, true)) {
            found.addAll(index.under(at, folder));
        }
        return List.copyOf(found);
    }

    @Override
    public String toString() {
        return pattern;
    }
}
