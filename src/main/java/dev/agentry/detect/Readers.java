package dev.agentry.detect;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Every manifest reader, and which one reads a path. */
final class Readers {

    static final List<ManifestReader> ALL = List.of(new NpmManifest(), new MavenPom(), new GradleScript(),
            new GradleVersionCatalog(), new PythonProject(), new PythonRequirements(), new GoModule(), new Gemfile(),
            new MsBuildProject(), new Pubspec(), new Terraform(), new CiPipelines(), new ComposeFile(),
            new LegacyAgents());

    private Readers() {
    }

    /** Endings of the names some reader reads: every other file (a repository's sources) is passed over at once. */
    private static final Set<String> ENDINGS = Set.of(".json", ".xml", ".gradle", ".kts", ".toml", ".txt", ".mod",
            ".csproj", ".fsproj", ".vbproj", ".props", ".yaml", ".yml", ".tf", ".md", "Gemfile", "gems.rb", "Pipfile",
            "setup.py");

    static Optional<ManifestReader> forPath(String path) {
        String name = PathIndex.name(path);
        int dot = name.lastIndexOf('.');
        if (!ENDINGS.contains(dot < 0 ? name : name.substring(dot)) && !ENDINGS.contains(name)) {
            return Optional.empty();
        }
        for (ManifestReader reader : ALL) {
            if (reader.reads(path)) {
                return Optional.of(reader);
            }
        }
        return Optional.empty();
    }
}
