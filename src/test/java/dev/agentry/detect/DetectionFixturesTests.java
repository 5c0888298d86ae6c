package dev.agentry.detect;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.agentry.catalog.Catalog;
import dev.agentry.catalog.CatalogLoader;
import dev.agentry.interview.Keys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Detection on the trees of real public repositories gives the answers a reader gives ({@link Fixtures}). An answer
 * the files cannot show is listed in the fixture's {@code known-misses} with the reason; the test keeps that list
 * honest too (a known miss that detection now gets right must leave it). The results are written to
 * {@code target/detect-fixtures.txt}.
 */
class DetectionFixturesTests {

    private static final List<String> KEYS = List.of(Keys.PROJECT_TYPE, Keys.STACK, Keys.DEPLOYMENT, "added-agents");

    @TempDir
    Path temp;

    @Test
    void detectionGivesTheAnswersAReaderGivesOnRealRepositories() throws Exception {
        Catalog catalog = new CatalogLoader().load(List.of());
        List<Fixtures.Fixture> fixtures = Fixtures.all();
        assertThat(fixtures).as("fixtures from real repositories").hasSizeGreaterThanOrEqualTo(15);
        List<String> wrong = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        int asked = 0;
        int right = 0;
        int heldOutAsked = 0;
        int heldOutRight = 0;
        for (Fixtures.Fixture fixture : fixtures) {
            assertThat(fixture.repository()).as(fixture.name() + " names its repository").contains("/");
            assertThat(fixture.commit()).as(fixture.name() + " names its commit").matches("[0-9a-f]{40}");
            Path tree = Fixtures.layOut(fixture, Files.createDirectory(temp.resolve(fixture.name())));
            Proposal proposal = new Detector(catalog).detect(tree).proposal();
            report.append(fixture.repository()).append(" @ ").append(fixture.commit(), 0, 12)
                    .append(fixture.heldOut() ? " (held out)" : "").append('\n');
            for (String key : KEYS) {
                if (!fixture.answers().containsKey(key)) {
                    continue;
                }
                Object expected = fixture.answers().get(key);
                Object actual = key.equals("added-agents") ? proposal.addedAgents() : proposal.value(key).orElse(null);
                boolean ok = java.util.Objects.equals(expected, actual);
                boolean known = fixture.knownMisses().containsKey(key);
                asked++;
                right += ok ? 1 : 0;
                heldOutAsked += fixture.heldOut() ? 1 : 0;
                heldOutRight += fixture.heldOut() && ok ? 1 : 0;
                report.append(String.format("  %-4s %-13s %-20s detected %s%s%n", ok ? "ok" : "MISS", key, expected, actual,
                        ok ? "" : known ? "  (known: " + fixture.knownMisses().get(key) + ")" : ""));
                if (!ok && !known) {
                    wrong.add(fixture.name() + " " + key + ": expected " + expected + ", detected " + actual + " ("
                            + fixture.why().get(key) + "); evidence " + proposal.evidence(key));
                }
                if (ok && known) {
                    wrong.add(fixture.name() + " " + key + " is listed as a known miss but detection now gets it right:"
                            + " remove it from known-misses");
                }
            }
        }
        report.append(String.format("%d of %d answers right over %d repositories; of them held out: %d of %d%n", right, asked,
                fixtures.size(), heldOutRight, heldOutAsked));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/detect-fixtures.txt"), report);
        System.out.print(report);
        assertThat(wrong).as(report.toString()).isEmpty();
    }

    @Test
    void everyFixtureSaysWhyForEachAnswer() {
        for (Fixtures.Fixture fixture : Fixtures.all()) {
            for (Map.Entry<String, Object> answer : fixture.answers().entrySet()) {
                assertThat(fixture.why()).as(fixture.name() + " why " + answer.getKey()).containsKey(answer.getKey());
            }
        }
    }
}
