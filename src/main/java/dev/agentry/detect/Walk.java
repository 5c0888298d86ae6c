package dev.agentry.detect;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import dev.agentry.apply.Workspace;

/**
 * Lists a repository's paths without following symbolic links (so a link loop cannot trap it), without entering
 * dependency, cache and build-output folders, and stopping at the limits.
 *
 * <p>The walk goes level by level, nearest the root first: the folders of one level are listed by several threads
 * (a stat per entry is most of the cost, and the threads overlap their waits), and their listings are then taken in
 * the level's order, so the result, and where a limit stops it, are the same whatever the threads did. A thread stops
 * taking folders once the level holds a path beyond the limit: the folders taken are always the first ones of the
 * level, so everything up to the limit, and the first path beyond it, has been listed.
 */
final class Walk {

    /** Folders that hold installed dependencies, caches or build outputs, never the project's own manifests. */
    static final Set<String> SKIPPED_FOLDERS = Set.of(".git", ".hg", ".svn", "node_modules", "bower_components",
            "jspm_packages", "vendor", "target", "build", "dist", "out", ".gradle", ".mvn", ".venv", "venv",
            "__pycache__", ".tox", ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache", "site-packages", ".next",
            ".nuxt", ".output", ".svelte-kit", ".angular", ".turbo", ".parcel-cache", ".cache", ".dart_tool", ".pub-cache",
            "Pods", "DerivedData", ".terraform", ".serverless", ".aws-sam", "cdk.out", ".vercel", ".expo", ".idea",
            "coverage", "obj", ".yarn", ".pnpm-store", "bazel-out");

    /**
     * The threads a walk lists folders with: two where there are two cores (more gained nothing measurable on a
     * 50,000-path repository); the system property {@code agentry.detect.threads} sets it, so that bench/detect.sh
     * can show what the second thread pays.
     */
    static final int THREADS = Math.max(1, Integer.getInteger("agentry.detect.threads",
            Math.min(2, Runtime.getRuntime().availableProcessors())));

    /** At most this many skipped entries of one kind are listed one by one; the rest are counted. */
    private static final int LISTED_PER_KIND = 20;

    private final Path root;
    private final Limits limits;
    private final List<String> files = new ArrayList<>();
    private final Map<String, Long> manifests = new LinkedHashMap<>();
    private final List<String> folders = new ArrayList<>();
    private final List<Skipped> skipped = new ArrayList<>();
    private final Map<String, Integer> skippedFolders = new TreeMap<>();
    private final List<String> links = new ArrayList<>();
    private int linkCount;
    private int tooDeep;
    private boolean truncated;

    private Walk(Path root, Limits limits) {
        this.root = root;
        this.limits = limits;
    }

    /** Walks the repository at {@code root}, a real folder, with {@link #THREADS} threads. */
    static Tree of(Path root, Limits limits) throws IOException {
        return of(root, limits, THREADS);
    }

    /** Walks the repository at {@code root}, a real folder, listing folders with {@code threads} threads (1: this one). */
    static Tree of(Path root, Limits limits, int threads) throws IOException {
        Walk walk = new Walk(root, limits);
        ExecutorService helpers = threads <= 1 ? null : Executors.newFixedThreadPool(threads - 1, task -> {
            Thread thread = new Thread(task, "agentry-walk");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Listing top = list(root, "", 0, limits);
            if (top.error() != null) {
                throw top.error();
            }
            List<String> level = walk.take(List.of(top), 1);
            for (int depth = 2; !level.isEmpty() && !walk.truncated; depth++) {
                level = walk.take(walk.listAll(level, depth, helpers, threads), depth);
            }
        }
        finally {
            if (helpers != null) {
                helpers.shutdownNow();
            }
        }
        return walk.tree();
    }

    /** One entry of a folder, as a stat without following links shows it. */
    private record Entry(String path, String name, Kind kind, long size, IOException error) {
    }

    private enum Kind { FILE, FOLDER, LINK, OTHER, FAILED }

    /**
     * A folder's entries in the order the file system gives them; {@code error} when it could not be opened,
     * {@code incomplete} when the listing broke off.
     */
    private record Listing(String folder, List<Entry> entries, IOException error, IOException incomplete, int counted) {
    }

    /** Lists the folders of one level, whose entries lie at {@code depth}, in their order. */
    private List<Listing> listAll(List<String> level, int depth, ExecutorService helpers, int threads) throws IOException {
        Listing[] listings = new Listing[level.size()];
        int room = limits.maxPaths() - files.size() - folders.size();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger counted = new AtomicInteger();
        Runnable work = () -> {
            int i;
            while (counted.get() <= room && (i = next.getAndIncrement()) < listings.length) {
                listings[i] = list(root, level.get(i), depth, limits);
                counted.addAndGet(listings[i].counted());
            }
        };
        List<Future<?>> running = new ArrayList<>();
        if (helpers != null && level.size() > 1) {
            for (int t = 1; t < threads; t++) {
                running.add(helpers.submit(work));
            }
        }
        work.run();
        for (Future<?> helper : running) {
            try {
                helper.get();
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while listing the repository", e);
            }
            catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IOException(e.getCause());
            }
        }
        List<Listing> taken = new ArrayList<>();
        for (Listing listing : listings) {
            if (listing == null) {
                break; // the folders after the first one not taken lie beyond the limit
            }
            taken.add(listing);
        }
        return taken;
    }

