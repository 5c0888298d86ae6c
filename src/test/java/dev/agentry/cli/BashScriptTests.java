package dev.agentry.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.agentry.cli.CompletionScripts.CATALOG;
import static dev.agentry.cli.CompletionScripts.CUSTOM_STACK;
import static dev.agentry.cli.CompletionScripts.suited;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The bash script of {@code agentry completion bash}, loaded in bash: its completion function called as bash calls it
 * at a Tab (COMP_WORDS and COMP_CWORD set as bash splits the line, '=' a word of its own), and COMPREPLY read.
 */
class BashScriptTests {

    @TempDir
    Path root;
    private Path bash;
    private Path script;
    private Path bin;
    private Path cwd;

    @BeforeEach
    void load() {
        bash = CompletionScripts.shell("bash");
        script = CompletionScripts.script(root, "bash", "agentry.bash");
        bin = CompletionScripts.agentryOnPath(root);
        cwd = CompletionScripts.folders(root);
    }

    /** What the script offers for the line of these words, the last one being completed. */
    private List<String> complete(String... words) {
        List<String> argv = new ArrayList<>(List.of(bash.toString(), "--norc", "--noprofile", "-c", """
                . "$1" || exit 1
                shift
                COMP_WORDS=("$@")
                COMP_CWORD=$(( $# - 1 ))
                COMP_LINE="$*"
                COMP_POINT=${#COMP_LINE}
                _agentry
                printf '%s\\n' "${COMPREPLY[@]}"
                """, "bash", script.toString()));
        argv.addAll(List.of(words));
        CompletionScripts.Run run = CompletionScripts.run(cwd, CompletionScripts.env(bin, root.resolve("home")), argv);
        assertThat(run.code()).as(run.err()).isZero();
        return CompletionScripts.lines(run.out());
    }

    @Test
    void theScriptRegistersItsFunctionForAgentry() {
        CompletionScripts.Run run = CompletionScripts.run(cwd, CompletionScripts.env(bin, root.resolve("home")),
                List.of(bash.toString(), "--norc", "--noprofile", "-c", ". \"$1\" && complete -p agentry", "bash", script.toString()));
        assertThat(run.out().strip()).isEqualTo("complete -F _agentry agentry");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void commandNamesComplete() {
        assertThat(complete("agentry", "gen")).containsExactly("generate");
        assertThat(complete("agentry", "")).contains("init", "generate", "update", "check", "completion", "help");
    }

    @Test
    void optionNamesCompleteAndOneGivenIsNotOfferedAgain() {
        assertThat(complete("agentry", "generate", "--st")).containsExactly("--stack");
        assertThat(complete("agentry", "generate", "--stack", "go", "--s")).containsExactly("--set", "--scaffolds");
        assertThat(complete("agentry", "generate", "--set", "a=b", "--s")).contains("--set");
    }

    @Test
    void stacksAreOnlyThoseSuitedToTheProjectTypeOnTheLine() {
        assertThat(suited("backend-api")).isNotEmpty().hasSizeLessThan(CATALOG.stacks().size());
        assertThat(complete("agentry", "generate", "--project-type", "backend-api", "--stack", ""))
                .containsExactlyElementsOf(suited("backend-api"));
        // bash splits --name=value at the '=': the words it gives the function
        assertThat(complete("agentry", "generate", "--project-type", "=", "backend-api", "--stack", "=", ""))
                .containsExactlyElementsOf(suited("backend-api"));
        assertThat(complete("agentry", "generate", "--project-type", "=", "backend-api", "--stack", "="))
                .containsExactlyElementsOf(suited("backend-api"));
    }

    @Test
    void aCustomLayerOnTheLineAddsItsIds() {
        Path layer = CompletionScripts.customLayer(root.resolve("layer"));
        assertThat(complete("agentry", "generate", "--scaffolds", layer.toString(), "--project-type", "backend-api", "--stack", "zig"))
                .containsExactly(CUSTOM_STACK);
        assertThat(complete("agentry", "generate", "--project-type", "backend-api", "--stack", "zig")).isEmpty();
    }

    @Test
    void aQuotedTargetIsReadAsTheCommandWouldReceiveIt() throws Exception {
        Path team = Files.createDirectories(cwd.resolve("my team"));
        assertThat(CliHarness.run("generate", "--target", team.toString(), "--project-type", "backend-api", "--deployment", "aws",
                "--stack", "go").code()).isZero();
        // the stacks of the project type stored in that target
        assertThat(complete("agentry", "update", "--target", "'my team'", "--stack", "")).containsExactlyElementsOf(suited("backend-api"));
        assertThat(complete("agentry", "update", "--target", "my\\ team", "--stack", "")).containsExactlyElementsOf(suited("backend-api"));
    }

    @Test
    void anAgentListCompletesWithoutTheIdsAlreadyInIt() {
        List<String> next = complete("agentry", "generate", "--agents", "backend-engineer,");
        assertThat(next).hasSize(CATALOG.roles().size() - 1).allMatch(v -> v.startsWith("backend-engineer,"))
                .doesNotContain("backend-engineer,backend-engineer").contains("backend-engineer,code-reviewer");
        assertThat(complete("agentry", "generate", "--agents", "backend-engineer,co")).containsExactly("backend-engineer,code-reviewer");
        assertThat(complete("agentry", "generate", "--targets", "=", "claude,co")).containsExactly("claude,copilot", "claude,codex");
    }

    @Test
    void targetCompletesFoldersOnly() {
        assertThat(complete("agentry", "check", "--target", "")).containsExactlyInAnyOrder("alpha", "beta dir");
        assertThat(complete("agentry", "check", "--target", "=", "b")).containsExactly("beta dir");
        assertThat(complete("agentry", "generate", "--answers", "")).containsExactlyInAnyOrder("alpha", "beta dir", "notes.txt");
    }

    @Test
    void positionalArgumentsAndFixedChoicesComplete() {
        assertThat(complete("agentry", "list", "")).contains("project-types", "stacks", "--json");
        assertThat(complete("agentry", "list", "stacks", "")).doesNotContain("deployments").contains("--json");
        assertThat(complete("agentry", "completion", "")).contains("bash", "zsh", "fish");
        assertThat(complete("agentry", "generate", "--conflict", "")).containsExactly("inline", "rej");
        assertThat(complete("agentry", "bogus", "--")).isEmpty();
    }

    @Test
    void theScriptPassesShellcheck() {
        Path shellcheck = Path.of("/usr/bin/shellcheck");
        assumeThat(Files.isExecutable(shellcheck)).as("shellcheck (Debian's package)").isTrue();
        CompletionScripts.Run run = CompletionScripts.run(cwd, CompletionScripts.env(bin, root.resolve("home")),
                List.of(shellcheck.toString(), "-s", "bash", script.toString()));
        assertThat(run.code()).as(run.out()).isZero();
    }
}
