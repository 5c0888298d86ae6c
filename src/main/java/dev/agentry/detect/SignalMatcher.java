package dev.agentry.detect;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.agentry.catalog.Ecosystem;
import dev.agentry.catalog.Signal;

/** Finds the best match of a signal in what was scanned, and what it counts for there. */
final class SignalMatcher {

    /** How much a deploy command counts outside a step about deploying (a test job that applies manifests to kind). */
    static final double OUTSIDE_DEPLOY_STEP = 0.5;
    private static final int SHOWN_COMMAND = 80;

    private final Scan scan;
    private final Map<String, Glob> globs = new HashMap<>();

    SignalMatcher(Scan scan) {
        this.scan = scan;
    }

    /** The signal's strongest finding, scored; empty when nothing matches. */
    Optional<Evidence> best(Signal signal) {
        Found best = null;
        for (String pattern : signal.patterns()) {
            Found found = switch (signal.kind()) {
                case FILES -> file(pattern);
                case DEPENDENCIES -> dependency(pattern);
                case COMMANDS -> command(pattern);
            };
            if (found != null && (best == null || found.factor() > best.factor())) {
                best = found;
            }
        }
        return best == null ? Optional.empty()
                : Optional.of(new Evidence(null, null, best.path(), best.why(), best.label(), signal.weight() * best.factor()));
    }

    private record Found(String path, String why, String label, double factor) {
    }

    private Found file(String pattern) {
        Glob glob = globs.computeIfAbsent(pattern, Glob::new);
        Found best = null;
        for (String path : glob.matches(scan.index())) {
            double factor = Location.factor(path);
            if (best == null || factor > best.factor()) {
                String shown = pattern.endsWith("/") ? path + "/" : path;
                best = new Found(shown, "found " + shown, null, factor);
            }
        }
        return best;
    }

    private Found dependency(String pattern) {
        int colon = pattern.indexOf(':');
        Ecosystem ecosystem = Ecosystem.byId(pattern.substring(0, colon)).orElseThrow();
        boolean prefix = pattern.endsWith("*");
        String name = ecosystem.normalize(pattern.substring(colon + 1, pattern.length() - (prefix ? 1 : 0)));
        Found best = null;
        for (Facts.Dependency dependency : scan.facts().dependencies(ecosystem)) {
            boolean matches = prefix ? dependency.name().startsWith(name) : dependency.name().equals(name);
            double factor = Location.factor(dependency.path());
            if (matches && (best == null || factor > best.factor())) {
                best = new Found(dependency.path(), ecosystem.verb() + " " + dependency.shown(), label(dependency.shown()), factor);
            }
        }
        return best;
    }

    private Found command(String phrase) {
        List<String> words = Shell.words(phrase);
        Found best = null;
        for (Facts.Command command : scan.facts().commands()) {
            if (!Shell.contains(command.words(), words)) {
                continue;
            }
            double factor = Location.factor(command.path()) * (command.deploying() ? 1 : OUTSIDE_DEPLOY_STEP);
            if (best == null || factor > best.factor()) {
                String line = command.line().length() > SHOWN_COMMAND ? command.line().substring(0, SHOWN_COMMAND - 3) + "..."
                        : command.line();
                best = new Found(command.path(), "runs '" + line + "'" + (command.deploying() ? "" : " (not in a deploy step)"),
                        phrase, factor);
            }
        }
        return best;
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
