package dev.agentry.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.agentry.apply.FileSystem;
import dev.agentry.plan.Action;
import dev.agentry.plan.ConflictStyle;
import dev.agentry.plan.FileAction;
import dev.agentry.plan.ForeignFiles;
import dev.agentry.support.ExitCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code .roomodes}, the file agentry shares with the user: their own modes, comments and order kept through generate,
 * update, a merge, a conflict, dropping the target and remove; agentry's entries edited in place, one by one.
 */
class RooModesScenarioTests {

    private static final String ROOMODES = ".roomodes";
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    /** The user's file before agentry: a comment, a mode of theirs, another key. */
    private static final String USERS = """
            # The team's own modes come first.
            customModes:
              - slug: docs-helper # ours, keep it
                name: Docs Helper
                roleDefinition: You help with the docs.
                groups:
                  - read
                  - - edit
                    - fileRegex: \\.md$
                      description: Markdown only
            """;

    @TempDir
    Path target;

    private Outcome run(Map<String, Object> flags, Generate.Mode mode, ForeignFiles foreign, ConflictStyle style) {
        return new Generate(new Scaffolds(), FileSystem.REAL).run(Request.to(target).flags(flags).foreignFiles(foreign)
                .conflictStyle(style).build(), mode);
    }

    private Outcome run(Map<String, Object> flags, Generate.Mode mode) {
        return run(flags, mode, ForeignFiles.REFUSE, ConflictStyle.INLINE);
    }

    private String read() throws Exception {
        return Files.readString(target.resolve(ROOMODES));
    }

    private void write(String text) throws Exception {
        Files.writeString(target.resolve(ROOMODES), text);
    }

    private static FileAction actionOf(Outcome outcome) {
        return outcome.plan().actions().stream().filter(a -> a.path().equals(ROOMODES)).findFirst().orElseThrow();
    }

    private List<String> slugs() throws Exception {
        return YAML.readTree(read()).get("customModes").valueStream().map(m -> m.get("slug").asString()).toList();
    }

    private JsonNode mode(String slug) throws Exception {
        return YAML.readTree(read()).get("customModes").valueStream().filter(m -> m.get("slug").asString().equals(slug))
                .findFirst().orElseThrow();
    }

    @BeforeEach
    void generateIntoTheUsersFile() throws Exception {
        write(USERS);
        Outcome outcome = run(Map.of("project-type", "backend-api", "deployment", "aws", "stack", "go", "targets", "claude,roo"),
                Generate.Mode.GENERATE);
        assertThat(outcome.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(actionOf(outcome).action()).isEqualTo(Action.UPDATE);
    }

    @Test
    void theUsersModeCommentsAndOrderStayAndAgentrysModesFollow() throws Exception {
        assertThat(read()).startsWith(USERS);
        assertThat(slugs()).containsExactly("docs-helper", "aws-deployment-engineer", "backend-engineer", "code-reviewer",
                "product-manager", "testing-specialist");
        assertThat(mode("code-reviewer").get("groups").valueStream().map(JsonNode::asString).toList())
                .containsExactly("read", "command");

        Outcome again = run(Map.of(), Generate.Mode.UPDATE);
        assertThat(again.applied()).isFalse();
        assertThat(actionOf(again).action()).isEqualTo(Action.UNCHANGED);

        // the user adds another mode of theirs between agentry's: it is left where it is
        write(read().replace("  - slug: code-reviewer\n", "  - slug: my-second # mine too\n    name: Second\n"
                + "    roleDefinition: Two.\n    groups: [read]\n  - slug: code-reviewer\n"));
        Outcome renamed = run(Map.of("project-name", "renamed-shop"), Generate.Mode.UPDATE);
        assertThat(actionOf(renamed).action()).isEqualTo(Action.UPDATE);
        assertThat(read()).startsWith(USERS).contains("  - slug: my-second # mine too\n    name: Second\n");
        assertThat(mode("backend-engineer").get("roleDefinition").asString()).contains("renamed-shop");
        assertThat(slugs()).containsSubsequence("docs-helper", "backend-engineer", "my-second", "code-reviewer");
    }

    @Test
    void anEditToOneOfAgentrysModesIsMergedAndAConflictGoesToARejNeverIntoTheFile() throws Exception {
        write(read().replace("    name: Code Reviewer\n", "    name: Our Reviewer\n"));
        Outcome merged = run(Map.of("project-name", "renamed-shop"), Generate.Mode.UPDATE);
        assertThat(actionOf(merged).action()).isEqualTo(Action.MERGE);
        assertThat(mode("code-reviewer").get("name").asString()).isEqualTo("Our Reviewer");
        assertThat(mode("code-reviewer").get("roleDefinition").asString()).contains("renamed-shop");

        // an edit on a line agentry changes next: with the default (inline) style the file keeps the user's side and
        // agentry's goes to .roomodes.rej, so Roo Code still reads every mode
        String line = mode("backend-engineer").get("roleDefinition").asString().lines()
                .filter(l -> l.contains("renamed-shop")).findFirst().orElseThrow();
        write(read().replace(line, line + " EDITED"));
        Outcome conflict = run(Map.of("project-name", "third-name"), Generate.Mode.UPDATE);
        assertThat(conflict.exitCode()).isEqualTo(ExitCode.CONFLICTS);
        assertThat(actionOf(conflict).action()).isEqualTo(Action.CONFLICT);
        assertThat(read()).doesNotContain("<<<<<<<", ">>>>>>>");
        assertThat(YAML.readTree(read()).get("customModes").size()).isEqualTo(6);
        assertThat(target.resolve(ROOMODES + ".rej")).exists();
        assertThat(Files.readString(target.resolve(ROOMODES + ".rej"))).contains("third-name");
    }

    @Test
    void aModeOfTheUsersWithTheNameOfAnAgentIsRefusedThenAdoptedOrOverwritten() throws Exception {
        Path other = Files.createDirectories(target.resolve("other"));
        Files.writeString(other.resolve(ROOMODES), "customModes:\n  - slug: code-reviewer\n    name: Theirs\n"
                + "    roleDefinition: Their reviewer.\n    groups: [read]\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Generate(new Scaffolds(), FileSystem.REAL).run(
                Request.to(other).flags(Map.of("project-type", "backend-api", "deployment", "aws", "stack", "go",
                        "targets", "roo")).build(), Generate.Mode.GENERATE))
                .isInstanceOfSatisfying(ForeignFilesException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
                    assertThat(e.paths()).containsExactly(ROOMODES);
                });
        assertThat(Files.readString(other.resolve(ROOMODES))).contains("name: Theirs");

