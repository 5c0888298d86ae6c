package dev.agentry.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns the operating system's file errors (permission denied, read-only file system, a file where a folder must
 * be, no space left ...) into agentry's errors: the path, the cause in plain words and what to do about it, exit 2.
 * They are problems of the user's folders, never internal errors.
 */
public final class IoFailures {

    /** What went wrong, as far as agentry can tell from the error. */
    public enum Cause {
        PERMISSION("permission denied"),
        READ_ONLY("the file system is read-only"),
        NOT_A_FOLDER("a file is where a folder must be"),
        NO_SPACE("no space left on the disk"),
        MISSING("it does not exist"),
        OTHER("");

        private final String words;

        Cause(String words) {
            this.words = words;
        }
    }

    /** What agentry was doing, as the message says it, and the access that needs. */
    public enum Doing {
        READ("read", Access.READ),
        USE("use", Access.ANY),
        WRITE("write", Access.WRITE),
        DELETE("delete", Access.WRITE),
        REMOVE("remove", Access.WRITE),
        BACK_UP("back up", Access.WRITE),
        LOCK("take the lock", Access.WRITE),
        FOLLOW_LINK("follow the link", Access.READ),
        /** Writing files in a folder (the path is the folder itself). */
        WRITE_IN("write in", Access.WRITE);

        private final String words;
        private final Access access;

        Doing(String words, Access access) {
            this.words = words;
            this.access = access;
        }
    }

    private enum Access { READ, WRITE, ANY }

    private IoFailures() {
    }

    /** The error for a failed operation on a path, such as {@code of(e, Doing.WRITE, file, "Nothing was written.")}. */
    public static AgentryException of(IOException e, Doing doing, Path path, String status) {
        Cause cause = cause(e, path);
        String words = cause == Cause.OTHER ? reason(e) : cause.words;
        String message = "Cannot " + doing.words + " " + path + ": " + words + ". " + hint(cause, path, doing) + "."
                + (status == null || status.isEmpty() ? "" : " " + status);
        return new AgentryException(ExitCode.USAGE, message, e);
    }

    /** The error for a failed operation on a path, with nothing to add about what was written. */
    public static AgentryException of(IOException e, Doing doing, Path path) {
        return of(e, doing, path, null);
    }

    /** The error for an I/O failure that reached a command without its path: the error's own file is named. */
    public static AgentryException of(UncheckedIOException e) {
        IOException cause = e.getCause();
        Path file = cause instanceof FileSystemException fse && fse.getFile() != null ? Path.of(fse.getFile()) : null;
        if (file != null) {
            return of(cause, e.getMessage() != null && e.getMessage().startsWith("cannot read") ? Doing.READ : Doing.USE, file);
        }
        return new AgentryException(ExitCode.USAGE, "A file operation failed: " + e.getMessage() + " (" + reason(cause)
                + "). Check the target's folders (permissions, free space) and run again.", e);
    }

    /** What the error says went wrong. */
    public static Cause cause(IOException e, Path path) {
        if (e instanceof AccessDeniedException) {
            return Cause.PERMISSION;
        }
        if (e instanceof NotDirectoryException) {
            return Cause.NOT_A_FOLDER;
        }
        if (e instanceof NoSuchFileException) {
            return fileInTheWay(path) != null ? Cause.NOT_A_FOLDER : Cause.MISSING;
        }
        if (e instanceof FileAlreadyExistsException) {
            return fileInTheWay(path) != null ? Cause.NOT_A_FOLDER : Cause.OTHER;
        }
        String reason = reason(e).toLowerCase(Locale.ROOT);
        if (reason.contains("read-only file system")) {
            return Cause.READ_ONLY;
        }
        if (reason.contains("not a directory")) {
            return Cause.NOT_A_FOLDER;
        }
        if (reason.contains("no space left") || reason.contains("quota")) {
            return Cause.NO_SPACE;
        }
        if (reason.contains("operation not permitted") || reason.contains("permission denied")) {
            return Cause.PERMISSION;
        }
        return Cause.OTHER;
    }

    private static String hint(Cause cause, Path path, Doing doing) {
        Path folder = folderOf(path, doing);
        return switch (cause) {
            case PERMISSION -> switch (doing.access) {
                case READ -> "Give your user read access to it (ls -l shows owner and mode), or run agentry as its owner";
                case ANY -> "Give your user access to it (ls -l shows owner and mode), or run agentry as its owner";
                case WRITE -> "Give your user write access to " + folder + " (ls -ld shows owner and mode), or run agentry"
                        + " as its owner";
            };
            case READ_ONLY -> "Remount it read-write, or work on a writable copy of the repository";
            case NOT_A_FOLDER -> {
                Path file = fileInTheWay(path);
                yield (file == null ? "A part of the path" : file + " is a file and") + " cannot hold other files: rename or"
                        + " move it, or choose another --target";
            }
            case NO_SPACE -> "Free some space on the disk that holds " + folder + " and run again";
            case MISSING -> "It disappeared while agentry was working (another program?): run again";
            case OTHER -> "Fix that and run again";
        };
    }

    /**
     * The folder whose permissions or file system decide: the one written in, or that holds the file, or, when it does
     * not exist yet, the nearest existing folder above it (where it would be created).
     */
    private static Path folderOf(Path path, Doing doing) {
        Path absolute = path.toAbsolutePath();
        Path folder = doing == Doing.WRITE_IN || absolute.getParent() == null ? absolute : absolute.getParent();
        while (folder.getParent() != null && !Files.exists(folder)) {
            folder = folder.getParent();
        }
        return folder;
    }

    /** The nearest existing ancestor of a path (the path itself included) when it is not a folder: a file in the way. */
    static Path fileInTheWay(Path path) {
        for (Path current = path.toAbsolutePath(); current != null; current = current.getParent()) {
            if (Files.exists(current)) {
                return Files.isDirectory(current) ? null : current;
            }
        }
        return null;
    }

    /** The operating system's own words, without the path Java puts in front of them. */
    private static String reason(IOException e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
