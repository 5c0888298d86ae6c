package dev.agentry.detect;

import java.util.List;
import java.util.Map;

import dev.agentry.catalog.Ecosystem;
import dev.agentry.codec.Manifests;

/** {@code package.json}, at any depth: its dependencies of every kind, and its scripts as commands. */
final class NpmManifest implements ManifestReader {

    private static final List<String> DEPENDENCY_KEYS = List.of("dependencies", "devDependencies", "peerDependencies",
            "optionalDependencies");

    @Override
    public boolean reads(String path) {
        return PathIndex.name(path).equals("package.json");
    }

    @Override
    public void read(String path, String text, Facts facts) {
        Map<?, ?> manifest = Values.document(Manifests.json(text, path), path, "JSON");
        for (String key : DEPENDENCY_KEYS) {
            Values.map(manifest.get(key)).keySet()
                    .forEach(name -> facts.dependency(Ecosystem.NPM, String.valueOf(name), path));
        }
        Values.map(manifest.get("scripts")).forEach((name, script) -> {
            if (script instanceof String line) {
                facts.script(line, path, Shell.aboutDeploying(String.valueOf(name)));
            }
        });
    }
}
