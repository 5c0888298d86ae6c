package dev.agentry.detect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import dev.agentry.codec.Codec;
import dev.agentry.support.AgentryException;

/**
 * Reads a repository within the limits: its paths, then its manifests, nearest the root first. A manifest that cannot
 * be read (too big, binary, broken) is reported and skipped; nothing is ever written.
 *
 * @param manifestsRead how many manifests were read
 * @param bytesRead how many bytes they held
 */
record Scan(PathIndex index, Facts facts, int pathsSeen, int manifestsRead, long bytesRead, boolean truncated,
        List<Skipped> skipped) {

    static Scan of(Path root, Limits limits) {
        return of(root, limits, Walk.THREADS);
    }

    /** Reads the repository, listing its folders with {@code threads} threads. */
    static Scan of(Path root, Limits limits, int threads) {
        Tree tree = walk(root, limits, threads);
        // the paths are indexed on another thread while this one reads the manifests (bench/detect.sh)
        FutureTask<PathIndex> index = new FutureTask<>(() -> new PathIndex(tree.files(), tree.folders()));
        if (threads > 1) {
            Thread indexer = new Thread(index, "agentry-index");
            indexer.setDaemon(true);
            indexer.start();
        }
        else {
            index.run();
        }
        List<Skipped> skipped = new ArrayList<>(tree.skipped());
        List<String> manifests = List.copyOf(tree.manifests().keySet());
        Facts facts = new Facts();
        int read = 0;
        long bytes = 0;
        boolean truncated = tree.truncated();
        for (int i = 0; i < manifests.size(); i++) {
            String path = manifests.get(i);
            long size = tree.manifests().get(path);
            boolean enough = read >= limits.maxManifests();
            if (enough || bytes + Math.min(size, limits.maxManifestBytes()) > limits.maxTotalBytes()) {
                int left = manifests.size() - i;
                skipped.add(new Skipped(path, left + " manifest" + (left == 1 ? "" : "s") + " from here on not read: the"
                        + " limit of " + (enough ? limits.maxManifests() + " manifests" : limits.maxTotalBytes()
                        + " bytes read in all") + " was reached", Skipped.Reason.LIMIT));
                truncated = true;
                break;
            }
            if (size > limits.maxManifestBytes()) {
                skipped.add(new Skipped(path, size + " bytes, over the limit of " + limits.maxManifestBytes()
                        + " bytes for a manifest: not read", Skipped.Reason.UNREADABLE));
                continue;
            }
            Optional<Skipped> problem = read(root, path, limits, facts);
            if (problem.isPresent()) {
                skipped.add(problem.get());
            }
            else {
                read++;
                bytes += size;
            }
        }
        return new Scan(indexed(index), facts, tree.files().size() + tree.folders().size(), read, bytes, truncated,
                skipped);
    }

    private static Tree walk(Path root, Limits limits, int threads) {
        try {
            return Walk.of(root, limits, threads);
        }
        catch (IOException e) {
            throw AgentryException.usage("Cannot read the repository " + root + " (" + e.getMessage() + ").");
        }
    }

    private static PathIndex indexed(FutureTask<PathIndex> index) {
        try {
            return index.get();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing the repository's paths", e);
        }
        catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /** Reads one manifest into the facts; what went wrong, if anything. */
    private static Optional<Skipped> read(Path root, String path, Limits limits, Facts facts) {
        byte[] bytes;
        // not through a symbolic link (one may have replaced the file since the walk), and never more than the limit
        try (InputStream in = Channels.newInputStream(Files.newByteChannel(root.resolve(path), StandardOpenOption.READ,
                LinkOption.NOFOLLOW_LINKS))) {
            bytes = in.readNBytes((int) limits.maxManifestBytes() + 1);
        }
        catch (IOException e) {
            return Optional.of(new Skipped(path, "cannot be read (" + e.getClass().getSimpleName() + ")",
                    Skipped.Reason.UNREADABLE));
        }
        try {
            String text = Codec.decode(bytes, path, (int) limits.maxManifestBytes());
            Readers.forPath(path).orElseThrow().read(path, text, facts);
            return Optional.empty();
        }
        catch (AgentryException e) {
            return Optional.of(new Skipped(path, withoutPath(e.getMessage(), path), Skipped.Reason.UNREADABLE));
        }
        catch (RuntimeException | StackOverflowError e) {
            return Optional.of(new Skipped(path, "could not be read (" + e.getClass().getSimpleName() + ")",
                    Skipped.Reason.UNREADABLE));
        }
    }

    /** "pom.xml:3:5: invalid XML: ..." as "3:5: invalid XML: ..." (the path is said once, beside it). */
    static String withoutPath(String message, String path) {
        if (message.startsWith(path + ":")) {
            String rest = message.substring(path.length() + 1).strip();
            return rest.isEmpty() ? message : rest;
        }
        return message;
    }
}
