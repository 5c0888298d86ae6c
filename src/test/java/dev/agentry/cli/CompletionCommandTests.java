package dev.agentry.cli;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.agentry.cli.CompletionScripts.CUSTOM_STACK;
import static dev.agentry.cli.CompletionScripts.suited;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code agentry completion SHELL} and the scripts' own call, {@code agentry completion --values KIND --word=...}. */
class CompletionCommandTests {

    private static final Cli CLI = Cli.create(Cli.Surface.COMMAND_LINE, null, null, List.of());

    @TempDir
    Path folder;

    @Test
    void eachShellGetsAScriptWithEveryCommandAndOption() {
        for (String shell : List.of("bash", "zsh", "fish")) {
            CliHarness.Run run = CliHarness.run("completion", shell);
            assertThat(run.code()).as(shell + ": " + run.err()).isZero();
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).as(shell).contains(shell + " completion for agentry").doesNotContainPattern("@[A-Z_]+@");
            for (AgentryCommand command : CLI.commands()) {
                assertThat(run.out()).as(shell).contains(command.getName());
                for (Opt opt : command.opts()) {
                    assertThat(run.out()).as(shell + " " + command.getName())
                            .contains(shell.equals("fish") ? "-l " + opt.name() + " " : "--" + opt.name());
                }
            }
        }
        assertThat(CliHarness.run("completion", "zsh").out()).startsWith("#compdef agentry\n");
    }

    @Test
    void aScriptIsTheSameAtEveryRun() {
        assertThat(CliHarness.run("completion", "bash").out()).isEqualTo(CliHarness.run("completion", "bash").out());
        assertThat(CliHarness.run("completion", "zsh").out()).isEqualTo(CliHarness.run("completion", "zsh").out());
    }

    @Test
    void anUnknownShellIsAUsageErrorNamingTheValidOnes() {
        CliHarness.Run run = CliHarness.run("completion", "tcsh");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("Unknown shell 'tcsh'.", "Valid: bash, zsh, fish.");
        CliHarness.Run none = CliHarness.run("completion");
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("Give the shell: agentry completion bash|zsh|fish.");
        assertThat(CliHarness.run("completion", "bash", "zsh").code()).isEqualTo(2);
    }

    @Test
    void valuesAreTheIdsOfTheKindForTheLinesWords() {
        CliHarness.Run run = CliHarness.run("completion", "--values", "stacks", "--word=generate", "--word=--project-type",
                "--word=backend-api", "--word=--stack");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().lines().map(l -> l.split("\t")[0]).toList()).containsExactlyElementsOf(suited("backend-api"));
        assertThat(run.out()).contains("go\tGo\n");
        assertThat(CliHarness.run("completion", "--values", "stacks", "--word=generate", "--word=--project-type=backend-api")
                .out()).isEqualTo(run.out());
    }

    @Test
    void valuesIncludeACustomLayerOnTheLine() {
        Path layer = CompletionScripts.customLayer(folder.resolve("layer"));
        String out = CliHarness.run("completion", "--values", "stacks", "--word=generate", "--word=--scaffolds",
                "--word=" + layer).out();
        assertThat(out).contains(CUSTOM_STACK + "\tZig (custom)\n");
        assertThat(CliHarness.run("completion", "--values", "stacks").out()).doesNotContain(CUSTOM_STACK);
    }

    @Test
    void fixedValuesAndABrokenLayerGiveWhatTheShellWould() {
        assertThat(CliHarness.run("completion", "--values", "targets").out()).startsWith("claude\tClaude Code\n");
        CompletionScripts.write(folder.resolve("broken/stacks.yml"), "stacks: [\n");
        CliHarness.Run broken = CliHarness.run("completion", "--values", "stacks", "--word=generate", "--word=--scaffolds",
                "--word=" + folder.resolve("broken"));
        // nothing to offer, and nothing said: a completion never prints into the line being typed
        assertThat(broken.code()).isZero();
        assertThat(broken.out()).isEmpty();
    }

    @Test
    void anUnknownKindIsAUsageErrorNamingTheValidOnes() {
        CliHarness.Run run = CliHarness.run("completion", "--values", "stack");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown kind of value 'stack'.", "Did you mean 'stacks'?", "project-types, deployments");
        assertThat(CliHarness.run("completion", "--word=generate").code()).isEqualTo(2);
        assertThat(CliHarness.run("completion", "--values", "stacks", "generate").code()).isEqualTo(2);
    }

    @Test
    void theScriptsOwnOptionsAreHiddenFromHelpAndCompletion() {
        CliHarness.Run help = CliHarness.run("help", "completion");
        assertThat(help.out()).contains("Usage: agentry completion bash|zsh|fish",
                "agentry completion bash > ~/.local/share/bash-completion/completions/agentry").doesNotContain("--values", "--word");
        assertThat(CliHarness.run("help").out()).contains("completion");
        List<String> offered = CLI.completions().complete(List.of("completion"), "").stream().map(Completions.Proposal::value)
                .toList();
        assertThat(offered).containsExactly("bash", "zsh", "fish", "--timings");
        assertThat(CliHarness.run("completion", "--bogus").err()).doesNotContain("--values", "--word");
    }
}
