package dev.agentry.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.agentry.Trees;
import dev.agentry.apply.FileSystem;
import dev.agentry.apply.State;
import dev.agentry.apply.StateStore;
import dev.agentry.apply.Workspace;
import dev.agentry.plan.Action;
import dev.agentry.plan.FileAction;
import dev.agentry.plan.RecordedFile;
import dev.agentry.support.AgentryException;
import dev.agentry.support.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each of the tools added with issue 19, as a user lives with it: the target added to a team, an edit to one of its files
 * merged with a later change of the answers, the target dropped again (edited files kept and released, the others
 * gone); and the AGENTS.md block that Cursor shares with the agents-md target.
 */
class NewTargetsScenarioTests {

    @TempDir
    Path target;

    static Stream<Arguments> targets() {
        return Stream.of(
                Arguments.of("qwen", ".qwen/agents/backend-engineer.md", ".qwen/agents/code-reviewer.md"),
                Arguments.of("kilo", ".kilo/agents/backend-engineer.md", ".kilo/agents/code-reviewer.md"),
                Arguments.of("droid", ".factory/droids/backend-engineer.md", ".factory/droids/code-reviewer.md"),
                Arguments.of("cursor", ".cursor/agents/backend-engineer.md", ".cursor/agents/code-reviewer.md"),
                Arguments.of("kiro", ".kiro/agents/backend-engineer.json", ".kiro/agents/code-reviewer.json"),
                Arguments.of("augment", ".augment/agents/backend-engineer.md", ".augment/agents/code-reviewer.md"));
    }

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

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void aTargetIsAddedItsEditMergedAndItIsDroppedAgain(String id, String backend, String reviewer) throws Exception {
        assertThat(run(Map.of("project-type", "backend-api", "deployment", "aws", "stack", "go", "targets", "claude"), Generate.Mode.GENERATE)
                .exitCode()).isEqualTo(ExitCode.OK);

        Outcome added = run(Map.of("targets", "claude," + id), Generate.Mode.UPDATE);
        assertThat(added.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(actionOf(added, backend)).isEqualTo(Action.CREATE);
        assertThat(added.plan().actions()).filteredOn(a -> a.path().startsWith(".claude/"))
                .allMatch(a -> a.action() == Action.UNCHANGED);
        assertThat(check().exitCode()).isEqualTo(ExitCode.OK);
        Files.delete(target.resolve(reviewer));
        Outcome missing = check();
        assertThat(missing.exitCode()).isEqualTo(ExitCode.DRIFT);
        assertThat(actionOf(missing, reviewer)).isEqualTo(Action.RESTORE);
        run(Map.of(), Generate.Mode.UPDATE);
        assertThat(target.resolve(reviewer)).exists();

        // an edit the user makes in the tool's own file, on a line the new answers do not touch (Kiro holds the
        // instructions on one JSON line, so there the edit is to the description)
        String line = id.equals("kiro") ? "\"description\": \"" : "- **Error Handling**: Implement comprehensive error handling and logging";
        assertThat(read(backend)).contains(line);
        write(backend, read(backend).replace(line, id.equals("kiro") ? line + "(our own rule) " : line + " (our own rule)"));
        Outcome merged = run(Map.of("project-name", "renamed-shop"), Generate.Mode.UPDATE);
        assertThat(merged.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(actionOf(merged, backend)).isEqualTo(Action.MERGE);
        assertThat(read(backend)).contains("(our own rule)", "renamed-shop");
        assertThat(actionOf(merged, reviewer)).isEqualTo(Action.UPDATE);

        Outcome dropped = run(Map.of("targets", "claude"), Generate.Mode.UPDATE);
        assertThat(actionOf(dropped, backend)).isEqualTo(Action.ORPHAN);
        assertThat(actionOf(dropped, reviewer)).isEqualTo(Action.DELETE);
        assertThat(target.resolve(reviewer)).doesNotExist();
        assertThat(read(backend)).contains("(our own rule)");
        State state = StateStore.read(new Workspace(target));
        assertThat(state.released()).extracting(RecordedFile::path).containsExactly(backend);
        assertThat(state.files()).allMatch(f -> f.path().startsWith(".claude/") || f.path().equals("CLAUDE.md"));
    }

    @Test
    void cursorAndAgentsMdShareOneBlockThatStaysWhileEitherWantsIt() throws Exception {
        write("AGENTS.md", "# Ours\n");
        assertThat(run(Map.of("project-type", "backend-api", "deployment", "aws", "stack", "go", "targets",
                "agents-md,cursor"), Generate.Mode.GENERATE).exitCode()).isEqualTo(ExitCode.OK);
        String agentsMd = read("AGENTS.md");
        assertThat(agentsMd.split("<!-- BEGIN agentry team", -1)).hasSize(2);
        assertThat(StateStore.read(new Workspace(target)).files()).filteredOn(f -> f.path().equals("AGENTS.md")).hasSize(1);

        Outcome withoutAgentsMd = run(Map.of("targets", "cursor"), Generate.Mode.UPDATE);
        assertThat(actionOf(withoutAgentsMd, "AGENTS.md")).isEqualTo(Action.UNCHANGED);
        assertThat(read("AGENTS.md")).isEqualTo(agentsMd);

        Files.delete(target.resolve("AGENTS.md"));
        Outcome restored = new Check(new Scaffolds(), FileSystem.REAL).run(Request.of(target));
        assertThat(restored.plan().actions()).filteredOn(a -> a.path().equals("AGENTS.md")).singleElement()
                .satisfies(a -> assertThat(a.reason()).contains("leave cursor out of the agent tools"));

        run(Map.of("targets", "agents-md,cursor"), Generate.Mode.UPDATE);
        Outcome restoredBoth = new Check(new Scaffolds(), FileSystem.REAL).run(Request.of(target));
        assertThat(restoredBoth.plan().actions()).filteredOn(a -> a.path().equals("AGENTS.md")).singleElement()
                .satisfies(a -> assertThat(a.action()).isEqualTo(Action.UNCHANGED));

        Outcome none = run(Map.of("targets", "claude"), Generate.Mode.UPDATE);
        assertThat(actionOf(none, "AGENTS.md")).isEqualTo(Action.DELETE);
        assertThat(Trees.content(target).keySet()).noneMatch(p -> p.startsWith(".cursor/"));
    }

    @Test
    void aReservedQwenNameIsRefusedWithNothingWritten() throws Exception {
        Path layer = Files.createDirectories(target.resolve("layer/agents"));
        Files.writeString(layer.resolve("main.md"), "---\nname: main\ndescription: The main agent.\n---\n# Role\nYou lead.\n");
        assertThatThrownBy(() -> new Generate(new Scaffolds(), FileSystem.REAL).run(Request.to(target)
                .flags(Map.of("project-type", "backend-api", "deployment", "aws", "stack", "go", "targets",
                "claude,qwen")).scaffolds(List.of(layer.getParent().toString())).build(), Generate.Mode.GENERATE))
                .isInstanceOfSatisfying(AgentryException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
                .hasMessageContaining("'main'").hasMessageContaining("Qwen Code");
        assertThat(target.resolve(".claude")).doesNotExist();
        assertThat(target.resolve(".agentry")).doesNotExist();
    }
}
