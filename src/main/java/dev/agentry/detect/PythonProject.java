package dev.agentry.detect;

import java.util.Map;

import dev.agentry.catalog.Ecosystem;
import dev.agentry.codec.Manifests;

/**
 * {@code pyproject.toml} and {@code Pipfile}: the requirements of the project (PEP 621), its optional and dependency
 * groups (PEP 735), Poetry's, PDM's and uv's tables, and Pipenv's packages.
 */
final class PythonProject implements ManifestReader {

    @Override
    public boolean reads(String path) {
        String name = PathIndex.name(path);
        return name.equals("pyproject.toml") || name.equals("Pipfile");
    }

    @Override
    public void read(String path, String text, Facts facts) {
        Map<String, Object> toml = Manifests.toml(text, path);
        if (PathIndex.name(path).equals("Pipfile")) {
            names(toml.get("packages"), path, facts);
            names(toml.get("dev-packages"), path, facts);
            return;
        }
        requirements(Values.at(toml, "project", "dependencies"), path, facts);
        Values.map(Values.at(toml, "project", "optional-dependencies")).values().forEach(r -> requirements(r, path, facts));
        Values.map(toml.get("dependency-groups")).values().forEach(r -> requirements(r, path, facts));
        requirements(Values.at(toml, "tool", "uv", "dev-dependencies"), path, facts);
        Values.map(Values.at(toml, "tool", "pdm", "dev-dependencies")).values().forEach(r -> requirements(r, path, facts));
        names(Values.at(toml, "tool", "poetry", "dependencies"), path, facts);
        names(Values.at(toml, "tool", "poetry", "dev-dependencies"), path, facts);
        Values.map(Values.at(toml, "tool", "poetry", "group")).values()
                .forEach(group -> names(Values.at(group, "dependencies"), path, facts));
    }

    /** A list of PEP 508 requirement strings (tables, such as {include-group = ...}, name none). */
    private static void requirements(Object list, String path, Facts facts) {
        for (Object item : Values.list(list)) {
            if (item instanceof String requirement) {
                facts.dependency(Ecosystem.PYPI, Pep508.name(requirement), path);
            }
        }
    }

    /** A table whose keys are distribution names (Poetry, Pipenv); "python" is the interpreter, not a package. */
    private static void names(Object table, String path, Facts facts) {
        Values.map(table).keySet().forEach(name -> {
            if (!"python".equalsIgnoreCase(String.valueOf(name))) {
                facts.dependency(Ecosystem.PYPI, String.valueOf(name), path);
            }
        });
    }
}
