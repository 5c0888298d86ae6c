package dev.agentry.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.agentry.catalog.Ecosystem;
import dev.agentry.catalog.Signal;

/**
 * Finds what a signal matches in what was scanned, scored as its weight times the factor of where it was found
 * ({@link Location}). A dependencies signal finds one match per manifest, since each manifest is a part of the
 * repository; a files or commands signal finds its best match only.
 */
final class SignalMatcher {

    private static final int SHOWN_COMMAND = 80;

    private final Scan scan;
    private final Map<String, Glob> globs = new HashMap<>();

    SignalMatcher(Scan scan) {
        this.scan = scan;
    }

    /** The signal's findings, the strongest first; empty when nothing matches. */
    List<Evidence> findings(Signal signal) {
        Map<String, Evidence> byPlace = new LinkedHashMap<>();
        for (String pattern : signal.patterns()) {
            List<Evidence> found = switch (signal.kind()) {
                case FILES -> file(pattern, signal.weight());
                case DEPENDENCIES -> dependency(pattern, signal.weight());
                case COMMANDS -> command(pattern, signal.weight());
            };
            found.forEach(e -> byPlace.merge(e.path(), e, (a, b) -> a.score() >= b.score() ? a : b));
        }
        List<Evidence> findings = new ArrayList<>(byPlace.values());
        findings.sort(Comparator.comparingDouble(Evidence::score).reversed());
        return signal.kind() == Signal.Kind.DEPENDENCIES || findings.isEmpty() ? findings : List.of(findings.get(0));
    }

    private static Evidence finding(String path, String why, String label, double score) {
        return new Evidence(null, null, path, why, label, score);
    }

    private List<Evidence> file(String pattern, int weight) {
        Glob glob = globs.computeIfAbsent(pattern, Glob::new);
        Evidence best = null;
        for (String path : glob.matches(scan.index())) {
            double score = weight * Location.file(path);
            if (best == null || score > best.score()) {
                String shown = pattern.endsWith("/") ? path + "/" : path;
                best = finding(shown, "found " + shown, null, score);
            }
        }
        return best == null ? List.of() : List.of(best);
    }

    private List<Evidence> dependency(String pattern, int weight) {
        int colon = pattern.indexOf(':');
        Ecosystem ecosystem = Ecosystem.byId(pattern.substring(0, colon)).orElseThrow();
        boolean prefix = pattern.endsWith("*");
        String name = ecosystem.normalize(pattern.substring(colon + 1, pattern.length() - (prefix ? 1 : 0)));
        List<Evidence> found = new ArrayList<>();
        for (Facts.Dependency dependency : scan.facts().dependencies(ecosystem)) {
            if (prefix ? dependency.name().startsWith(name) : dependency.name().equals(name)) {
                found.add(finding(dependency.path(), ecosystem.verb() + " " + dependency.shown(), label(dependency.shown()),
                        weight * dependency.factor()));
            }
        }
        return found;
    }

    private List<Evidence> command(String phrase, int weight) {
        List<String> words = Shell.words(phrase);
        Evidence best = null;
        for (Facts.Command command : scan.facts().commands()) {
            double score = weight * command.factor();
            boolean better = best == null || score > best.score();
            if (better && command.commands().stream().anyMatch(c -> Shell.contains(c, words))) {
                String line = command.line().length() <= SHOWN_COMMAND ? command.line()
                        : command.line().substring(0, SHOWN_COMMAND - 3) + "...";
                String where = command.deploying() ? "" : " (not in a deploy step)";
                best = finding(command.path(), "runs '" + line + "'" + where, phrase, score);
            }
        }
        return best == null ? List.of() : List.of(best);
    }

    /** The short name of a dependency for summaries: the last part of a module path or coordinates. */
    static String label(String name) {
        if (name.startsWith("@")) {
            return name;
        }
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf(':')) + 1);
        // github.com/go-chi/chi/v5: the version suffix says nothing
        if (last.matches("v\\d+") && name.lastIndexOf('/') > 0) {
            String before = name.substring(0, name.lastIndexOf('/'));
            last = before.substring(before.lastIndexOf('/') + 1);
        }
        return last;
    }
}