        Outcome forced = new Generate(new Scaffolds(), FileSystem.REAL).run(Request.to(other)
                .flags(Map.of("project-type", "backend-api", "deployment", "aws", "stack", "go", "targets", "roo"))
                .foreignFiles(ForeignFiles.OVERWRITE).build(), Generate.Mode.GENERATE);
        assertThat(forced.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(other.resolve(ROOMODES))).doesNotContain("name: Theirs").contains("slug: backend-engineer");
        assertThat(Files.list(other.resolve(".agentry/backup")).count()).isEqualTo(1);
    }

    @Test
    void droppingRooRemovesOnlyAgentrysModesAndKeepsOneTheUserEdited() throws Exception {
        write(read().replace("    name: Code Reviewer\n", "    name: Our Reviewer\n"));
        Outcome dropped = run(Map.of("targets", "claude"), Generate.Mode.UPDATE);
        assertThat(actionOf(dropped).action()).isEqualTo(Action.DELETE);
        assertThat(actionOf(dropped).reason()).contains("code-reviewer");
        assertThat(slugs()).containsExactly("docs-helper", "code-reviewer");
        assertThat(read()).startsWith(USERS);

        // back in the team: the kept mode is merged with agentry's, the others come back
        Outcome back = run(Map.of("targets", "claude,roo"), Generate.Mode.UPDATE);
        assertThat(actionOf(back).action()).isEqualTo(Action.MERGE);
        assertThat(slugs()).hasSize(6);
        assertThat(mode("code-reviewer").get("name").asString()).isEqualTo("Our Reviewer");
    }

    @Test
    void removeGivesTheUserTheirFileBackAndDeletesAFileAgentryCreated() throws Exception {
        Outcome removed = new Remove(FileSystem.REAL).run(target);
        assertThat(removed.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(read()).isEqualTo(USERS);

        Path fresh = Files.createDirectories(target.resolve("fresh"));
        new Generate(new Scaffolds(), FileSystem.REAL).run(Request.to(fresh).flags(Map.of("project-type",
                "backend-api", "deployment", "aws", "stack", "go", "targets", "roo")).build(), Generate.Mode.GENERATE);
        assertThat(Files.readString(fresh.resolve(ROOMODES))).startsWith("customModes:\n  - slug: aws-deployment-engineer\n");
        new Remove(FileSystem.REAL).run(fresh);
        assertThat(fresh.resolve(ROOMODES)).doesNotExist();
    }

    @Test
    void aBrokenRoomodesStopsTheRunNamingItsLineAndNothingIsWritten() throws Exception {
        String broken = read() + "  - slug: [unclosed\n";
        write(broken);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> run(Map.of("project-name", "x"), Generate.Mode.UPDATE))
                .hasMessageStartingWith(".roomodes:").hasMessageContaining("invalid YAML");
        assertThat(read()).isEqualTo(broken);
    }

    @Test
    void aJsonRoomodesGetsAgentrysModesAsJsonAndComesBackAsItWas() throws Exception {
        Path json = Files.createDirectories(target.resolve("json"));
        String users = "{\n  \"customModes\": [\n    {\"slug\": \"mine\", \"name\": \"Mine\", \"roleDefinition\": \"Ours.\","
                + " \"groups\": [\"read\"]}\n  ]\n}\n";
        Files.writeString(json.resolve(ROOMODES), users);
        Outcome generated = new Generate(new Scaffolds(), FileSystem.REAL).run(Request.to(json)
                .flags(Map.of("project-type", "backend-api", "deployment", "aws", "stack", "go", "targets", "roo"))
                .build(), Generate.Mode.GENERATE);
        assertThat(generated.exitCode()).isEqualTo(ExitCode.OK);
        String written = Files.readString(json.resolve(ROOMODES));
        JsonNode modes = tools.jackson.databind.json.JsonMapper.builder().build().readTree(written).get("customModes");
        assertThat(modes.valueStream().map(m -> m.get("slug").asString()).toList()).startsWith("mine", "aws-deployment-engineer")
                .hasSize(6);
        assertThat(written).startsWith("{\n  \"customModes\": [\n    {\"slug\": \"mine\"");

        Outcome again = new Check(new Scaffolds(), FileSystem.REAL).run(Request.of(json));
        assertThat(again.exitCode()).isEqualTo(ExitCode.OK);
        new Remove(FileSystem.REAL).run(json);
        assertThat(Files.readString(json.resolve(ROOMODES))).isEqualTo(users);
    }
}
