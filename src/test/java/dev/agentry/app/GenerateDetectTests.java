package dev.agentry.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.agentry.TestLayers;
import dev.agentry.Trees;
import dev.agentry.cli.CliHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code generate --detect}: what the repository shows fills every answer nothing else gives, just above the defaults
 * ({@code --set} > options > {@code --answers} > stored > detected > defaults), says what it took and why, and is
 * recorded like any answer.
 */
class GenerateDetectTests {

    @TempDir
    Path repo;

    private static final Map<String, String> GO_ON_FLY = Map.of("go.mod", "module shop\nrequire github.com/gin-gonic/gin v1.10.0\n",
            "fly.toml", "app = 'shop'\n");

    private String answers() throws Exception {
        return Files.readString(repo.resolve(".agentry/answers.yml"));
    }

    @Test
    void detectionFillsEveryAnswerSaysWhyAndIsRecorded() throws Exception {
        TestLayers.write(repo, GO_ON_FLY);
        CliHarness.Run run = CliHarness.run("generate", "--target", repo.toString(), "--detect");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("note: detected project-type: backend-api (found go.mod (gin))",
                "note: detected stack: go (found go.mod (gin))", "note: detected deployment: fly-io (found fly.toml)")
                .contains(".claude/agents/flyio-deployment-engineer.md").doesNotContain("detected agents");
        assertThat(answers()).contains("project-type: backend-api", "stack: go", "deployment: fly-io", "agents: []");
        assertThat(CliHarness.run("check", "--target", repo.toString()).code()).as("recorded like any answer").isZero();
    }

    @Test
    void theWizardGetsEachProposalWithItsOneLineEvidence() {
        TestLayers.write(repo, GO_ON_FLY);
        dev.agentry.detect.Proposal proposal = new Detect(new Catalogs(new Scaffolds())).propose(repo, java.util.List.of(),
                null, null);
        assertThat(proposal.value("stack")).contains("go");
        assertThat(proposal.summary("stack")).isEqualTo("found go.mod (gin)");
        assertThat(proposal.summary("deployment")).isEqualTo("found fly.toml");
        dev.agentry.detect.Proposal fitted = new Detect(new Catalogs(new Scaffolds())).propose(repo, java.util.List.of(),
                "web-app", null);
        assertThat(fitted.projectType()).isEqualTo("web-app");
        assertThat(fitted.stack()).as("go suits a web app too").isEqualTo("go");
    }

    @Test
    void withoutDetectNothingIsDetected() {
        TestLayers.write(repo, GO_ON_FLY);
        CliHarness.Run run = CliHarness.run("generate", "--target", repo.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Missing answers: project-type, deployment, stack.").doesNotContain("--detect found");
    }

    @Test
    void optionsAndSetsWinOverDetectionAndTheRestIsFittedToThem() throws Exception {
        TestLayers.write(repo, Map.of("package.json", "{\"dependencies\": {\"next\": \"16\", \"pg\": \"8\"}}", "vercel.json", "{}"));
        CliHarness.Run run = CliHarness.run("generate", "--target", repo.toString(), "--detect", "--project-type", "web-frontend",
                "--set", "deployment=aws");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("note: detected stack: nextjs").doesNotContain("detected project-type",
                "detected deployment");
        assertThat(answers()).contains("project-type: web-frontend", "stack: nextjs", "deployment: aws");
    }

    @Test
    void anAnswersFileWinsOverDetection() throws Exception {
        TestLayers.write(repo, GO_ON_FLY);
        Path file = Files.writeString(repo.getParent().resolve(repo.getFileName() + "-answers.yml"), "deployment: gcp\n");
        CliHarness.Run run = CliHarness.run("generate", "--target", repo.toString(), "--detect", "--answers", file.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(answers()).contains("deployment: gcp", "stack: go");
        Files.delete(file);
    }

    @Test
    void storedAnswersWinOverDetection() throws Exception {
        TestLayers.write(repo, GO_ON_FLY);
        assertThat(CliHarness.run("generate", "--target", repo.toString(), "--project-type", "backend-api", "--stack",
                "python-fastapi", "--deployment", "aws").code()).isZero();
        Map<String, String> before = Trees.content(repo);
        CliHarness.Run run = CliHarness.run("update", "--target", repo.toString(), "--detect");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("note: detected");
        assertThat(Trees.content(repo)).isEqualTo(before);
    }

    @Test
    void aDeploymentDetectionCannotSeeIsAMissingAnswerThatSaysWhatItFound() {
        TestLayers.write(repo, Map.of("go.mod", "module shop\n"));
        CliHarness.Run run = CliHarness.run("generate", "--target", repo.toString(), "--detect");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Missing answer: deployment.", "--deployment one of: aws",
                "--detect found project-type backend-api, stack go in ", "but nothing that shows the deployment (no platform"
                        + " file, infrastructure code or CI step that deploys): give it with --deployment");
        assertThat(repo.resolve(".agentry")).doesNotExist();
    }

    @Test
    void membersTheEvidenceCallsForAreRecordedAsTheTeam() throws Exception {
        TestLayers.write(repo, Map.of("package.json", "{\"dependencies\": {\"next\": \"16\", \"pg\": \"8\", \"openai\": \"5\"}}",
                "vercel.json", "{}"));
        CliHarness.Run run = CliHarness.run("generate", "--target", repo.toString(), "--detect");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("note: detected agents: + ai-engineer (found package.json (openai))",
                ".claude/agents/ai-engineer.md");
        assertThat(answers()).contains("  - ai-engineer", "  - frontend-engineer");
    }

    @Test
    void aDryRunWithDetectWritesNothing() {
        TestLayers.write(repo, GO_ON_FLY);
        Map<String, String> before = Trees.snapshot(repo);
        CliHarness.Run run = CliHarness.run("generate", "--target", repo.toString(), "--detect", "--dry-run");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Plan for", "detected stack: go");
        assertThat(Trees.snapshot(repo)).isEqualTo(before);
    }

    @Test
    void whatDetectionCouldNotReadIsNotedButFoldersSkippedByRuleAreNot() {
        TestLayers.write(repo, Map.of("go.mod", "module shop\n", "fly.toml", "", "web/package.json", "{",
                "node_modules/x/package.json", "{}"));
        CliHarness.Run run = CliHarness.run("generate", "--target", repo.toString(), "--detect");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("note: detection skipped web/package.json (1:").doesNotContain("node_modules");
    }
}
