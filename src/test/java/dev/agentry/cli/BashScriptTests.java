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

    /**
     * What the script offers for the line typed up to the cursor (the end of {@code typed}): COMP_LINE and COMP_POINT
     * that line, COMP_WORDS its words as bash splits them ({@link #words}), COMP_CWORD the last.
     */
    private List<String> complete(String typed) {
        List<String> words = words(typed);
        List<String> argv = new ArrayList<>(List.of(bash.toString(), "--norc", "--noprofile", "-c", """
                . "$1" || exit 1
                COMP_LINE=$2
                COMP_POINT=${#COMP_LINE}
                shift 2
                COMP_WORDS=("$@")
                COMP_CWORD=$(( $# - 1 ))
                _agentry
                printf '%s\\n' "${COMPREPLY[@]}"
                """, "bash", script.toString(), typed));
        argv.addAll(words);
        CompletionScripts.Run run = CompletionScripts.run(cwd, CompletionScripts.env(bin, root.resolve("home")), argv);
        assertThat(run.code()).as(run.err()).isZero();
        return CompletionScripts.lines(run.out());
    }

    /**
     * The words bash gives a completion function for a line: split at blanks outside quotes, and at each '=' or ':'
     * (of the default COMP_WORDBREAKS), a run of those a word of its own; quotes and backslashes kept; an empty last
     * word when the line ends with a blank.
     */
    static List<String> words(String typed) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            boolean breaks = c == '=' || c == ':';
            if (quote == 0 && (c == ' ' || breaks)) {
                if (!word.isEmpty() && (!breaks || !isBreaks(word))) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                if (breaks) {
                    word.append(c);
                }
                continue;
            }
            if (quote == 0 && isBreaks(word) && !word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
            word.append(c);
            if (c == '\\' && quote != '\'' && i + 1 < typed.length()) {
                word.append(typed.charAt(++i));
            }
            else if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            }
            else if (c == quote) {
                quote = 0;
            }
        }
        words.add(word.toString());
        return words;
    }

    private static boolean isBreaks(CharSequence word) {
        return !word.isEmpty() && word.chars().allMatch(c -> c == '=' || c == ':');
    }

    @Test
    void theWordsOfALineAreThoseBashGives() {
        assertThat(words("agentry generate --stack=go --set a=b ")).containsExactly("agentry", "generate", "--stack", "=", "go",
                "--set", "a", "=", "b", "");
        assertThat(words("agentry check --target 'my team' --stack=")).containsExactly("agentry", "check", "--target", "'my team'",
                "--stack", "=");
        assertThat(words("agentry x my\\ team a::b")).containsExactly("agentry", "x", "my\\ team", "a", "::", "b");
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
        assertThat(complete("agentry gen")).containsExactly("generate");
        assertThat(complete("agentry ")).contains("init", "generate", "update", "check", "completion", "help");
        // a command added to the model is in the script with its options, nothing written by hand
        assertThat(complete("agentry det")).containsExactly("detect");
        assertThat(complete("agentry detect --t")).contains("--target");
        assertThat(complete("agentry detect --target ")).containsExactlyInAnyOrder("alpha", "beta dir");
        assertThat(complete("agentry generate --det")).containsExactly("--detect");
    }

    @Test
    void optionNamesCompleteAndOneGivenIsNotOfferedAgain() {
        assertThat(complete("agentry generate --st")).containsExactly("--stack");
        assertThat(complete("agentry generate --stack go --s")).containsExactly("--set", "--scaffolds");
        assertThat(complete("agentry generate --stack=go --s")).containsExactly("--set", "--scaffolds");
        assertThat(complete("agentry generate --set a=b --s")).contains("--set");
        // a value with an '=' or ':' is one word however bash splits it, not positional arguments after it
        assertThat(complete("agentry list --target a=b ")).contains("stacks");
        assertThat(complete("agentry list --target=a:b ")).contains("stacks");
        assertThat(complete("agentry list --target a:b stacks ")).doesNotContain("stacks").contains("--json");
        // an '=' between blanks is a word of its own: here the one positional argument of list
        assertThat(complete("agentry list = ")).doesNotContain("stacks");
    }

    @Test
    void anOptionWhoseValueMayBeLeftOutIsFollowedByAnotherOption() {
        assertThat(complete("agentry update --upgrade --d")).containsExactly("--deployment", "--detect", "--dry-run");
        assertThat(complete("agentry update --upgrade --upgrade a=v1 --dry")).containsExactly("--dry-run");
    }

    @Test
    void stacksAreOnlyThoseSuitedToTheProjectTypeOnTheLine() {
        assertThat(suited("backend-api")).isNotEmpty().hasSizeLessThan(CATALOG.stacks().size());
        assertThat(complete("agentry generate --project-type backend-api --stack "))
                .containsExactlyElementsOf(suited("backend-api"));
        // bash splits --name=value at the '=': the words it gives the function
        assertThat(complete("agentry generate --project-type=backend-api --stack "))
                .containsExactlyElementsOf(suited("backend-api"));
        assertThat(complete("agentry generate --project-type=backend-api --stack="))
                .containsExactlyElementsOf(suited("backend-api"));
    }

    @Test
    void aCustomLayerOnTheLineAddsItsIds() {
        Path layer = CompletionScripts.customLayer(root.resolve("layer"));
        assertThat(complete("agentry generate --scaffolds " + layer + " --project-type backend-api --stack zig"))
                .containsExactly(CUSTOM_STACK);
        assertThat(complete("agentry generate --project-type backend-api --stack zig")).isEmpty();
    }

    @Test
    void aQuotedTargetIsReadAsTheCommandWouldReceiveIt() throws Exception {
        Path team = Files.createDirectories(cwd.resolve("my team"));
        assertThat(CliHarness.run("generate", "--target", team.toString(), "--project-type", "backend-api", "--deployment", "aws",
                "--stack", "go").code()).isZero();
        // the stacks of the project type stored in that target
        assertThat(complete("agentry update --target 'my team' --stack ")).containsExactlyElementsOf(suited("backend-api"));
        assertThat(complete("agentry update --target my\\ team --stack ")).containsExactlyElementsOf(suited("backend-api"));
        assertThat(complete("agentry update --target='my team' --stack ")).containsExactlyElementsOf(suited("backend-api"));
    }

    @Test
    void anAgentListCompletesWithoutTheIdsAlreadyInIt() {
        List<String> next = complete("agentry generate --agents backend-engineer,");
        assertThat(next).hasSize(CATALOG.roles().size() - 1).allMatch(v -> v.startsWith("backend-engineer,"))
                .doesNotContain("backend-engineer,backend-engineer").contains("backend-engineer,code-reviewer");
        assertThat(complete("agentry generate --agents backend-engineer,co")).containsExactly("backend-engineer,code-reviewer");
        assertThat(complete("agentry generate --targets=claude,co")).containsExactly("claude,copilot", "claude,codex");
    }

    @Test
    void targetCompletesFoldersOnly() {
        assertThat(complete("agentry check --target ")).containsExactlyInAnyOrder("alpha", "beta dir");
        assertThat(complete("agentry check --target=b")).containsExactly("beta dir");
        assertThat(complete("agentry generate --answers ")).containsExactlyInAnyOrder("alpha", "beta dir", "notes.txt");
    }

    @Test
    void aFolderWithAColonInItsNameCompletesAfterTheColon() throws Exception {
        Files.createDirectories(cwd.resolve("x:yz"));
        // bash replaces only the text after the ':' (a word of its own to it): the rest of the name is offered
        assertThat(complete("agentry check --target x:y")).containsExactly("yz");
        assertThat(complete("agentry check --target=x:")).containsExactly("yz");
    }

    @Test
    void positionalArgumentsAndFixedChoicesComplete() {
        assertThat(complete("agentry list ")).contains("project-types", "stacks", "--json");
        assertThat(complete("agentry list stacks ")).doesNotContain("deployments").contains("--json");
        assertThat(complete("agentry completion ")).contains("bash", "zsh", "fish");
        assertThat(complete("agentry generate --conflict ")).containsExactly("inline", "rej");
        assertThat(complete("agentry bogus --")).isEmpty();
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
