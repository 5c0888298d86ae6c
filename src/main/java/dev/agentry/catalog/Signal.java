package dev.agentry.catalog;

import java.util.List;

/**
 * One thing in a repository that shows a catalogue entry, with how much it counts. A signal has exactly one kind:
 * paths that exist ({@code files}, globs; a trailing {@code /} names a folder), packages declared in manifests
 * ({@code dependencies}, {@code ECOSYSTEM:NAME}, a trailing {@code *} matching any rest), or phrases of CI steps and
 * package scripts ({@code commands}, such as {@code fly deploy}). Any one of its patterns is enough.
 *
 * @param weight how much the signal counts, 1 (a hint) to 10; {@value #DEFAULT_WEIGHT} when not given
 * @param surfaces the surfaces of a product (web, backend, mobile, ai, data) the signal shows, which choose the
 *     project type
 */
public record Signal(List<String> files, List<String> dependencies, List<String> commands, Integer weight,
        List<String> surfaces) {

    public static final int DEFAULT_WEIGHT = 3;
    public static final int MAX_WEIGHT = 10;

    /** The kinds of signal. */
    public enum Kind {
        FILES, DEPENDENCIES, COMMANDS
    }

    public Signal {
        files = files == null ? List.of() : List.copyOf(files);
        dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
        commands = commands == null ? List.of() : List.copyOf(commands);
        weight = weight == null ? DEFAULT_WEIGHT : weight;
        surfaces = surfaces == null ? List.of() : List.copyOf(surfaces);
    }

    /** The signal's kind: the first of its lists that holds patterns (the validator makes sure only one does). */
    public Kind kind() {
        return !files.isEmpty() ? Kind.FILES : !dependencies.isEmpty() ? Kind.DEPENDENCIES : Kind.COMMANDS;
    }

    /** The patterns of the signal's kind. */
    public List<String> patterns() {
        return switch (kind()) {
            case FILES -> files;
            case DEPENDENCIES -> dependencies;
            case COMMANDS -> commands;
        };
    }
}
