package dev.agentry.detect;

import java.util.List;
import java.util.Optional;

/** Every manifest reader, and which one reads a path. */
final class Readers {

    static final List<ManifestReader> ALL = List.of(new NpmManifest(), new MavenPom(), new GradleScript(),
            new GradleVersionCatalog(), new PythonProject(), new PythonRequirements(), new GoModule(), new Gemfile(),
            new MsBuildProject(), new Pubspec(), new Terraform(), new CiPipelines(), new ComposeFile(),
            new LegacyAgents());

    private Readers() {
    }

    static Optional<ManifestReader> forPath(String path) {
        return ALL.stream().filter(r -> r.reads(path)).findFirst();
    }
}
