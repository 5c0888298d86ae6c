package dev.agentry.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.agentry.cli.CompletionScripts.CATALOG;
import static dev.agentry.cli.CompletionScripts.CUSTOM_STACK;
import static dev.agentry.cli.CompletionScripts.suited;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The zsh script of {@code agentry completion zsh}, installed as {@code _agentry} in a folder of $fpath and loaded by
 * compinit in an interactive zsh on a pseudo-terminal (zsh's zpty module): a line is typed, Tab pressed, and the
 * matches zsh's completion system adds are read ({@code completion/capture.zsh}).
 */
class ZshScriptTests {

    @TempDir
    Path root;
    private Path zsh;
    private Path functions;
    private Path capture;
    private Path bin;
    private Path cwd;

    @BeforeEach
    void load() throws Exception {
        zsh = CompletionScripts.shell("zsh");
        functions = Files.createDirectories(root.resolve("site-functions"));
        CompletionScripts.script(functions, "zsh", "_agentry");
        capture = root.resolve("capture.zsh");
        try (var in = ZshScriptTests.class.getResourceAsStream("/completion/capture.zsh")) {
            Files.write(capture, in.readAllBytes());
        }
        bin = CompletionScripts.agentryOnPath(root);
        cwd = CompletionScripts.folders(root);
    }

    /** The matches zsh offers at a Tab at the end of this line (each once, quoting removed). */
    private List<String> complete(String line) {
        CompletionScripts.Run run = CompletionScripts.run(cwd, CompletionScripts.env(bin, root.resolve("home")),
                List.of(zsh.toString(), "-f", capture.toString(), functions.toString(), line));
        assertThat(run.code()).as(run.err()).isZero();
        return List.copyOf(new LinkedHashSet<>(CompletionScripts.lines(run.out().replace("\\", ""))));
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
        assertThat(complete("agentry check --target ")).containsExactlyInAnyOrder("alpha", "beta dir");
        assertThat(complete("agentry generate --answers ")).containsExactlyInAnyOrder("alpha", "beta dir", "notes.txt");
    }

    @Test
    void positionalArgumentsAndFixedChoicesComplete() {
        assertThat(complete("agentry list ")).contains("project-types", "stacks");
        assertThat(complete("agentry completion ")).containsExactlyInAnyOrder("bash", "zsh", "fish");
        assertThat(complete("agentry generate --conflict ")).containsExactlyInAnyOrder("inline", "rej");
    }
}
