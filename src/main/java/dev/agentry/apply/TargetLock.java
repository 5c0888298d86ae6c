package dev.agentry.apply;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

import dev.agentry.support.AgentryException;

/**
 * One run at a time per target: an OS file lock on {@code .agentry/lock}. The OS releases it when the process
 * ends, so a lock left by a killed run never blocks the next one. A second run waits briefly, then exits 4.
 */
public final class TargetLock implements AutoCloseable {

    /** How long a run waits for another run on the same target to finish. */
    public static final Duration WAIT = Duration.ofSeconds(10);

    private final FileChannel channel;
    private final FileLock lock;

    private TargetLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static TargetLock acquire(Workspace workspace, Duration wait) {
        Path file = PathGuard.check(workspace, Workspace.META + "/lock");
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            long deadline = System.nanoTime() + wait.toNanos();
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    return new TargetLock(channel, lock);
                }
                if (System.nanoTime() > deadline) {
                    channel.close();
                    throw AgentryException.unsafe("Another agentry run is working on " + workspace.root() + " (it holds "
                            + file + "); waited " + wait.toSeconds() + " s. Run again when it has finished.");
                }
                Thread.sleep(50);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + file, e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw AgentryException.unsafe("Interrupted while waiting for another agentry run on " + workspace.root());
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        }
        catch (OverlappingFileLockException e) {
            // this process already works on the target (the same target given twice in fleet mode)
            return null;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        }
        catch (IOException e) {
            // the lock dies with the channel or the process in any case
        }
    }
}
