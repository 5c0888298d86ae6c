package dev.agentry.detect;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.agentry.apply.Workspace;
import dev.agentry.catalog.Catalog;
import dev.agentry.render.LegacyRenderer;
import dev.agentry.support.AgentryException;

/** Detects what a repository is from the catalogue's signals, reading within {@link Limits} and writing nothing. */
public final class Detector {

    private final Catalog catalog;
    private final Limits limits;

    public Detector(Catalog catalog) {
        this(catalog, Limits.DEFAULT);
    }

    public Detector(Catalog catalog, Limits limits) {
        this.catalog = catalog;
        this.limits = limits;
    }

    /**
     * Scans the repository at {@code target} and matches the catalogue's signals.
     *
     * @throws AgentryException (exit 2) when the target is missing, not a folder or cannot be read
     */
    public Detection detect(Path target) {
        return detect(scan(target, limits));
    }

    /**
     * Reads the repository at {@code target} within the limits: the part of detection that needs no catalogue, which
     * a run can do while the catalogue loads.
     *
     * @throws AgentryException (exit 2) when the target is missing, not a folder or cannot be read
     */
    public static ScannedRepository scan(Path target, Limits limits) {
        Path root = readableFolder(target);
        return new ScannedRepository(root, Scan.of(root, limits));
    }

    /** Matches the catalogue's signals against a repository already read. */
    public Detection detect(ScannedRepository repository) {
        Scan scan = repository.scan();
        Scores scores = Scores.of(catalog, scan);
        return new Detection(repository.root(), scan, new Proposer(catalog, scores), legacyTeam(scan.facts(), catalog),
                Files.isRegularFile(new Workspace(repository.root()).answers()));
    }

    private static Path readableFolder(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            throw AgentryException.usage("Target folder " + absolute + " does not exist: pass the repository's folder with"
                    + " --target.");
        }
        if (!Files.isDirectory(absolute)) {
            throw AgentryException.usage("Target " + absolute + " is not a folder: pass the repository's folder with"
                    + " --target.");
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(absolute)) {
            entries.iterator().hasNext();
            return absolute.toRealPath();
        }
        catch (IOException e) {
            throw AgentryException.usage("Cannot read the target folder " + absolute + " (" + describe(e) + "): check its"
                    + " permissions, or pass another folder with --target.");
        }
    }

    private static String describe(IOException e) {
        return e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.getClass().getSimpleName();
    }

    private static Optional<LegacyTeam> legacyTeam(Facts facts, Catalog catalog) {
        if (facts.legacyFiles().isEmpty()) {
            return Optional.empty();
        }
        Set<String> placeholders = new LinkedHashSet<>();
        facts.legacyFiles().values().forEach(placeholders::addAll);
        Set<String> known = LegacyRenderer.known(catalog);
        List<String> unknown = placeholders.stream().filter(name -> !known.contains(name)).toList();
        return Optional.of(new LegacyTeam(List.copyOf(facts.legacyFiles().keySet()), List.copyOf(placeholders), unknown));
    }
}
