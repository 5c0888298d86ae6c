package dev.agentry.app;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import dev.agentry.catalog.Catalog;
import dev.agentry.catalog.CatalogLoader;
import dev.agentry.catalog.DirectoryLayer;
import dev.agentry.catalog.ScaffoldLayer;
import dev.agentry.pack.Packs;
import dev.agentry.render.TeamRenderer;
import dev.agentry.support.Timings;

/**
 * Loaded catalogues and their renderers, kept per set of layers so that a process working on many targets
 * reads and parses each scaffold once; and the pack cache the layers of git sources come from.
 */
public final class Scaffolds {

    /**
     * A catalogue with the renderer of its templates, which is set up at its first use: a run that only reads the
     * catalogue (list, tab completion's ids) does not pay for the template engine's start, about 100 ms.
     */
    public static final class Loaded {

        private final Catalog catalog;
        private TeamRenderer renderer;

        Loaded(Catalog catalog) {
            this.catalog = catalog;
        }

        public Catalog catalog() {
            return catalog;
        }

        public TeamRenderer renderer() {
            return renderer(Timings.OFF);
        }

        /** The renderer, started on first use, which these timings record. */
        public synchronized TeamRenderer renderer(Timings timings) {
            if (renderer == null) {
                renderer = new TeamRenderer(catalog.layers());
                timings.mark("template engine");
            }
            return renderer;
        }
    }

    private final Map<List<String>, Loaded> cache = new ConcurrentHashMap<>();
    private final Supplier<Packs> packs;
    private final Packs[] made = new Packs[1];

    /** Scaffolds whose git sources come from the user's pack cache (opened on first use). */
    public Scaffolds() {
        this(Packs::standard);
    }

    /** Scaffolds whose git sources come from this pack cache. */
    public Scaffolds(Packs packs) {
        this(() -> packs);
    }

    private Scaffolds(Supplier<Packs> packs) {
        this.packs = () -> {
            synchronized (made) {
                if (made[0] == null) {
                    made[0] = packs.get();
                }
                return made[0];
            }
        };
    }

    /** The pack cache. */
    public Packs packs() {
        return packs.get();
    }

    /** A new command begins: the pack cache, if one is open, asks the remotes again (see {@link Packs#newCommand}). */
    public void newCommand() {
        synchronized (made) {
            if (made[0] != null) {
                made[0].newCommand();
            }
        }
    }

    /** The catalogue of the built-in scaffolds plus these layers, and its renderer. */
    public Loaded load(List<ScaffoldLayer> layers) {
        return load(layers, Timings.OFF);
    }

    /** The catalogue of the built-in scaffolds plus these layers, and its renderer; these timings record a load. */
    public Loaded load(List<ScaffoldLayer> layers, Timings timings) {
        List<String> key = key(layers);
        return cache.computeIfAbsent(key, k -> {
            Catalog catalog = new CatalogLoader().load(layers);
            timings.mark("catalogue load");
            return new Loaded(catalog);
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
