package dev.agentry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Snapshots of folder trees (relative path to content) for asserting what a run wrote. */
public final class Trees {

    private Trees() {
    }

    public static Map<String, String> snapshot(Path root) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(root)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString().replace('\\', '/'), Files.readString(path));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The snapshot without agentry's lock file, whose presence carries no content. */
    public static Map<String, String> content(Path root) {
        Map<String, String> files = snapshot(root);
        files.remove(".agentry/lock");
        return files;
    }
}
