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
     * Scans the repository at {@code target}.
     *
     * @throws AgentryException (exit 2) when the target is missing, not a folder or cannot be read
     */
    public Detection detect(Path target) {
        Path root = readableFolder(target);
        Scan scan = Scan.of(root, limits);
        Scores scores = Scores.of(catalog, scan);
        return new Detection(root, scan, new Proposer(catalog, scores), legacyTeam(scan.facts()),
                Files.isRegularFile(new Workspace(root).answers()));
    }

    private static Path readableFolder(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            throw AgentryException.usage("Target folder " + absolute + " does not exist: pass the repository's folder with"
                    + " --target.");
        }
        if (!Files.isDirectory(absolute)) {
            throw AgentryException.usage("Target " + absolute + " is not a folder: pass the repository's folder with --target.");
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

    private static Optional<LegacyTeam> legacyTeam(Facts facts) {
        if (facts.legacyFiles().isEmpty()) {
            return Optional.empty();
        }
        Set<String> placeholders = new LinkedHashSet<>();
        facts.legacyFiles().values().forEach(placeholders::addAll);
        return Optional.of(new LegacyTeam(List.copyOf(facts.legacyFiles().keySet()), List.copyOf(placeholders)));
    }
}
