package dev.agentry.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.agentry.TestLayers;
import dev.agentry.catalog.Catalog;
import dev.agentry.catalog.CatalogLoader;
import dev.agentry.catalog.DirectoryLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Which combinations of project type x stack x deployment a layer affects, so that scaffolds check renders those. */
class AffectedCombinationsTests {

    @TempDir
    Path folder;

    private static final Catalog BUILT_IN = new CatalogLoader().load(List.of());

    private List<AffectedCombinations.Combination> affected(Map<String, String> files) {
        DirectoryLayer layer = TestLayers.layer(folder, files);
        return AffectedCombinations.of(BUILT_IN, new CatalogLoader().load(List.of(layer)), layer);
    }

    private static int everyCombination() {
        return BUILT_IN.projectTypes().stream().mapToInt(t -> BUILT_IN.stacksFor(t.id()).size()).sum()
                * BUILT_IN.deployments().size();
    }

    /** The built-in entry with this id from a catalogue file, with one line changed: a layer that replaces it. */
    private static String replaced(String file, String key, String id, String from, String to) throws IOException {
        String text;
        try (InputStream in = AffectedCombinationsTests.class.getResourceAsStream("/scaffolds/" + file)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int start = text.indexOf("\n  - id: " + id + "\n");
        int end = text.indexOf("\n  - id: ", start + 1);
        String entry = text.substring(start + 1, end < 0 ? text.length() : end + 1);
        assertThat(entry).contains(from);
        return key + ":\n" + entry.replace(from, to);
    }

    @Test
    void aTemplateOfAnAgentInEveryTeamAffectsEveryCombination() throws Exception {
        assertThat(affected(Map.of("templates/code-reviewer.ftl", "# Role\nx\n"))).hasSize(everyCombination());
    }

    @Test
    void aReplacedStackAffectsOnlyItsCombinations() throws Exception {
        List<AffectedCombinations.Combination> combinations = affected(Map.of("stacks.yml", replaced("stacks.yml", "stacks",
                "go", "    name: Go", "    name: Go at Acme")));
        assertThat(combinations).isNotEmpty().allMatch(c -> c.stack().equals("go"));
        long typesWithGo = BUILT_IN.projectTypes().stream().filter(t -> BUILT_IN.stacksFor(t.id()).stream()
                .anyMatch(s -> s.id().equals("go"))).count();
        assertThat(combinations).hasSize((int) typesWithGo * BUILT_IN.deployments().size());
    }

    @Test
    void aReplacedDeploymentAffectsOnlyItsCombinations() throws Exception {
        List<AffectedCombinations.Combination> combinations = affected(Map.of("deployments.yml", replaced("deployments.yml",
                "deployments", "gcp", "    name: Google Cloud", "    name: Google Cloud at Acme")));
        assertThat(combinations).hasSize(everyCombination() / BUILT_IN.deployments().size())
                .allMatch(c -> c.deployment().equals("gcp"));
    }

    @Test
    void aSharedTemplateAffectsEveryCombinationAndAManifestNone() throws Exception {
        assertThat(affected(Map.of("catalog.yml", "name: acme\nversion: 1.0.0\n"))).isEmpty();
        assertThat(affected(Map.of("templates/lib/extra.ftl", "<#macro x></#macro>\n"))).hasSize(everyCombination());
    }

    @Test
    void theCustomTypeIsCheckedWithEveryRole() throws Exception {
        List<AffectedCombinations.Combination> custom = affected(Map.of("templates/code-reviewer.ftl", "# Role\nx\n")).stream()
                .filter(c -> c.projectType().equals("custom")).toList();
        assertThat(custom).isNotEmpty().allSatisfy(c -> assertThat(c.agents()).hasSize(BUILT_IN.roles().size()));
    }
}