    private static Listing list(Path root, String folder, int depth, Limits limits) {
        Path dir = folder.isEmpty() ? root : root.resolve(folder);
        List<Entry> entries = new ArrayList<>();
        int counted = 0;
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path child : stream) {
                String name = child.getFileName().toString();
                String path = folder.isEmpty() ? name : folder + "/" + name;
                Entry entry;
                try {
                    BasicFileAttributes attrs = Files.readAttributes(child, BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                    Kind kind = attrs.isSymbolicLink() ? Kind.LINK : attrs.isDirectory() ? Kind.FOLDER
                            : attrs.isRegularFile() ? Kind.FILE : Kind.OTHER;
                    entry = new Entry(path, name, kind, attrs.size(), null);
                }
                catch (IOException e) {
                    entry = new Entry(path, name, Kind.FAILED, 0, e);
                }
                entries.add(entry);
                boolean ours = folder.isEmpty() && entry.kind() == Kind.FOLDER && name.equals(Workspace.META);
                if ((entry.kind() == Kind.FILE || entry.kind() == Kind.FOLDER) && !ours) {
                    counted++;
                }
                if (counted > limits.maxPaths()) {
                    break; // one folder never needs more than the limit, and one path beyond it to say it was reached
                }
            }
        }
        catch (DirectoryIteratorException e) {
            return new Listing(folder, entries, null, e.getCause(), counted);
        }
        catch (IOException e) {
            return entries.isEmpty() ? new Listing(folder, entries, e, null, 0)
                    : new Listing(folder, entries, null, e, counted);
        }
        return new Listing(folder, entries, null, null, counted);
    }

    /** Takes the listings of one level in order, up to the limit; the folders of the next level, in order. */
    private List<String> take(List<Listing> listings, int depth) {
        List<String> next = new ArrayList<>();
        for (Listing listing : listings) {
            if (listing.error() != null) {
                unreadable(listing.folder(), listing.error());
                continue;
            }
            for (Entry entry : listing.entries()) {
                if (truncated) {
                    return next;
                }
                take(entry, depth, next);
            }
            if (listing.incomplete() != null && skipped.size() < LISTED_PER_KIND * 2) {
                skipped.add(new Skipped(listing.folder() + "/", "could not be listed completely ("
                        + listing.incomplete().getClass().getSimpleName() + ")", Skipped.Reason.UNREADABLE));
            }
        }
        return next;
    }

    private void take(Entry entry, int depth, List<String> next) {
        switch (entry.kind()) {
            case FAILED -> unreadable(entry.path(), entry.error());
            case LINK -> {
                if (links.size() < LISTED_PER_KIND) {
                    links.add(entry.path());
                }
                linkCount++;
            }
            case OTHER -> {
                // sockets, pipes and devices are not a project's files
            }
            case FILE -> {
                if (!full()) {
                    files.add(entry.path());
                    if (Readers.forPath(entry.path()).isPresent()) {
                        manifests.put(entry.path(), entry.size());
                    }
                }
            }
            case FOLDER -> {
                if (depth == 1 && entry.name().equals(Workspace.META)) {
                    return; // agentry's own files: its answers are read as answers, never as evidence
                }
                if (full()) {
                    return;
                }
                folders.add(entry.path());
                if (depth >= limits.maxDepth()) {
                    tooDeep++; // listed, not entered
                }
                else if (SKIPPED_FOLDERS.contains(entry.name())) {
                    skippedFolders.merge(entry.name(), 1, Integer::sum);
                }
                else {
                    next.add(entry.path());
                }
            }
        }
    }

    private void unreadable(String path, IOException e) {
        if (skipped.size() < LISTED_PER_KIND * 2) {
            skipped.add(new Skipped(path, e instanceof AccessDeniedException ? "cannot be read (permission denied)"
                    : "cannot be read (" + e.getClass().getSimpleName() + ")", Skipped.Reason.UNREADABLE));
        }
    }

    private boolean full() {
        if (files.size() + folders.size() < limits.maxPaths()) {
            return false;
        }
        if (!truncated) {
            truncated = true;
            skipped.add(new Skipped(".", "stopped after " + limits.maxPaths() + " paths (the limit): the rest of the"
                    + " repository was not looked at", Skipped.Reason.LIMIT));
        }
        return true;
    }

    private Tree tree() {
        List<Skipped> all = new ArrayList<>(skipped);
        skippedFolders.forEach((name, count) -> all.add(new Skipped(name + "/", (count == 1 ? "not entered"
                : count + " folders of this name not entered") + " (dependencies, caches or build output)",
                Skipped.Reason.BY_RULE)));
        if (tooDeep > 0) {
            all.add(new Skipped(".", tooDeep + " folder" + (tooDeep == 1 ? "" : "s") + " deeper than " + limits.maxDepth()
                    + " levels (the limit) not entered", Skipped.Reason.LIMIT));
        }
        if (linkCount > 0) {
            all.add(new Skipped(String.join(", ", links) + (linkCount > links.size() ? " and " + (linkCount - links.size())
                    + " more" : ""), linkCount + " symbolic link" + (linkCount == 1 ? "" : "s") + " not followed",
                    Skipped.Reason.BY_RULE));
        }
        List<String> nearestFirst = new ArrayList<>(manifests.keySet());
        nearestFirst.sort(Comparator.comparingInt(PathIndex::depth).thenComparing(Comparator.naturalOrder()));
        Map<String, Long> ordered = new LinkedHashMap<>();
        nearestFirst.forEach(path -> ordered.put(path, manifests.get(path)));
        return new Tree(files, ordered, folders, all, truncated);
    }
}
