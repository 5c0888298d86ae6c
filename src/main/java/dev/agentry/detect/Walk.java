package dev.agentry.detect;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
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
    private final Map<String, Long> files = new LinkedHashMap<>();
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
        skippedFolders.forEach((name, count) -> all.add(new Skipped(name + "/", count == 1 ? "not entered (dependencies,"
                + " caches or build output)" : count + " folders of this name not entered (dependencies, caches or build output)")));
        if (tooDeep > 0) {
            all.add(new Skipped(".", tooDeep + " folder" + (tooDeep == 1 ? "" : "s") + " deeper than " + limits.maxDepth()
                    + " levels (the limit) not entered"));
        }
        if (linkCount > 0) {
            all.add(new Skipped(String.join(", ", links) + (linkCount > links.size() ? " and " + (linkCount - links.size())
                    + " more" : ""), linkCount + " symbolic link" + (linkCount == 1 ? "" : "s") + " not followed"));
        }
        return new Tree(files, folders, all, truncated);
    }

    private String relative(Path path) {
        String text = root.relativize(path).toString();
        return path.getFileSystem().getSeparator().equals("/") ? text : text.replace(path.getFileSystem().getSeparator(), "/");
    }

    private boolean full() {
        if (files.size() + folders.size() < limits.maxPaths()) {
            return false;
        }
        if (!truncated) {
            truncated = true;
            skipped.add(new Skipped(".", "stopped after " + limits.maxPaths() + " paths (the limit): the rest of the"
                    + " repository was not looked at"));
        }
        return true;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        if (dir.equals(root)) {
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
            files.put(relative(file), attrs.size());
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
                    : "cannot be read (" + e.getClass().getSimpleName() + ")"));
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
        if (e != null && skipped.size() < LISTED_PER_KIND * 2) {
            skipped.add(new Skipped(relative(dir) + "/", "could not be listed completely (" + e.getClass().getSimpleName() + ")"));
        }
        return FileVisitResult.CONTINUE;
    }
}
