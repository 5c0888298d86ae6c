package dev.agentry.cli;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.agentry.cli.CompletionScripts.CATALOG;
import static dev.agentry.cli.CompletionScripts.CUSTOM_STACK;
import static dev.agentry.cli.CompletionScripts.suited;
import static org.assertj.core.api.Assertions.assertThat;

/** The fish script of {@code agentry completion fish}, sourced in fish and asked with {@code complete -C LINE}. */
class FishScriptTests {

    @TempDir
    Path root;
    private Path fish;
    private Path script;
    private Path bin;
    private Path cwd;

    @BeforeEach
    void load() {
        fish = CompletionScripts.shell("fish");
        script = CompletionScripts.script(root, "fish", "agentry.fish");
        bin = CompletionScripts.agentryOnPath(root);
        cwd = CompletionScripts.folders(root);
    }

    /** What fish offers at the end of this line (the candidates, without their descriptions). */
    private List<String> complete(String line) {
        CompletionScripts.Run run = CompletionScripts.run(cwd, CompletionScripts.env(bin, root.resolve("home")),
                List.of(fish.toString(), "--no-config", "-c", "source $argv[1]; or exit 1; complete -C $argv[2]", script.toString(),
                        line));
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        return CompletionScripts.lines(run.out()).stream().map(l -> l.split("\t", 2)[0]).toList();
    }

    @Test
    void commandNamesComplete() {
        assertThat(complete("agentry gen")).containsExactly("generate");
        assertThat(complete("agentry ")).contains("init", "generate", "update", "check", "completion", "help");
    }

    @Test
    void optionNamesCompleteAndOneGivenIsNotOfferedAgain() {
        assertThat(complete("agentry generate --st")).containsExactly("--stack");
        assertThat(complete("agentry generate --stack go --s")).containsExactlyInAnyOrder("--set", "--scaffolds");
    }

    @Test
    void anOptionWhoseValueMayBeLeftOutIsFollowedByAnotherOption() {
        assertThat(complete("agentry update --upgrade --d")).containsExactlyInAnyOrder("--deployment", "--detect", "--dry-run");
    }

    @Test
    void stacksAreOnlyThoseSuitedToTheProjectTypeOnTheLine() {
        assertThat(suited("backend-api")).isNotEmpty().hasSizeLessThan(CATALOG.stacks().size());
        assertThat(complete("agentry generate --project-type backend-api --stack "))
                .containsExactlyInAnyOrderElementsOf(suited("backend-api"));
        assertThat(complete("agentry generate --project-type=backend-api --stack="))
                .containsExactlyInAnyOrderElementsOf(suited("backend-api").stream().map(s -> "--stack=" + s).toList());
    }

    @Test
    void aCustomLayerOnTheLineAddsItsIds() {
        Path layer = CompletionScripts.customLayer(root.resolve("layer"));
        assertThat(complete("agentry generate --scaffolds " + layer + " --project-type backend-api --stack zig"))
                .containsExactly(CUSTOM_STACK);
    }

    @Test
    void anAgentListCompletesWithoutTheIdsAlreadyInIt() {
        List<String> next = complete("agentry generate --agents backend-engineer,");
        assertThat(next).hasSize(CATALOG.roles().size() - 1).allMatch(v -> v.startsWith("backend-engineer,"))
                .doesNotContain("backend-engineer,backend-engineer").contains("backend-engineer,code-reviewer");
        assertThat(complete("agentry generate --targets claude,co")).containsExactlyInAnyOrder("claude,copilot", "claude,codex");
    }

    @Test
    void targetCompletesFoldersOnly() {
        assertThat(complete("agentry check --target ")).containsExactlyInAnyOrder("alpha/", "beta dir/");
        assertThat(complete("agentry generate --answers ")).containsExactlyInAnyOrder("alpha/", "beta dir/", "notes.txt");
    }

    @Test
    void positionalArgumentsAndFixedChoicesComplete() {
        assertThat(complete("agentry list ")).contains("project-types", "stacks");
        assertThat(complete("agentry list stacks ")).isEmpty();
        assertThat(complete("agentry completion ")).containsExactlyInAnyOrder("bash", "zsh", "fish");
        assertThat(complete("agentry generate --conflict ")).containsExactlyInAnyOrder("inline", "rej");
    }
}
