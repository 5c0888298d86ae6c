package dev.agentry.detect;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.agentry.apply.Workspace;

/**
 * Lists a repository's paths without following symbolic links (so a link loop cannot trap it), without entering
 * dependency, cache and build-output folders, and stopping at the limits.
 */
final class Walk implements FileVisitor<Path> {

    /** Folders that hold installed dependencies, caches or build outputs, never the project's own manifests. */
    static final Set<String> SKIPPED_FOLDERS = Set.of(".git", ".hg", ".svn", "node_modules", "bower_components",
            "jspm_packages", "vendor", "target", "build", "dist", "out", ".gradle", ".mvn", ".venv", "venv",
            "__pycache__", ".tox", ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache", "site-packages", ".next",
            ".nuxt", ".output", ".svelte-kit", ".angular", ".turbo", ".parcel-cache", ".cache", ".dart_tool", ".pub-cache",
            "Pods", "DerivedData", ".terraform", ".serverless", ".aws-sam", "cdk.out", ".vercel", ".expo", ".idea",
            "coverage", "obj", ".yarn", ".pnpm-store", "bazel-out");

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

    /** Walks the repository at {@code root}, a real folder. */
    static Tree of(Path root, Limits limits) throws IOException {
        Walk walk = new Walk(root, limits);
        Files.walkFileTree(root, EnumSet.noneOf(java.nio.file.FileVisitOption.class), limits.maxDepth(), walk);
        return walk.tree();
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

    /** The relative paths of the folders being walked, innermost last: names are joined to them, not relativized. */
    private final ArrayDeque<String> prefixes = new ArrayDeque<>();

    private String relative(Path path) {
        if (prefixes.isEmpty()) {
            String text = root.relativize(path).toString();
            String separator = path.getFileSystem().getSeparator();
            return separator.equals("/") ? text : text.replace(separator, "/");
        }
        String parent = prefixes.peekLast();
        return parent.isEmpty() ? path.getFileName().toString() : parent + "/" + path.getFileName();
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

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        if (dir.equals(root)) {
            prefixes.addLast("");
            return FileVisitResult.CONTINUE;
        }
        if (full()) {
            return FileVisitResult.TERMINATE;
        }
        String name = dir.getFileName().toString();
        String path = relative(dir);
        if (name.equals(Workspace.META) && dir.getParent().equals(root)) {
            // agentry's own files: its answers are read as answers, never as evidence
            return FileVisitResult.SKIP_SUBTREE;
        }
        folders.add(path);
        if (SKIPPED_FOLDERS.contains(name)) {
            skippedFolders.merge(name, 1, Integer::sum);
            return FileVisitResult.SKIP_SUBTREE;
        }
        prefixes.addLast(path);
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (full()) {
            return FileVisitResult.TERMINATE;
        }
        if (attrs.isSymbolicLink()) {
            if (links.size() < LISTED_PER_KIND) {
                links.add(relative(file));
            }
            linkCount++;
        }
        else if (attrs.isRegularFile()) {
            String path = relative(file);
            files.add(path);
            if (Readers.forPath(path).isPresent()) {
                manifests.put(path, attrs.size());
            }
        }
        else if (attrs.isDirectory()) {
            // a folder at the depth limit is visited as a file: it is listed but not entered
            folders.add(relative(file));
            tooDeep++;
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
        if (skipped.size() < LISTED_PER_KIND * 2) {
            skipped.add(new Skipped(relative(file), e instanceof AccessDeniedException ? "cannot be read (permission denied)"
                    : "cannot be read (" + e.getClass().getSimpleName() + ")", Skipped.Reason.UNREADABLE));
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
        prefixes.pollLast();
        if (e != null && skipped.size() < LISTED_PER_KIND * 2) {
            skipped.add(new Skipped(relative(dir) + "/", "could not be listed completely ("
                    + e.getClass().getSimpleName() + ")", Skipped.Reason.UNREADABLE));
        }
        return FileVisitResult.CONTINUE;
    }
}
