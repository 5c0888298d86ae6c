package dev.agentry.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import dev.agentry.codec.Codec;
import dev.agentry.support.RelativePaths;

/** A layer of scaffolds in a folder; symbolic links that lead out of the folder are not followed. */
public final class DirectoryLayer implements ScaffoldLayer {

    private final Path root;
    private final String name;

    public DirectoryLayer(Path root, String name) {
        this.root = root.toAbsolutePath().normalize();
        this.name = name;
    }

    public Path root() {
        return root;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Optional<String> read(String relativePath) {
        Optional<Path> file = resolve(relativePath);
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            return Optional.empty();
        }
        try {
            return Optional.of(Codec.decode(Files.readAllBytes(file.get()), name + "/" + relativePath));
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.get(), e);
        }
    }

    @Override
    public boolean exists(String relativePath) {
        return resolve(relativePath).filter(Files::isRegularFile).isPresent();
    }

    @Override
    public boolean isFolder(String relativeFolder) {
        return resolve(relativeFolder).filter(Files::isDirectory).isPresent();
    }

    @Override
    public List<String> list(String relativeFolder) {
        Optional<Path> folder = resolve(relativeFolder);
        if (folder.isEmpty() || !Files.isDirectory(folder.get())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder.get())) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder.get(), e);
        }
    }

    /** Resolves inside the layer, or nothing when the path or a link in it leads outside. */
    private Optional<Path> resolve(String relativePath) {
        if (!RelativePaths.isSafe(relativePath)) {
            return Optional.empty();
        }
        Path candidate = root.resolve(relativePath).normalize();
        if (!candidate.startsWith(root)) {
            return Optional.empty();
        }
        if (!Files.exists(candidate)) {
            return Optional.of(candidate);
        }
        try {
            Path real = candidate.toRealPath();
            return real.startsWith(root.toRealPath()) ? Optional.of(real) : Optional.empty();
        }
        catch (IOException e) {
            return Optional.empty();
        }
    }
}
