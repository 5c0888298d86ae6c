package dev.agentry.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.agentry.TestLayers;
import dev.agentry.Trees;
import dev.agentry.cli.CliHarness;
import dev.agentry.codec.Codec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer given, then another answer changed: the answers the user gave are kept key by key (README: "Answers
 * are taken, key by key, from the first of ..."); only the changed one changes.
 */
class AnswersKeptTests {

    @TempDir
    Path target;

    @TempDir
    Path layers;

    private Path layer;

    /** Every answer given at once, as a user who chose them all would. */
    private Map<String, Object> given;

    @BeforeEach
    void generateWithEveryAnswer() throws Exception {
        layer = layer("first");
        CliHarness.Run run = agentry("generate", "--project-name", "shop", "--project-type", "backend-api", "--deployment",
                "aws", "--stack", "java-spring-boot", "--agents", "backend-engineer,code-reviewer", "--targets",
                "claude,agents-md", "--set", "test-coverage-target=90", "--set", "claude-md=false", "--scaffolds",
                layer.toString());
        assertThat(run.code()).as(run.err()).isZero();
        given = answers();
        assertThat(given).containsEntry("project-name", "shop").containsEntry("project-type", "backend-api")
                .containsEntry("deployment", "aws").containsEntry("stack", "java-spring-boot")
                .containsEntry("agents", List.of("backend-engineer", "code-reviewer"))
                .containsEntry("targets", List.of("claude", "agents-md")).containsEntry("test-coverage-target", 90)
                .containsEntry("claude-md", false).containsKey("scaffolds");
    }

    private Path layer(String name) {
        Path folder = layers.resolve(name);
        TestLayers.write(folder, Map.of("templates/unused-" + name + ".ftl", "not used by any role\n"));
        return folder;
    }

    private CliHarness.Run agentry(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add(1, "--target");
        all.add(2, target.toString());
        return CliHarness.run(all.toArray(String[]::new));
    }

    private Map<String, Object> answers() throws Exception {
        return Codec.readYamlMap(Files.readString(target.resolve(".agentry/answers.yml")), "answers.yml");
    }

    /** Runs the update and checks that only {@code key} changed, to {@code value}. */
    private void updateChangesOnly(String key, Object value, String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "update";
        System.arraycopy(args, 0, command, 1, args.length);
        CliHarness.Run run = agentry(command);
        assertThat(run.code()).as(run.err()).isZero();
        Map<String, Object> expected = new LinkedHashMap<>(given);
        expected.put(key, value);
        assertThat(answers()).isEqualTo(expected);
    }

    @Test
    void aHandPickedTeamIsKeptWhenTheProjectTypeChanges() throws Exception {
        updateChangesOnly("project-type", "web-app", "--project-type", "web-app");
        assertThat(Trees.content(target)).containsKeys(".claude/agents/backend-engineer.md", ".claude/agents/code-reviewer.md")
                .doesNotContainKeys(".claude/agents/frontend-engineer.md", ".claude/agents/ui-ux-designer.md");
    }

    @Test
    void everyOtherAnswerIsKeptWhenTheDeploymentChanges() throws Exception {
        updateChangesOnly("deployment", "gcp", "--deployment", "gcp");
    }

    @Test
    void everyOtherAnswerIsKeptWhenTheStackChanges() throws Exception {
        updateChangesOnly("stack", "python-fastapi", "--stack", "python-fastapi");
    }

    @Test
    void everyOtherAnswerIsKeptWhenTheTargetsChange() throws Exception {
        updateChangesOnly("targets", List.of("claude", "copilot"), "--targets", "claude,copilot");
    }

    @Test
    void everyOtherAnswerIsKeptWhenTheProjectNameChanges() throws Exception {
        updateChangesOnly("project-name", "store", "--project-name", "store");
    }

    @Test
    void everyOtherAnswerIsKeptWhenTheTeamChanges() throws Exception {
        updateChangesOnly("agents", List.of("backend-engineer", "testing-specialist"), "--agents",
                "backend-engineer,testing-specialist");
    }

    @Test
    void everyOtherAnswerIsKeptWhenAVariableChanges() throws Exception {
        updateChangesOnly("test-coverage-target", 80, "--set", "test-coverage-target=80");
    }

    @Test
    void everyOtherAnswerIsKeptWhenASettingChanges() throws Exception {
        updateChangesOnly("claude-md", true, "--set", "claude-md=true");
        assertThat(Files.readString(target.resolve("CLAUDE.md"))).contains("BEGIN agentry team");
    }

    @Test
    void everyOtherAnswerIsKeptWhenTheScaffoldsChange() throws Exception {
        Path other = layer("second");
        CliHarness.Run run = agentry("update", "--scaffolds", other.toString());
        assertThat(run.code()).as(run.err()).isZero();
        Map<String, Object> now = answers();
        assertThat(now.get("scaffolds")).isEqualTo(List.of(other.toString())).isNotEqualTo(given.get("scaffolds"));
        now.remove("scaffolds");
        Map<String, Object> rest = new LinkedHashMap<>(given);
        rest.remove("scaffolds");
        assertThat(now).isEqualTo(rest);
    }

    @Test
    void aStackThatDoesNotSuitTheNewTypeIsAnErrorNamingWhatToChange() throws Exception {
        Map<String, String> before = Trees.content(target);
        CliHarness.Run run = agentry("update", "--project-type", "web-frontend");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("'java-spring-boot'", "'web-frontend'", ".agentry/answers.yml:", "(stack)",
                "nextjs", "react-vite", "--stack");
        assertThat(Trees.content(target)).isEqualTo(before);

        updateChangesOnlyTypeAndStack();
    }

    private void updateChangesOnlyTypeAndStack() throws Exception {
        CliHarness.Run run = agentry("update", "--project-type", "web-frontend", "--stack", "nextjs");
        assertThat(run.code()).as(run.err()).isZero();
        Map<String, Object> expected = new LinkedHashMap<>(given);
        expected.put("project-type", "web-frontend");
        expected.put("stack", "nextjs");
        assertThat(answers()).isEqualTo(expected);
    }

    @Test
    void theTypesDefaultTeamFollowsTheType() throws Exception {
        CliHarness.Run reset = agentry("update", "--agents", "");
        assertThat(reset.code()).as(reset.err()).isZero();
        assertThat(answers()).containsEntry("agents", List.of());
        CliHarness.Run run = agentry("update", "--project-type", "web-app");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(answers()).containsEntry("agents", List.of()).containsEntry("project-type", "web-app");
        assertThat(Trees.content(target)).containsKeys(".claude/agents/frontend-engineer.md", ".claude/agents/ui-ux-designer.md");
    }
}
