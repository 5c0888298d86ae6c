package dev.agentry.detect;

import java.util.List;
import java.util.Map;

import dev.agentry.catalog.Ecosystem;
import dev.agentry.codec.Manifests;

/** Dart's {@code pubspec.yaml}: its dependencies and dev dependencies ({@code flutter} among them in a Flutter app). */
final class Pubspec implements ManifestReader {

    @Override
    public boolean reads(String path) {
        return PathIndex.name(path).equals("pubspec.yaml");
    }

    @Override
    public void read(String path, String text, Facts facts) {
        List<Object> documents = Manifests.yaml(text, path);
        Map<?, ?> pubspec = Values.document(documents.isEmpty() ? null : documents.get(0), path, "YAML");
        for (String key : List.of("dependencies", "dev_dependencies")) {
            Values.map(pubspec.get(key)).keySet()
                    .forEach(name -> facts.dependency(Ecosystem.PUB, String.valueOf(name), path));
        }
    }
}
