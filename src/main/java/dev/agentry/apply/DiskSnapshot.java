package dev.agentry.apply;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.agentry.plan.DesiredFile;
import dev.agentry.plan.DiskView;
import dev.agentry.plan.RecordedFile;

/**
 * The target's files a plan can look at, read up front: every path the team wants or agentry recorded, and the
 * {@code .rej} beside each, so that planning reads nothing more from the disk. A path that could not be read (a folder
 * where a file should be, an unreadable file) keeps its error, thrown where the plan looks at it, as a read then would.
 */
public final class DiskSnapshot implements DiskView {

    /** One path's text, or none, or why it could not be read. */
    private record Read(Optional<String> text, RuntimeException failure) {
    }

    private final Map<String, Read> reads;

    private DiskSnapshot(Map<String, Read> reads) {
        this.reads = reads;
    }

    /** Reads the paths of the desired, recorded and released files, and their .rej files, through {@code disk}. */
    public static DiskSnapshot read(DiskView disk, List<DesiredFile> desired, Collection<RecordedFile> recorded,
            Collection<RecordedFile> released) {
        Map<String, Read> reads = new LinkedHashMap<>();
        desired.forEach(file -> readWithRej(disk, file.path(), reads));
        recorded.forEach(file -> readWithRej(disk, file.path(), reads));
        released.forEach(file -> readWithRej(disk, file.path(), reads));
        return new DiskSnapshot(reads);
    }

    private static void readWithRej(DiskView disk, String path, Map<String, Read> reads) {
        readOnce(disk, path, reads);
        readOnce(disk, path + ".rej", reads);
    }

    private static void readOnce(DiskView disk, String path, Map<String, Read> reads) {
        if (!reads.containsKey(path)) {
            try {
                reads.put(path, new Read(disk.read(path), null));
            }
            catch (RuntimeException e) {
                reads.put(path, new Read(Optional.empty(), e));
            }
        }
    }

    /**
     * The text read for the path.
     *
     * @throws IllegalStateException when the path was not read up front (a plan looking further than its files)
     */
    @Override
    public Optional<String> read(String path) {
        Read read = reads.get(path);
        if (read == null) {
            throw new IllegalStateException("planning looked at " + path + ", which was not read up front");
        }
        if (read.failure() != null) {
            throw read.failure();
        }
        return read.text();
    }
}
