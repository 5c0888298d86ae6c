package dev.agentry.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.agentry.Trees;
import dev.agentry.apply.FileSystem;
import dev.agentry.plan.Action;
import dev.agentry.plan.ForeignFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class RemoveTests {

    @TempDir
    Path target;

    private void generate() {
        new Generate(new Scaffolds(), FileSystem.REAL).run(Request.to(target).flags(Map.of("project-type",
                "backend-api", "deployment", "aws", "stack", "go")).build(), Generate.Mode.GENERATE);
    }

    @Test
    void removeDeletesUneditedFilesKeepsEditedOnesAndTheTextAroundTheBlock() throws Exception {
        Files.writeString(target.resolve("CLAUDE.md"), "# Our rules\n");
        generate();
        Path reviewer = target.resolve(".claude/agents/code-reviewer.md");
        Files.writeString(reviewer, Files.readString(reviewer) + "\nOur rule.\n");
        Outcome outcome = new Remove(FileSystem.REAL).run(target);
        assertThat(outcome.plan().with(Action.ORPHAN)).extracting(a -> a.path()).containsExactly(".claude/agents/code-reviewer.md");
        assertThat(Trees.snapshot(target)).containsOnlyKeys("CLAUDE.md", ".claude/agents/code-reviewer.md");
        assertThat(Files.readString(target.resolve("CLAUDE.md"))).isEqualTo("# Our rules\n");
    }

    @Test
    void dryRunRemovesNothing() {
        generate();
        var before = Trees.content(target);
        Outcome outcome = new Remove(FileSystem.REAL).dryRun(target);
        assertThat(outcome.plan().with(Action.DELETE)).isNotEmpty();
        assertThat(Trees.content(target)).isEqualTo(before);
    }

    @Test
    void userFilesInDotAgentryAreKept() throws Exception {
        generate();
        Files.createDirectories(target.resolve(".agentry/scaffolds/templates"));
        Files.writeString(target.resolve(".agentry/scaffolds/templates/x.ftl"), "mine");
        Outcome outcome = new Remove(FileSystem.REAL).run(target);
        assertThat(Trees.snapshot(target)).containsOnlyKeys(".agentry/scaffolds/templates/x.ftl");
        assertThat(outcome.notes()).anyMatch(n -> n.contains("scaffolds"));
    }

    @Test
    void aGitignoreYouEditedInDotAgentryIsKeptAndSaidSo() throws Exception {
        generate();
        Path gitignore = target.resolve(".agentry/.gitignore");
        Files.writeString(gitignore, Files.readString(gitignore) + "mynotes.txt\n");
        Files.writeString(target.resolve(".agentry/NOTES.md"), "x\n");
        Outcome outcome = new Remove(FileSystem.REAL).run(target);
        assertThat(Files.readString(gitignore)).endsWith("mynotes.txt\n");
        assertThat(outcome.notes()).contains(".agentry/.gitignore kept: you edited it")
                .anyMatch(n -> n.contains("it still holds .gitignore, NOTES.md"));
    }

    @Test
    void theGitignoreAgentryWroteGoesEvenWithCrlfLineEndings() throws Exception {
        generate();
        Path gitignore = target.resolve(".agentry/.gitignore");
        Files.writeString(gitignore, Files.readString(gitignore).replace("\n", "\r\n"));
        new Remove(FileSystem.REAL).run(target);
        assertThat(Files.exists(target.resolve(".agentry"))).isFalse();
    }

    @Test
    void anEditedFileKeptByRemoveIsSaidToBeYoursNotMergedLater() throws Exception {
        generate();
        Path reviewer = target.resolve(".claude/agents/code-reviewer.md");
        Files.writeString(reviewer, Files.readString(reviewer) + "\nOur rule.\n");
        Outcome outcome = new Remove(FileSystem.REAL).run(target);
        assertThat(outcome.plan().with(Action.ORPHAN)).singleElement().extracting(a -> a.reason()).asString()
                .contains("now yours", "--adopt").doesNotContain("agentry merges it should it come back");
        // and what it says holds: generating the same team again needs --adopt, which keeps the edit
        assertThat(org.assertj.core.api.Assertions.catchThrowable(this::generate)).hasMessageContaining("--adopt");
        new Generate(new Scaffolds(), FileSystem.REAL).run(Request.to(target).flags(Map.of("project-type",
                "backend-api", "deployment", "aws", "stack", "go")).foreignFiles(ForeignFiles.ADOPT).build(),
                Generate.Mode.GENERATE);
        assertThat(Files.readString(reviewer)).endsWith("Our rule.\n");
    }
}
