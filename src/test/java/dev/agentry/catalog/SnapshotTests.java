package dev.agentry.catalog;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The build-time snapshot of the built-in catalogue holds exactly what parsing the built-in files gives. */
class SnapshotTests {

    private final ClasspathLayer builtIn = new ClasspathLayer();

    @Test
    void theBuildMadeASnapshotOfTheCurrentBuiltInFiles() throws Exception {
        assertThat(CatalogLoader.BuiltIn.SNAPSHOT).as("the build generates " + SnapshotWriter.CLASS_NAME).isNotNull();
        Object fingerprint = CatalogLoader.BuiltIn.SNAPSHOT.getClass().getDeclaredField("FINGERPRINT").get(null);
        assertThat(fingerprint).as("snapshot made from other files than the built-in scaffolds: rebuild")
                .isEqualTo(SnapshotWriter.fingerprint(builtIn));
    }

    @Test
    void everyBuiltInFileEqualsItsParsedRecord() {
        Function<String, Object> snapshot = CatalogLoader.BuiltIn.SNAPSHOT;
        for (Map.Entry<String, Class<? extends Record>> file : SnapshotWriter.FILES.entrySet()) {
            String text = builtIn.read(file.getKey()).orElseThrow();
            Record parsed = CatalogLoader.parse(text, builtIn, file.getKey(), file.getValue());
            assertThat(snapshot.apply(file.getKey())).as(file.getKey()).isInstanceOf(file.getValue()).isEqualTo(parsed);
        }
        assertThat(snapshot.apply("no-such-file.yml")).isNull();
    }

    @Test
    void catalogueFromTheSnapshotEqualsTheParsedCatalogue() {
        Catalog fromSnapshot = new CatalogLoader().load(List.of());
        Catalog parsed = new CatalogLoader(null).load(List.of());
        assertThat(fromSnapshot.version()).isEqualTo(parsed.version());
        assertThat(fromSnapshot.settings()).isEqualTo(parsed.settings());
        assertThat(fromSnapshot.stackVariables()).isEqualTo(parsed.stackVariables());
        assertThat(fromSnapshot.optionalStackVariables()).isEqualTo(parsed.optionalStackVariables());
        assertThat(fromSnapshot.deploymentVariables()).isEqualTo(parsed.deploymentVariables());
        assertThat(fromSnapshot.projectTypes()).isEqualTo(parsed.projectTypes());
        assertThat(fromSnapshot.deployments()).isEqualTo(parsed.deployments());
        assertThat(fromSnapshot.stacks()).isEqualTo(parsed.stacks());
        assertThat(fromSnapshot.agents()).isEqualTo(parsed.agents());
    }

    @Test
    void literalsEscapeEverythingJavaSourceCannotHoldAsIs() {
        assertThat(SnapshotWriter.literal("a\"b\\c\nd\te\u0001f é \u2028 \\u0041"))
                .isEqualTo("\"a\\\"b\\\\c\\nd\\te\\001f \\u00e9 \\u2028 \\\\u0041\"");
    }
}
