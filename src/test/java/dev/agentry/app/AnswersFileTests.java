package dev.agentry.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.agentry.TestLayers;
import dev.agentry.cli.CliHarness;
import dev.agentry.codec.Codec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * .agentry/answers.yml as a file people edit by hand: an update rewrites only the values that changed, in place, and
 * keeps everything else byte for byte (comments, order, blank lines, quotes, line endings, byte order mark).
 */
class AnswersFileTests {

    @TempDir
    Path target;

    private Path answers;

    /** What a user makes of the generated file: comments, blank lines, another order, quotes. */
    private static final String HAND_EDITED = """
            # Team answers for shop. Owner: platform team.

            project-type: backend-api   # we only serve an API
            project-name: "shop"

            # where it runs
            deployment: aws
            stack: 'java-spring-boot'
            agents:
              - backend-engineer   # the core
              - code-reviewer      # required by policy
            targets: [claude]
            # end
            """;

    @BeforeEach
    void generate() throws Exception {
        CliHarness.Run run = agentry("generate", "--project-type", "backend-api", "--deployment", "aws", "--stack",
                "java-spring-boot");
        assertThat(run.code()).as(run.err()).isZero();
        answers = target.resolve(".agentry/answers.yml");
    }

    private CliHarness.Run agentry(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add(1, "--target");
        all.add(2, target.toString());
        return CliHarness.run(all.toArray(String[]::new));
    }

