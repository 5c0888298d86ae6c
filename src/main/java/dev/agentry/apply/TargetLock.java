package dev.agentry.apply;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import dev.agentry.support.AgentryException;
import dev.agentry.support.IoFailures;
import dev.agentry.support.IoFailures.Doing;

/**
 * One run at a time per target: an OS file lock on {@code .agentry/lock}. The OS releases it when the process
 * ends, so a lock left by a killed run never blocks the next one. A second run waits briefly, then exits 4.
 */
public final class TargetLock implements AutoCloseable {

    /** How long a run waits for another run on the same target to finish. */
    public static final Duration WAIT = Duration.ofSeconds(10);

    private final FileChannel channel;
    private final FileLock lock;
    /** The .agentry/ folder when this run created it for its lock, else null. */
    private final Path createdMeta;

    private TargetLock(FileChannel channel, FileLock lock, Path createdMeta) {
        this.channel = channel;
        this.lock = lock;
        this.createdMeta = createdMeta;
    }

    /**
     * Takes the target's lock, waiting up to {@code wait} for another run to release it; when it has to wait, it says so
     * once on stderr (a wait of seconds with nothing on the screen looks like a hang).
     */
    public static TargetLock acquire(Workspace workspace, Duration wait) {
        return acquire(workspace, wait, System.err::println);
    }

    /** The same, telling {@code notice} (once) that it waits. */
    static TargetLock acquire(Workspace workspace, Duration wait, Consumer<String> notice) {
        Path file = PathGuard.check(workspace, Workspace.META + "/lock");
        FileChannel channel;
        Path createdMeta = Files.isDirectory(file.getParent()) ? null : file.getParent();
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        }
        catch (IOException e) {
            throw IoFailures.of(e, Doing.LOCK, file, "agentry keeps its lock, answers and state in " + Workspace.META
                    + "/; nothing was written.");
        }
        try {
            long deadline = System.nanoTime() + wait.toNanos();
            boolean told = false;
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    return new TargetLock(channel, lock, createdMeta);
                }
                if (System.nanoTime() > deadline) {
                    channel.close();
                    throw AgentryException.unsafe("Another agentry run is working on " + workspace.root() + " (it holds "
                            + file + "); waited " + wait.toSeconds() + " s. Run again when it has finished.");
                }
                if (!told) {
                    notice.accept("agentry: waiting for another agentry run on " + workspace.root() + " to finish (it holds "
                            + file + "; up to " + wait.toSeconds() + " s)...");
                    told = true;
                }
                Thread.sleep(50);
            }
        }
        catch (IOException e) {
            closeQuietly(channel);
            throw IoFailures.of(e, Doing.LOCK, file, "Nothing was written.");
        }
        catch (InterruptedException e) {
            closeQuietly(channel);
            Thread.currentThread().interrupt();
            throw AgentryException.unsafe("Interrupted while waiting for another agentry run on " + workspace.root());
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        }
        catch (IOException e) {
            // the channel dies with the process in any case
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
        if (createdMeta != null) {
            // a first run that wrote nothing (refused, or failed before its commit point) leaves the folder as it found it
            try (Stream<Path> entries = Files.list(createdMeta)) {
                if (entries.map(p -> p.getFileName().toString()).toList().equals(List.of("lock"))) {
                    Files.deleteIfExists(createdMeta.resolve("lock"));
                    Files.deleteIfExists(createdMeta);
                }
            }
            catch (IOException e) {
                // another run has started writing there meanwhile, which is as it should be
            }
        }
    }
}
