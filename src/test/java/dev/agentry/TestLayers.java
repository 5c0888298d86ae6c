package dev.agentry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.agentry.catalog.DirectoryLayer;

/** Builds scaffold layers in temporary folders for tests. */
public final class TestLayers {

    private TestLayers() {
    }

    /** Writes the files (relative path to text) under {@code folder} and returns it as a layer named "fixture". */
    public static DirectoryLayer layer(Path folder, Map<String, String> files) {
        write(folder, files);
        return new DirectoryLayer(folder, "fixture");
    }

    public static void write(Path folder, Map<String, String> files) {
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = folder.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
