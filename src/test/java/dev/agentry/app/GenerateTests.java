package dev.agentry.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

import dev.agentry.Trees;
import dev.agentry.apply.FileSystem;
import dev.agentry.plan.Action;
import dev.agentry.plan.ForeignFiles;
import dev.agentry.support.AgentryException;
import dev.agentry.support.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GenerateTests {

    @TempDir
    Path target;

    private final Generate generate = new Generate(new Scaffolds(), FileSystem.REAL);

    private Request request(Map<String, Object> flags) {
        return Request.to(target).flags(flags).build();
    }

    private static Map<String, Object> backendApi() {
        return Map.of("project-type", "backend-api", "deployment", "aws", "stack", "java-spring-boot");
    }

    @Test
    void writesTheTeamTheAnswersAndTheState() {
        Outcome outcome = generate.run(request(backendApi()), Generate.Mode.GENERATE);
        assertThat(outcome.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(Trees.content(target)).containsOnlyKeys(
                ".claude/agents/product-manager.md", ".claude/agents/backend-engineer.md",
                ".claude/agents/code-reviewer.md", ".claude/agents/testing-specialist.md",
                ".claude/agents/aws-deployment-engineer.md", "CLAUDE.md", ".claude/skills/feature/SKILL.md",
                ".claude/skills/review/SKILL.md", ".claude/skills/release/SKILL.md", ".claude/settings.json",
                ".agentry/answers.yml", ".agentry/state.json", ".agentry/.gitignore");
        assertThat(Trees.content(target).get(".agentry/answers.yml")).contains("project-type: backend-api",
                "deployment: aws", "stack: java-spring-boot", "project-name: " + target.getFileName());
    }

    @Test
    void runningTwiceChangesNothing() throws Exception {
        generate.run(request(backendApi()), Generate.Mode.GENERATE);
        Map<String, String> first = Trees.content(target);
        Path state = target.resolve(".agentry/state.json");
        Files.setLastModifiedTime(state, FileTime.fromMillis(1_000_000));
        Outcome second = generate.run(request(backendApi()), Generate.Mode.GENERATE);
        assertThat(second.applied()).isFalse();
        assertThat(second.plan().actions()).allMatch(a -> a.action() == Action.UNCHANGED);
        assertThat(Trees.content(target)).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(state).toMillis()).isEqualTo(1_000_000);
    }

    @Test
    void answersWrittenDifferentlyButMeaningTheSameAreNotRewritten() throws Exception {
        generate.run(request(backendApi()), Generate.Mode.GENERATE);
        Path answers = target.resolve(".agentry/answers.yml");
        String reformatted = "# our own comment\n" + Files.readString(answers)
                .replace("deployment: aws", "deployment: \"aws\"");
        Files.writeString(answers, reformatted);
        Outcome again = generate.run(request(backendApi()), Generate.Mode.GENERATE);
        assertThat(again.answersChanged()).isFalse();
        assertThat(Files.readString(answers)).isEqualTo(reformatted);
    }

    @Test
    void aStateThatNoLongerMatchesIsRewrittenEvenWhenNoFileChanges() throws Exception {
        generate.run(request(backendApi()), Generate.Mode.GENERATE);
        Path state = target.resolve(".agentry/state.json");
        String written = Files.readString(state);
        Files.writeString(state, written.replaceFirst("\"catalog\": \"[^\"]*\"", "\"catalog\": \"older\""));
        Outcome again = generate.run(request(backendApi()), Generate.Mode.GENERATE);
        assertThat(again.applied()).isTrue();
        assertThat(again.plan().actions()).allMatch(a -> a.action() == Action.UNCHANGED);
        assertThat(Files.readString(state)).isEqualTo(written);
    }

    @Test
    void aFileAgentryDidNotWriteIsNeverOverwritten() throws Exception {
        Files.createDirectories(target.resolve(".claude/agents"));
        Files.writeString(target.resolve(".claude/agents/code-reviewer.md"), "my own reviewer\n");
        assertThatThrownBy(() -> generate.run(request(backendApi()), Generate.Mode.GENERATE))
                .isInstanceOf(AgentryException.class)
                .satisfies(e -> assertThat(((AgentryException) e).exitCode()).isEqualTo(ExitCode.USAGE))
                .hasMessageContaining(".claude/agents/code-reviewer.md")
                .hasMessageContaining("--force");
        assertThat(Trees.snapshot(target)).containsOnlyKeys(".claude/agents/code-reviewer.md");
    }

    @Test
    void forceOverwritesAfterKeepingABackup() throws Exception {
        Files.createDirectories(target.resolve(".claude/agents"));
        Files.writeString(target.resolve(".claude/agents/code-reviewer.md"), "my own reviewer\n");
        Outcome outcome = generate.run(Request.to(target).flags(backendApi()).foreignFiles(ForeignFiles.OVERWRITE)
                .build(), Generate.Mode.GENERATE);
        assertThat(outcome.backups()).isNotNull();
        assertThat(Files.readString(outcome.backups().resolve(".claude/agents/code-reviewer.md"))).isEqualTo("my own reviewer\n");
        assertThat(Files.readString(target.resolve(".claude/agents/code-reviewer.md"))).startsWith("---\nname: code-reviewer\n");
    }

    @Test
    void dryRunWritesNothing() {
        Outcome outcome = generate.run(Request.to(target).flags(backendApi()).dryRun().build(), Generate.Mode.GENERATE);
        assertThat(outcome.dryRun()).isTrue();
        assertThat(outcome.plan().actions()).extracting(a -> a.action()).containsOnly(Action.CREATE);
        assertThat(Trees.snapshot(target)).isEmpty();
    }

    @Test
    void missingAnswerWritesNothing() {
        assertThatThrownBy(() -> generate.run(request(Map.of("project-type", "backend-api")), Generate.Mode.GENERATE))
                .hasMessageStartingWith("Missing answers: deployment, stack.");
        assertThat(Trees.snapshot(target)).isEmpty();
    }

    @Test
    void storedAnswersAreUsedWhenNoneAreGiven() {
        generate.run(request(backendApi()), Generate.Mode.GENERATE);
        Outcome again = generate.run(request(Map.of()), Generate.Mode.GENERATE);
        assertThat(again.team().answers().stack()).isEqualTo("java-spring-boot");
        assertThat(again.applied()).isFalse();
    }

    @Test
    void answersFileIsReadBelowOptions() throws Exception {
        Path answers = target.resolveSibling(target.getFileName() + "-answers.yml");
        Files.writeString(answers, "project-type: backend-api\ndeployment: kubernetes\nstack: python-fastapi\nproject-name: Shop\n");
        Outcome outcome = generate.run(Request.to(target).flags(Map.of("deployment", "aws")).answersFile(answers)
                .build(), Generate.Mode.GENERATE);
        assertThat(outcome.team().answers().deployment()).isEqualTo("aws");
        assertThat(outcome.team().answers().stack()).isEqualTo("python-fastapi");
        assertThat(outcome.team().answers().projectName()).isEqualTo("Shop");
    }

    @Test
    void claudeMdSettingOffRemovesTheBlock() throws Exception {
        generate.run(request(backendApi()), Generate.Mode.GENERATE);
        assertThat(target.resolve("CLAUDE.md")).exists();
        generate.run(Request.to(target).sets(Map.of("claude-md", "false")).build(), Generate.Mode.UPDATE);
        assertThat(target.resolve("CLAUDE.md")).doesNotExist();
        assertThat(Files.readString(target.resolve(".agentry/answers.yml"))).contains("claude-md: false");
    }

    @Test
    void textOutsideTheClaudeMdBlockIsKept() throws Exception {
        Files.writeString(target.resolve("CLAUDE.md"), "# House rules\n\nUse tabs.\n");
        generate.run(request(backendApi()), Generate.Mode.GENERATE);
        String claude = Files.readString(target.resolve("CLAUDE.md"));
        assertThat(claude).startsWith("# House rules\n\nUse tabs.\n\n<!-- BEGIN agentry team");
        generate.run(Request.to(target).sets(Map.of("claude-md", "false")).build(), Generate.Mode.UPDATE);
        assertThat(Files.readString(target.resolve("CLAUDE.md"))).isEqualTo("# House rules\n\nUse tabs.\n");
    }

    @Test
    void generateCreatesATargetFolderThatDoesNotExistYet() {
        Path fresh = target.resolve("new/repo");
        Outcome outcome = generate.run(Request.to(fresh).flags(backendApi()).build(), Generate.Mode.GENERATE);
        assertThat(outcome.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(fresh.resolve(".claude/agents/backend-engineer.md")).exists();
        assertThat(outcome.team().answers().projectName()).isEqualTo("repo");
    }

    @Test
    void aMissingTargetWithMissingAnswersIsNotCreated() {
        Path fresh = target.resolve("new");
        assertThatThrownBy(() -> generate.run(Request.to(fresh).build(), Generate.Mode.GENERATE))
                .hasMessageStartingWith("Missing answers");
        assertThat(fresh).doesNotExist();
    }

    @Test
    void updateOfAMissingFolderIsInvalid() {
        assertThatThrownBy(() -> generate.run(Request.of(target.resolve("nope")), Generate.Mode.UPDATE)).hasMessageContaining("does not exist");
    }

    @Test
    void updateNeedsAnExistingTeam() {
        assertThatThrownBy(() -> generate.run(request(Map.of()), Generate.Mode.UPDATE))
                .hasMessageStartingWith("No agentry team in ");
    }
}
