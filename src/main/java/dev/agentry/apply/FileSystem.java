package dev.agentry.apply;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;

/**
 * The file operations the writer performs, behind an interface so that tests can make any step fail
 * (fault injection) and check that the previous team and state survive.
 */
public interface FileSystem {

    /** Writes bytes to a new file. */
    void write(Path file, byte[] bytes) throws IOException;

    /** Writes bytes to a new file and forces them to disk (the journal: the commit point of a transaction). */
    void writeDurably(Path file, byte[] bytes) throws IOException;

    /** Renames atomically, replacing the destination. */
    void moveAtomically(Path from, Path to) throws IOException;

    void deleteIfExists(Path file) throws IOException;

    void createDirectories(Path folder) throws IOException;

    void copy(Path from, Path to) throws IOException;

    /** Reads a whole file (following a symbolic link). */
    default byte[] read(Path file) throws IOException {
        return Files.readAllBytes(file);
    }

    /**
     * Fails, as the write would, when this process cannot create or replace files in the folder: permission denied,
     * or a read-only file system. Asked before a run writes anything (see {@link Preflight}).
     */
    default void checkWritable(Path folder) throws IOException {
        if (!Files.isWritable(folder)) {
            if (Files.getFileStore(folder).isReadOnly()) {
                throw new FileSystemException(folder.toString(), null, "Read-only file system");
            }
            throw new AccessDeniedException(folder.toString());
        }
    }

    /**
     * Gives {@code to} the permissions of {@code from}, so that a file replaced by a rename keeps its mode; nothing on a
     * file system without POSIX permissions.
     */
    default void copyMode(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (view != null) {
            view.setPermissions(Files.readAttributes(from, PosixFileAttributes.class).permissions());
        }
    }

    /** The real file system. */
    FileSystem REAL = new FileSystem() {
        @Override
        public void write(Path file, byte[] bytes) throws IOException {
            Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }

        @Override
        public void writeDurably(Path file, byte[] bytes) throws IOException {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
        }

        @Override
        public void moveAtomically(Path from, Path to) throws IOException {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }

        @Override
        public void deleteIfExists(Path file) throws IOException {
            Files.deleteIfExists(file);
        }

        @Override
        public void createDirectories(Path folder) throws IOException {
            Files.createDirectories(folder);
        }

        @Override
        public void copy(Path from, Path to) throws IOException {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        }
    };
}
