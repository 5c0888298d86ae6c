package dev.agentry.detect;

import java.util.Map;

import dev.agentry.catalog.Ecosystem;
import dev.agentry.codec.Manifests;

/**
 * A Gradle version catalogue ({@code gradle/libs.versions.toml}): the coordinates of its libraries and the ids of its
 * plugins, in each of the forms the format allows.
 */
final class GradleVersionCatalog implements ManifestReader {

    @Override
    public boolean reads(String path) {
        return PathIndex.name(path).endsWith(".versions.toml");
    }

    @Override
    public void read(String path, String text, Facts facts) {
        Map<String, Object> catalog = Manifests.toml(text, path);
        Values.map(catalog.get("libraries")).values().forEach(library -> {
            if (library instanceof String notation) {
                facts.dependency(Ecosystem.MAVEN, coordinates(notation), path);
            }
            else if (Values.at(library, "module") instanceof String module) {
                facts.dependency(Ecosystem.MAVEN, module, path);
            }
            else if (Values.at(library, "group") instanceof String group
                    && Values.at(library, "name") instanceof String name) {
                facts.dependency(Ecosystem.MAVEN, group + ":" + name, path);
            }
        });
        Values.map(catalog.get("plugins")).values().forEach(plugin -> {
            if (plugin instanceof String notation) {
                facts.dependency(Ecosystem.GRADLE_PLUGIN, notation.split(":")[0], path);
            }
            else if (Values.at(plugin, "id") instanceof String id) {
                facts.dependency(Ecosystem.GRADLE_PLUGIN, id, path);
            }
        });
    }

    /** "group:artifact:version" without the version. */
    private static String coordinates(String notation) {
        String[] parts = notation.split(":");
        return parts.length >= 2 ? parts[0] + ":" + parts[1] : notation;
    }
}
