package dev.agentry.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import dev.agentry.support.RelativePaths;
import dev.agentry.support.Text;

/** The built-in scaffolds, packaged in agentry's jar under {@code scaffolds/}. */
public final class ClasspathLayer implements ScaffoldLayer {

    private final String base;

    public ClasspathLayer() {
        this("scaffolds/");
    }

    ClasspathLayer(String base) {
        this.base = base;
    }

    @Override
    public String name() {
        return "built-in";
    }

    @Override
    public Optional<String> read(String relativePath) {
        if (!RelativePaths.isSafe(relativePath)) {
            return Optional.empty();
        }
        try (InputStream in = ClasspathLayer.class.getClassLoader().getResourceAsStream(base + relativePath)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(Text.normalize(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in scaffold " + relativePath, e);
        }
    }

    @Override
    public boolean exists(String relativePath) {
        return RelativePaths.isSafe(relativePath)
                && ClasspathLayer.class.getClassLoader().getResource(base + relativePath) != null;
    }

    @Override
    public List<String> list(String relativeFolder) {
        // the built-in catalogue declares everything in its YAML files and has no legacy agent folder
        return List.of();
    }

    /** True for agentry's own scaffolds (not a test's other resource folder). */
    boolean isDefault() {
        return "scaffolds/".equals(base);
    }

    @Override
    public boolean builtIn() {
        return true;
    }
}
