package dev.agentry.render;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.agentry.catalog.ScaffoldLayer;
import freemarker.cache.TemplateLoader;

/**
 * Loads templates from the {@code templates/} folders of the scaffold layers, the last layer first. Nothing
 * outside those folders can be loaded, and each template's source is checked by {@link TemplateSafety}
 * before FreeMarker parses it.
 */
final class LayerTemplateLoader implements TemplateLoader {

    private final List<ScaffoldLayer> layers;
    private final Map<String, String> locations = new ConcurrentHashMap<>();

    LayerTemplateLoader(List<ScaffoldLayer> layers) {
        List<ScaffoldLayer> reversed = new ArrayList<>(layers);
        Collections.reverse(reversed);
        this.layers = List.copyOf(reversed);
    }

    @Override
    public Object findTemplateSource(String name) {
        for (ScaffoldLayer layer : layers) {
            Optional<String> text = layer.read("templates/" + name);
            if (text.isPresent()) {
                locations.put(name, describe(layer, name));
                return new Source(describe(layer, name), text.get());
            }
        }
        return null;
    }

    /** Where the template of that name was loaded from, for messages; the name itself when unknown. */
    String location(String name) {
        return name == null ? "template" : locations.getOrDefault(name, name);
    }

    /** Where a template comes from, as shown in messages. */
    static String describe(ScaffoldLayer layer, String name) {
        return (layer.builtIn() ? "built-in scaffolds" : layer.name()) + "/templates/" + name;
    }

    @Override
    public long getLastModified(Object templateSource) {
        return 0;
    }

    @Override
    public Reader getReader(Object templateSource, String encoding) {
        Source source = (Source) templateSource;
        TemplateSafety.check(source.text(), source.location());
        return new StringReader(source.text());
    }

    @Override
    public void closeTemplateSource(Object templateSource) {
        // sources are in memory
    }

    /** A template's text and where it was found. */
    record Source(String location, String text) {
    }
}
