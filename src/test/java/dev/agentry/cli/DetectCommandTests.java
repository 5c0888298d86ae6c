package dev.agentry.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.agentry.TestLayers;
import dev.agentry.Trees;
import dev.agentry.codec.Codec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code agentry detect}: what it prints for people and as JSON, its exit codes, and that it writes nothing. */
class DetectCommandTests {

    @TempDir
    Path repo;

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void write(Map<String, String> files) {
        TestLayers.write(repo, files);
    }

    private static final Map<String, String> GO_ON_FLY = Map.of("go.mod", "module shop\nrequire github.com/gin-gonic/gin v1.10.0\n",
            "fly.toml", "app = 'shop'\n", "web/package.json", "{\"dependencies\": {\"next\": ");

    @Test
    void printsEachAnswerWithItsEvidenceAndHowToWriteTheTeam() {
        write(GO_ON_FLY);
        CliHarness.Run run = CliHarness.run("detect", "--target", repo.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Detected in " + real(repo))
                .containsPattern("project type +backend-api +found go.mod \\(gin\\)")
                .containsPattern("stack +go +found go.mod \\(gin\\)")
                .containsPattern("deployment +fly-io +found fly.toml")
                .containsPattern("team +product-manager, backend-engineer, code-reviewer, testing-specialist")
                .contains("skipped:", "web/package.json: 1:")
                .contains("To write this team: agentry generate --detect --target " + real(repo));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void verboseShowsTheScoreOfEveryFinding() {
        write(GO_ON_FLY);
        assertThat(CliHarness.run("detect", "--target", repo.toString(), "--verbose").out())
                .contains(" 5.00  go.mod: found go.mod", " 3.00  go.mod: requires module github.com/gin-gonic/gin",
                        " 7.00  fly.toml: found fly.toml");
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonHoldsTheAnswersTheEvidenceAndTheAlternativesAsTheIssueShapesThem() {
        write(GO_ON_FLY);
        CliHarness.Run run = CliHarness.run("detect", "--target", repo.toString(), "--json");
        assertThat(run.code()).isZero();
        Map<String, Object> json = Codec.readJsonMap(run.out(), "detect --json");
        assertThat(json).containsKeys("answers", "evidence", "alternatives", "skipped", "legacyTeam", "scanned");
        assertThat((Map<String, Object>) json.get("answers")).containsExactly(Map.entry("project-type", "backend-api"),
                Map.entry("stack", "go"), Map.entry("deployment", "fly-io"),
                Map.entry("agents", List.of("product-manager", "backend-engineer", "code-reviewer", "testing-specialist")));
        assertThat((List<Map<String, Object>>) json.get("evidence")).contains(Map.of("key", "stack", "value", "go", "path",
                "go.mod", "why", "requires module github.com/gin-gonic/gin", "score", 3.0));
        assertThat((Map<String, Object>) json.get("alternatives")).containsOnlyKeys("project-type", "stack", "deployment");
        assertThat((List<Map<String, Object>>) json.get("skipped")).extracting(s -> s.get("path")).contains("web/package.json");
        assertThat(json.get("legacyTeam")).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void findingNothingIsNoErrorAndSaysSo() {
        write(Map.of("README.md", "# notes\n"));
        CliHarness.Run human = CliHarness.run("detect", "--target", repo.toString());
        assertThat(human.code()).isZero();
        assertThat(human.out()).contains("Nothing detected in").containsPattern("deployment +none +nothing here deploys")
                .doesNotContain("To write this team");
        Map<String, Object> json = Codec.readJsonMap(CliHarness.run("detect", "--target", repo.toString(), "--json").out(), "x");
        Map<String, Object> answers = (Map<String, Object>) json.get("answers");
        assertThat(answers).containsOnlyKeys("project-type", "stack", "deployment", "agents");
        assertThat(answers.values()).containsOnlyNulls();
    }

    @Test
    void aTargetThatCannotBeReadExitsTwo() throws Exception {
        CliHarness.Run missing = CliHarness.run("detect", "--target", repo.resolve("nope").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("error:", repo.resolve("nope").toString(), "does not exist");
        Path file = Files.writeString(repo.resolve("file"), "x");
        CliHarness.Run notAFolder = CliHarness.run("detect", "--target", file.toString());
        assertThat(notAFolder.code()).isEqualTo(2);
        assertThat(notAFolder.err()).contains("is not a folder");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLegacyTeamWithUnfilledPlaceholdersIsRecognised() throws Exception {
        Files.createDirectories(repo.resolve(".claude/agents"));
        Files.copy(Path.of("src/test/resources/legacy/backend-engineer.md"), repo.resolve(".claude/agents/backend-engineer.md"));
        write(Map.of("go.mod", "module shop\n"));
        CliHarness.Run run = CliHarness.run("detect", "--target", repo.toString());
        assertThat(run.out()).contains("Legacy team: 1 agent file in .claude/agents/ still holds template placeholders",
                "{{PROJECT_TYPE}}", "never filled in", ".claude/agents/backend-engineer.md");
        Map<String, Object> json = Codec.readJsonMap(CliHarness.run("detect", "--target", repo.toString(), "--json").out(), "x");
        Map<String, Object> legacy = (Map<String, Object>) json.get("legacyTeam");
        assertThat(legacy.get("files")).isEqualTo(List.of(".claude/agents/backend-engineer.md"));
        assertThat((List<String>) legacy.get("placeholders")).contains("PROJECT_TYPE");
    }

    @Test
    void aRepositoryWithAnAgentryTeamSaysItsAnswersComeFirst() {
        write(Map.of("go.mod", "module shop\n", ".agentry/answers.yml", "project-type: backend-api\n"));
        assertThat(CliHarness.run("detect", "--target", repo.toString()).out())
                .contains("already has an agentry team (.agentry/answers.yml)").doesNotContain("To write this team");
    }

    @Test
    void detectWritesNothing() {
        write(GO_ON_FLY);
        Map<String, String> before = Trees.snapshot(repo);
        CliHarness.run("detect", "--target", repo.toString());
        CliHarness.run("detect", "--target", repo.toString(), "--json");
        assertThat(Trees.snapshot(repo)).isEqualTo(before);
    }

    @Test
    void helpListsDetectAndItsOptions() {
        assertThat(CliHarness.run("--help").out()).contains("detect");
        // help is wrapped to the terminal's width: compare the words, not the line breaks
        assertThat(CliHarness.run("detect", "--help").out().replaceAll("\\s+", " ")).contains("--target DIR", "--json",
                "--scaffolds DIR", "Exit 0 (also when nothing was found), 2 when the target cannot be read");
        assertThat(CliHarness.run("generate", "--help").out().replaceAll("\\s+", " ")).contains("--detect",
                "> .agentry/answers.yml > --detect > defaults");
    }
}
