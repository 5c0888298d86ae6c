package dev.agentry.app;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.agentry.catalog.Catalog;
import dev.agentry.catalog.CatalogLoader;
import dev.agentry.catalog.DirectoryLayer;
import dev.agentry.catalog.ScaffoldLayer;
import dev.agentry.render.TeamRenderer;
import dev.agentry.support.Timings;

/**
 * Loaded catalogues and their renderers, kept per set of layers so that a process working on many targets
 * reads and parses each scaffold once.
 */
public final class Scaffolds {

    /** A catalogue with the renderer of its templates. */
    public record Loaded(Catalog catalog, TeamRenderer renderer) {
    }

    private final Map<List<String>, Loaded> cache = new ConcurrentHashMap<>();

    /** The catalogue of the built-in scaffolds plus these layers, and its renderer. */
    public Loaded load(List<ScaffoldLayer> layers) {
        List<String> key = key(layers);
        return cache.computeIfAbsent(key, k -> {
            Catalog catalog = new CatalogLoader().load(layers);
            Timings.mark("catalogue load");
            TeamRenderer renderer = new TeamRenderer(catalog.layers());
            Timings.mark("template engine");
            return new Loaded(catalog, renderer);
        });
    }

    /** The catalogue of these layers, without starting a template engine when none is loaded for them yet. */
    public Catalog catalog(List<ScaffoldLayer> layers) {
        Loaded loaded = cache.get(key(layers));
        return loaded != null ? loaded.catalog() : new CatalogLoader().load(layers);
    }

    private static List<String> key(List<ScaffoldLayer> layers) {
        return layers.stream().map(l -> l instanceof DirectoryLayer d ? d.root().toString() : l.name()).toList();
    }
}
