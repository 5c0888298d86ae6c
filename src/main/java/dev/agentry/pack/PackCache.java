package dev.agentry.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import dev.agentry.support.Hashing;
import org.eclipse.jgit.lib.Repository;

/**
 * The pack cache: per repository location a folder ({@code NAME-HASH}) holding a bare repository of what was fetched
 * ({@code repo.git}) and the files of each commit used ({@code trees/COMMIT}, written once and never changed, so that a
 * run reads them without git). One process at a time changes a location's folder (a file lock), one thread at a time
 * within a process.
 */
final class PackCache {

    /** The work done on a location's repository while its lock is held. */
    interface Work<T> {
        T run(Repository repository) throws IOException, GitClient.Unreachable;
    }

    private final Path root;
    private final Map<String, Object> monitors = new ConcurrentHashMap<>();

    PackCache(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /** The folder of one repository location. */
    Path folder(String location) {
        String name = new PackSource(location, PackSource.Kind.GIT, location, null).shortName()
                .replaceAll("[^A-Za-z0-9._-]", "-");
        name = name.isEmpty() || name.startsWith(".") ? "pack" + name : name;
        return root.resolve(name + "-" + Hashing.sha256(location).substring(0, 16));
    }

    /** The files of a commit, if already written. */
    Path tree(String location, String commit) {
        return folder(location).resolve("trees").resolve(commit);
    }

    /** Runs the work on the location's repository (created when missing) while holding its lock. */
    <T> T locked(String location, Work<T> work) throws GitClient.Unreachable {
        Path folder = folder(location);
        synchronized (monitors.computeIfAbsent(location, k -> new Object())) {
            try {
                Files.createDirectories(folder);
                if (!Files.exists(folder.resolve("source"))) {
                    // for people looking into the cache: which repository this folder holds
                    Files.writeString(folder.resolve("source"), location + "\n", StandardCharsets.UTF_8);
                }
                try (FileChannel channel = FileChannel.open(folder.resolve("lock"), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE); FileLock lock = channel.lock();
                        Repository repository = GitClient.open(folder.resolve("repo.git"))) {
                    return work.run(repository);
                }
            }
            catch (IOException e) {
                throw new UncheckedIOException("pack cache " + folder + ": " + e.getMessage(), e);
            }
        }
    }

    /** The files of a commit the repository has, written on first use (call with the location's lock held). */
    Path export(String location, Repository repository, String commit) throws IOException {
        Path tree = tree(location, commit);
        if (Files.isDirectory(tree)) {
            return tree;
        }
        Path partial = tree.resolveSibling(".partial-" + commit + "-" + ProcessHandle.current().pid());
        deleteTree(partial);
        try {
            TreeExport.export(repository, commit, partial);
            move(partial, tree);
        }
        finally {
            deleteTree(partial);
        }
        return tree;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
        catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            // another process wrote the same commit first: its files are the same
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
