package dev.agentry.app;

import java.nio.file.Path;
import java.util.List;

import dev.agentry.apply.Workspace;
import dev.agentry.catalog.Catalog;

/** {@code list}: the catalogue as a user sees it, with the layers of a target and any extra folders. */
public final class Catalogs {

    private final Scaffolds scaffolds;

    public Catalogs(Scaffolds scaffolds) {
        this.scaffolds = scaffolds;
    }

    /** The catalogue for a target (its own .agentry/scaffolds/ included) plus extra scaffold folders. */
    public Catalog list(Path target, List<Path> extraFolders) {
        Workspace workspace = Workspace.of(target);
        List<String> folders = extraFolders.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList();
        return scaffolds.load(Pipeline.layers(workspace, folders)).catalog();
    }
}
