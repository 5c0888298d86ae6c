package dev.agentry.detect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.agentry.codec.Codec;

/**
 * The trees of real public repositories kept under {@code src/test/resources/detect/fixtures/}: each folder holds
 * {@code fixture.yml} (the repository, its commit, the answers a reader gives and why), {@code paths.txt} (every path
 * of the tree) and {@code files/} (the text of its manifests and deployment files).
 */
final class Fixtures {

    static final Path ROOT = Path.of("src/test/resources/detect/fixtures");

    /** One fixture, read. */
    record Fixture(String name, Path folder, String repository, String commit, boolean heldOut, Map<String, Object> answers,
            Map<String, Object> why, Map<String, Object> knownMisses) {
    }

    private Fixtures() {
    }

    static List<Fixture> all() {
        try (Stream<Path> folders = Files.list(ROOT)) {
            return folders.filter(Files::isDirectory).sorted().map(Fixtures::read).toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Fixture read(Path folder) {
        try {
            Map<String, Object> yaml = Codec.readYamlMap(Files.readString(folder.resolve("fixture.yml")), folder + "/fixture.yml");
            return new Fixture(folder.getFileName().toString(), folder, (String) yaml.get("repository"),
                    (String) yaml.get("commit"), Boolean.TRUE.equals(yaml.get("held-out")), (Map<String, Object>) yaml.get("answers"),
                    (Map<String, Object>) yaml.get("why"),
                    (Map<String, Object>) yaml.getOrDefault("known-misses", new LinkedHashMap<>()));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lays the fixture's tree out under {@code target}: every path as an empty file, then the kept texts over them. */
    static Path layOut(Fixture fixture, Path target) throws IOException {
        for (String path : Files.readAllLines(fixture.folder().resolve("paths.txt"), StandardCharsets.UTF_8)) {
            if (path.isBlank()) {
                continue;
            }
            Path file = target.resolve(path);
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                Files.createFile(file);
            }
        }
        Path files = fixture.folder().resolve("files");
        if (Files.isDirectory(files)) {
            List<Path> kept = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(files)) {
                walk.filter(Files::isRegularFile).forEach(kept::add);
            }
            for (Path file : kept) {
                Path copy = target.resolve(files.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return target;
    }
}
