package dev.agentry.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.agentry.TestLayers;
import dev.agentry.Trees;
import dev.agentry.apply.FileSystem;
import dev.agentry.apply.State;
import dev.agentry.apply.StateStore;
import dev.agentry.apply.Workspace;
import dev.agentry.plan.Action;
import dev.agentry.plan.FileAction;
import dev.agentry.plan.RecordedFile;
import dev.agentry.support.ExitCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.dataformat.toml.TomlMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** A team written for several agent tools at once: generate, update, dropping a target, check and remove. */
class TargetsScenarioTests {

    @TempDir
    Path target;

    private static final String OUR_AGENTS_MD = "# Our conventions\n\nTabs, not spaces.\n";
    private static final String CODEX_BACKEND = ".codex/agents/backend-engineer.toml";
    private static final String CODEX_REVIEWER = ".codex/agents/code-reviewer.toml";
    private static final String COPILOT_REVIEWER = ".github/agents/code-reviewer.agent.md";

    @BeforeEach
    void generateForClaudeCodexAndAgentsMd() throws Exception {
        write("AGENTS.md", OUR_AGENTS_MD);
        Outcome outcome = run(Map.of("project-type", "backend-api", "deployment", "aws", "stack", "java-spring-boot",
                "targets", "claude,codex,agents-md"), Generate.Mode.GENERATE);
        assertThat(outcome.exitCode()).isEqualTo(ExitCode.OK);
    }

    /** Each run is a new process, as in real use. */
    private Outcome run(Map<String, Object> flags, Generate.Mode mode) {
        return new Generate(new Scaffolds(), FileSystem.REAL).run(Request.to(target).flags(flags).build(), mode);
    }

    private Outcome check() {
        return new Check(new Scaffolds(), FileSystem.REAL).run(Request.of(target));
    }

    private String read(String path) throws Exception {
        return Files.readString(target.resolve(path));
    }

    private void write(String path, String text) throws Exception {
        Files.createDirectories(target.resolve(path).getParent());
        Files.writeString(target.resolve(path), text);
    }

    private static Action actionOf(Outcome outcome, String path) {
        return outcome.plan().actions().stream().filter(a -> a.path().equals(path)).map(FileAction::action).findFirst()
                .orElseThrow(() -> new AssertionError("no action for " + path));
    }

    @Test
    void everyTargetsFilesAreWrittenAndTracked() throws Exception {
        assertThat(Trees.content(target).keySet()).contains(".claude/agents/backend-engineer.md", CODEX_BACKEND,
                ".codex/agents/aws-deployment-engineer.toml", "CLAUDE.md", "AGENTS.md")
                .noneMatch(p -> p.startsWith(".github/") || p.startsWith(".gemini/") || p.startsWith(".opencode/"));
        assertThat(read("AGENTS.md")).startsWith(OUR_AGENTS_MD + "\n<!-- BEGIN agentry team:")
                .contains("#### Backend Engineer (`backend-engineer`)").endsWith("<!-- END agentry team -->\n");
        assertThat(read(".agentry/state.json")).contains(CODEX_BACKEND, "AGENTS.md");
        assertThat(read(".agentry/answers.yml")).contains("claude", "codex", "agents-md");

        Outcome again = run(Map.of(), Generate.Mode.UPDATE);
        assertThat(again.applied()).isFalse();
        assertThat(again.plan().actions()).allMatch(a -> a.action() == Action.UNCHANGED);
    }

    @Test
    void anEditInACodexFileSurvivesADeploymentChange() throws Exception {
        String line = "- **Authentication & Security**: User authentication, authorization, and security best practices";
        assertThat(read(CODEX_BACKEND)).contains(line);
        write(CODEX_BACKEND, read(CODEX_BACKEND).replace(line, line + "; we use \"Keycloak\""));

        Outcome outcome = run(Map.of("deployment", "kubernetes"), Generate.Mode.UPDATE);
        assertThat(actionOf(outcome, CODEX_BACKEND)).isEqualTo(Action.MERGE);
        assertThat(actionOf(outcome, ".codex/agents/aws-deployment-engineer.toml")).isEqualTo(Action.DELETE);
        assertThat(actionOf(outcome, ".codex/agents/kubernetes-deployment-engineer.toml")).isEqualTo(Action.CREATE);
        assertThat(actionOf(outcome, "AGENTS.md")).isEqualTo(Action.UPDATE);
        String instructions = new TomlMapper().readTree(read(CODEX_BACKEND)).get("developer_instructions").asString();
        assertThat(instructions).contains("; we use \"Keycloak\"", "`kubernetes-deployment-engineer`")
                .doesNotContain("aws-deployment-engineer");
        assertThat(read("AGENTS.md")).startsWith(OUR_AGENTS_MD).contains("kubernetes-deployment-engineer")
                .doesNotContain("aws-deployment-engineer");
    }