    private CliHarness.Run update(String... args) {
        List<String> all = new ArrayList<>(List.of("update"));
        all.addAll(List.of(args));
        CliHarness.Run run = agentry(all.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isZero();
        return run;
    }

    private String bytes() throws Exception {
        return new String(Files.readAllBytes(answers), StandardCharsets.UTF_8);
    }

    @Test
    void aNewFileHasTheHeaderAndTheAnswersInOrder() throws Exception {
        assertThat(bytes()).isEqualTo("""
                # agentry answers for this repository. Edit them by hand if you like, then run
                # `agentry update` to regenerate the team: your own edits to the agent files are kept.
                # agents: the chosen roles (empty: the project type's default team).
                # Other keys are --set values: stack or deployment variables and settings.
                project-name: %s
                project-type: backend-api
                deployment: aws
                stack: java-spring-boot
                agents: []
                targets:
                  - claude
                """.formatted(target.getFileName()));
    }

    @Test
    void anUpdateRewritesOnlyTheChangedValueOfAHandEditedFile() throws Exception {
        Files.writeString(answers, HAND_EDITED);
        update("--deployment", "gcp");
        assertThat(bytes()).isEqualTo(HAND_EDITED.replace("deployment: aws", "deployment: gcp"));
        update("--stack", "python-fastapi", "--agents", "backend-engineer,testing-specialist,code-reviewer");
        assertThat(bytes()).isEqualTo(HAND_EDITED.replace("deployment: aws", "deployment: gcp")
                .replace("'java-spring-boot'", "'python-fastapi'")
                .replace("  - code-reviewer ", "  - testing-specialist\n  - code-reviewer "));
    }

    @Test
    void newAnswersAreAddedAtTheEnd() throws Exception {
        Files.writeString(answers, HAND_EDITED);
        update("--set", "claude-md=false", "--targets", "claude,copilot");
        assertThat(bytes()).isEqualTo(HAND_EDITED.replace("targets: [claude]", "targets: [claude, copilot]")
                + "claude-md: false\n");
    }

    @Test
    void anUpdateThatChangesNoAnswerLeavesTheFileAsItIs() throws Exception {
        Files.writeString(answers, HAND_EDITED);
        CliHarness.Run run = update();
        assertThat(bytes()).isEqualTo(HAND_EDITED);
        assertThat(run.out()).contains("edited by hand");
        // the state now records the hand-edited text: the next run has nothing to say about it
        assertThat(update().out()).doesNotContain("edited by hand");
        assertThat(agentry("check").code()).isZero();
        assertThat(bytes()).isEqualTo(HAND_EDITED);
    }

    @Test
    void crlfLineEndingsAndAByteOrderMarkSurviveAnUpdate() throws Exception {
        String windows = "\uFEFF" + HAND_EDITED.replace("\n", "\r\n");
        Files.write(answers, windows.getBytes(StandardCharsets.UTF_8));
        update("--deployment", "gcp", "--set", "claude-md=false");
        assertThat(bytes()).isEqualTo(windows.replace("deployment: aws", "deployment: gcp") + "claude-md: false\r\n");
        assertThat(update().out()).doesNotContain("edited by hand");
    }

    @Test
    void aFileWithoutAFinalLineBreakKeepsItsLastLineOpen() throws Exception {
        String open = HAND_EDITED.replace("# end\n", "").stripTrailing();
        Files.writeString(answers, open);
        update("--targets", "claude,gemini");
        assertThat(bytes()).isEqualTo(open.replace("targets: [claude]", "targets: [claude, gemini]"));
    }

    @Test
    void aScaffoldFolderInsideTheRepositoryIsRecordedRelativeToIt() throws Exception {
        Path inside = target.resolve("team/scaffolds");
        TestLayers.write(inside, Map.of("templates/unused.ftl", "not used\n"));
        CliHarness.Run run = update("--scaffolds", inside.toAbsolutePath().toString());
        assertThat(Codec.readYamlMap(bytes(), "a.yml")).containsEntry("scaffolds", List.of("team/scaffolds"));
        assertThat(run.out()).doesNotContain("outside the repository");
        assertThat(update().code()).isZero();
    }

    @Test
    void aScaffoldFolderElsewhereInTheGitRepositoryIsRecordedRelativeToTheTarget(@TempDir Path repository) throws Exception {
        Files.createDirectories(repository.resolve(".git"));
        Path service = repository.resolve("services/shop");
        Path shared = repository.resolve("shared/scaffolds");
        TestLayers.write(shared, Map.of("templates/unused.ftl", "not used\n"));
        CliHarness.Run run = CliHarness.run("generate", "--target", service.toString(), "--project-type", "backend-api",
                "--deployment", "aws", "--stack", "go", "--scaffolds", shared.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("outside the repository");
        Path stored = service.resolve(".agentry/answers.yml");
        assertThat(Codec.readYamlMap(Files.readString(stored), "a.yml"))
                .containsEntry("scaffolds", List.of("../../shared/scaffolds"));
        assertThat(CliHarness.run("check", "--target", service.toString()).code()).isZero();
    }

    @Test
    void aScaffoldFolderReachedThroughALinkToTheTargetIsStillInside(@TempDir Path links) throws Exception {
        Path inside = target.resolve("scaffolds");
        TestLayers.write(inside, Map.of("templates/unused.ftl", "not used\n"));
        Path link = Files.createSymbolicLink(links.resolve("shop"), target);
        CliHarness.Run run = CliHarness.run("update", "--target", link.toString(), "--scaffolds", inside.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Codec.readYamlMap(bytes(), "a.yml")).containsEntry("scaffolds", List.of("scaffolds"));
    }

    @Test
    void anAbsoluteFolderInsideTheRepositoryRecordedBeforeIsMadeRelative() throws Exception {
        Path inside = target.resolve("scaffolds");
        TestLayers.write(inside, Map.of("templates/unused.ftl", "not used\n"));
        Files.writeString(answers, HAND_EDITED + "scaffolds:\n  - " + inside.toRealPath() + "   # ours\n");
        CliHarness.Run run = update();
        assertThat(bytes()).isEqualTo(HAND_EDITED + "scaffolds:\n  - scaffolds   # ours\n");
        assertThat(run.out()).contains("is now recorded as 'scaffolds', relative to the target");
    }

    @Test
    void aScaffoldFolderOutsideTheRepositoryIsRecordedAbsoluteWithAWarning(@TempDir Path elsewhere) throws Exception {
        TestLayers.write(elsewhere, Map.of("templates/unused.ftl", "not used\n"));
        CliHarness.Run run = update("--scaffolds", elsewhere.toString());
        Path real = elsewhere.toRealPath();
        assertThat(Codec.readYamlMap(bytes(), "a.yml")).containsEntry("scaffolds", List.of(real.toString()));
        assertThat(run.out()).contains("scaffold folder " + real + " is outside the repository",
                "will not exist on other machines");
    }
}
