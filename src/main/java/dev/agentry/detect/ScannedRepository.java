package dev.agentry.detect;

import java.nio.file.Path;

/** A repository's paths and manifests as detection read them, before any catalogue is matched against them. */
public final class ScannedRepository {

    private final Path root;
    private final Scan scan;

    ScannedRepository(Path root, Scan scan) {
        this.root = root;
        this.scan = scan;
    }

    /** The repository's folder, with symbolic links resolved. */
    public Path root() {
        return root;
    }

    Scan scan() {
        return scan;
    }
}
