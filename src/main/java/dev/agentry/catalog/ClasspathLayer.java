package dev.agentry.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.stream.Stream;
import java.util.Optional;

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
        if (!LayerPaths.isSafeRelative(relativePath)) {
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
        return LayerPaths.isSafeRelative(relativePath)
                && ClasspathLayer.class.getClassLoader().getResource(base + relativePath) != null;
    }

    @Override
    public List<String> list(String relativeFolder) {
        if (!LayerPaths.isSafeRelative(relativeFolder)) {
            return List.of();
        }
        String prefix = base + relativeFolder + "/";
        URL url = ClasspathLayer.class.getClassLoader().getResource(prefix);
        if (url == null) {
            return List.of();
        }
        try {
            if (url.openConnection() instanceof JarURLConnection jar) {
                List<String> names = new ArrayList<>();
                jar.getJarFile().stream().map(JarEntry::getName)
                        .filter(n -> n.startsWith(prefix) && n.length() > prefix.length() && n.indexOf('/', prefix.length()) < 0)
                        .forEach(n -> names.add(n.substring(prefix.length())));
                Collections.sort(names);
                return names;
            }
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
            }
        }
        catch (IOException | URISyntaxException e) {
            return List.of();
        }
    }

    @Override
    public boolean builtIn() {
        return true;
    }
}
