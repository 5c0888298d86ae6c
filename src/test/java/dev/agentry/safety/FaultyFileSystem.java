package dev.agentry.safety;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.BiPredicate;

import dev.agentry.apply.FileSystem;

/**
 * The real file system, except that some operations fail as the operating system would fail them: a folder that may
 * not be written (permission denied), a read-only file system, a full disk. Tests use it where the condition cannot be
 * made for real, which is everywhere when they run as root (root may write any folder, whatever its mode).
 */
final class FaultyFileSystem implements FileSystem {

    /** How one operation fails. */
    @FunctionalInterface
    interface Failure {
        IOException of(Path path);
    }

    private final BiPredicate<String, Path> fails;
    private final Failure failure;

    /** Fails every operation {@code fails} picks (by kind: read, write, move, delete, mkdir, copy, check, mode). */
    FaultyFileSystem(BiPredicate<String, Path> fails, Failure failure) {
        this.fails = fails;
        this.failure = failure;
    }

    /** Writing in this folder (creating, replacing or deleting its files) is denied, as chmod a-w would make it. */
    static FaultyFileSystem deniedWritesIn(Path folder) {
        return failingWritesIn(folder, path -> new AccessDeniedException(path.toString()));
    }

    /** Writing in this folder (but not in its subfolders) fails so. */
    static FaultyFileSystem failingWritesIn(Path folder, Failure failure) {
        return new FaultyFileSystem((op, path) -> op.equals("check") ? folder.equals(path)
                : !op.equals("read") && folder.equals(path.getParent()), failure);
    }

    /** Reading this file is denied, as chmod a-r would make it. */
    static FaultyFileSystem deniedReadsOf(Path file) {
        return new FaultyFileSystem((op, path) -> op.equals("read") && path.equals(file),
                path -> new AccessDeniedException(path.toString()));
    }

    /** True when this process is refused writes to a folder without write permission (not root, that is). */
    static boolean permissionsEnforced(Path scratch) throws IOException {
        Path probe = Files.createTempDirectory(scratch, "probe");
        Files.setPosixFilePermissions(probe, PosixFilePermissions.fromString("r-x------"));
        try {
            return !Files.isWritable(probe);
        }
        finally {
            Files.setPosixFilePermissions(probe, PosixFilePermissions.fromString("rwx------"));
            Files.delete(probe);
        }
    }

    private void step(String op, Path path) throws IOException {
        if (fails.test(op, path.toAbsolutePath().normalize())) {
            throw failure.of(path);
        }
    }

    @Override
    public void write(Path file, byte[] bytes) throws IOException {
        step("write", file);
        REAL.write(file, bytes);
    }

    @Override
    public void writeDurably(Path file, byte[] bytes) throws IOException {
        step("write", file);
        REAL.writeDurably(file, bytes);
    }

    @Override
    public void moveAtomically(Path from, Path to) throws IOException {
        step("move", to);
        REAL.moveAtomically(from, to);
    }

    @Override
    public void deleteIfExists(Path file) throws IOException {
        step("delete", file);
        REAL.deleteIfExists(file);
    }

    @Override
    public void createDirectories(Path folder) throws IOException {
        step("mkdir", folder);
        REAL.createDirectories(folder);
    }

    @Override
    public void copy(Path from, Path to) throws IOException {
        step("copy", to);
        REAL.copy(from, to);
    }

    @Override
    public byte[] read(Path file) throws IOException {
        step("read", file);
        return REAL.read(file);
    }

    @Override
    public void checkWritable(Path folder) throws IOException {
        step("check", folder);
        REAL.checkWritable(folder);
    }

    @Override
    public void copyMode(Path from, Path to) throws IOException {
        step("mode", to);
        REAL.copyMode(from, to);
    }
}
