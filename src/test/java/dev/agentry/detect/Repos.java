package dev.agentry.detect;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.agentry.TestLayers;
import dev.agentry.catalog.Catalog;
import dev.agentry.catalog.CatalogLoader;

/** Small repositories written for a test, and detection on them with the built-in catalogue. */
final class Repos {

    static final Catalog BUILT_IN = new CatalogLoader().load(List.of());

    private Repos() {
    }

    /** Writes the files (path to text; a path ending in / is a folder) and detects. */
    static Detection detect(Path root, Map<String, String> files) {
        write(root, files);
        return new Detector(BUILT_IN).detect(root);
    }

    static Path write(Path root, Map<String, String> files) {
        files.forEach((path, text) -> {
            if (path.endsWith("/")) {
                try {
                    java.nio.file.Files.createDirectories(root.resolve(path));
                }
                catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            else {
                TestLayers.write(root, Map.of(path, text));
            }
        });
        return root;
    }
}