    @Test
    void droppingCodexDeletesItsUneditedFilesAndKeepsAnEditedOne() throws Exception {
        write(CODEX_REVIEWER, read(CODEX_REVIEWER).replace("# Role\n", "# Role\nOur reviewer signs off releases.\n"));

        Outcome outcome = run(Map.of("targets", "claude,agents-md"), Generate.Mode.UPDATE);
        assertThat(actionOf(outcome, CODEX_BACKEND)).isEqualTo(Action.DELETE);
        assertThat(actionOf(outcome, CODEX_REVIEWER)).isEqualTo(Action.ORPHAN);
        assertThat(actionOf(outcome, "AGENTS.md")).isEqualTo(Action.UNCHANGED);
        assertThat(Trees.content(target).keySet().stream().filter(p -> p.startsWith(".codex/")).toList())
                .containsExactly(CODEX_REVIEWER);
        assertThat(read(CODEX_REVIEWER)).contains("Our reviewer signs off releases.");
        State state = StateStore.read(new Workspace(target));
        assertThat(state.files()).noneMatch(f -> f.path().startsWith(".codex/"));
        assertThat(state.released()).extracting(RecordedFile::path).containsExactly(CODEX_REVIEWER);
        assertThat(read(".agentry/answers.yml")).doesNotContain("codex");
    }

    @Test
    void droppingAgentsMdRemovesOnlyItsBlock() throws Exception {
        Outcome outcome = run(Map.of("targets", "claude,codex"), Generate.Mode.UPDATE);
        assertThat(actionOf(outcome, "AGENTS.md")).isEqualTo(Action.DELETE);
        assertThat(read("AGENTS.md")).isEqualTo(OUR_AGENTS_MD);
        assertThat(target.resolve(CODEX_BACKEND)).exists();
    }

    @Test
    void addingATargetCreatesOnlyItsFiles() {
        Outcome outcome = run(Map.of("targets", "claude,codex,agents-md,copilot"), Generate.Mode.UPDATE);
        assertThat(outcome.plan().actions()).filteredOn(a -> a.action() == Action.CREATE)
                .allMatch(a -> a.path().startsWith(".github/agents/") && a.path().endsWith(".agent.md")).hasSize(5);
        assertThat(outcome.plan().actions()).filteredOn(a -> a.action() != Action.CREATE)
                .allMatch(a -> a.action() == Action.UNCHANGED);
    }

    @Test
    void checkSeesANewRenderInEveryTarget() throws Exception {
        assertThat(check().exitCode()).isEqualTo(ExitCode.OK);
        // a template change in the target's own scaffold layer changes the reviewer for every tool
        TestLayers.write(target.resolve(".agentry/scaffolds"), Map.of("templates/code-reviewer.ftl", "<#import \"lib/team.ftl\" as t>\n"
                + "# Role\nReviewer v2.\n\n# Core Responsibilities\n- review\n\n<@t.collaboration/>\n"));
        Outcome drift = check();
        assertThat(drift.exitCode()).isEqualTo(ExitCode.DRIFT);
        assertThat(actionOf(drift, ".claude/agents/code-reviewer.md")).isEqualTo(Action.UPDATE);
        assertThat(actionOf(drift, CODEX_REVIEWER)).isEqualTo(Action.UPDATE);
        assertThat(actionOf(drift, "AGENTS.md")).isEqualTo(Action.UPDATE);
        assertThat(actionOf(drift, CODEX_BACKEND)).isEqualTo(Action.UNCHANGED);

        run(Map.of(), Generate.Mode.UPDATE);
        assertThat(check().exitCode()).isEqualTo(ExitCode.OK);
        assertThat(read("AGENTS.md")).contains("Reviewer v2.");
    }

    @Test
    void checkSeesATargetAddedByHandAndNamesADeletedFile() throws Exception {
        String answers = read(".agentry/answers.yml");
        write(".agentry/answers.yml", answers.replaceAll("( *)- agents-md\n", "$1- agents-md\n$1- copilot\n"));
        assertThat(read(".agentry/answers.yml")).contains("- copilot\n");
        Outcome drift = check();
        assertThat(drift.exitCode()).isEqualTo(ExitCode.DRIFT);
        assertThat(actionOf(drift, COPILOT_REVIEWER)).isEqualTo(Action.CREATE);

        run(Map.of(), Generate.Mode.UPDATE);
        Files.delete(target.resolve(COPILOT_REVIEWER));
        Outcome deleted = check();
        assertThat(actionOf(deleted, COPILOT_REVIEWER)).isEqualTo(Action.RESTORE);
        assertThat(deleted.exitCode()).isEqualTo(ExitCode.DRIFT);
        assertThat(deleted.plan().with(Action.RESTORE)).extracting(FileAction::reason)
                .allMatch(reason -> reason.contains("code-reviewer") && reason.contains("--agents"));
    }

    @Test
    void removeRemovesEveryTargetAndKeepsTheTextAroundTheAgentsMdBlock() throws Exception {
        run(Map.of("targets", "claude,codex,agents-md,copilot,gemini,opencode"), Generate.Mode.UPDATE);
        write("AGENTS.md", read("AGENTS.md") + "\nNotes after the block.\n");
        assertThat(Trees.content(target).keySet()).anyMatch(p -> p.startsWith(".opencode/agents/"));

        Outcome outcome = new Remove(FileSystem.REAL).run(target);
        assertThat(outcome.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(Trees.content(target)).containsOnlyKeys("AGENTS.md");
        assertThat(read("AGENTS.md")).isEqualTo(OUR_AGENTS_MD + "\nNotes after the block.\n");
        for (String folder : List.of(".claude", ".codex", ".github", ".gemini", ".opencode", ".agentry")) {
            assertThat(target.resolve(folder)).as(folder).doesNotExist();
        }
    }
}
