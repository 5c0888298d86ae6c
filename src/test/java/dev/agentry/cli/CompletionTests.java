package dev.agentry.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.agentry.catalog.Catalog;
import dev.agentry.catalog.CatalogLoader;
import dev.agentry.catalog.Stack;
import org.jline.reader.Candidate;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Tab completion in the shell, from agentry's command model: commands, options and ids from the catalogue. */
class CompletionTests {

    private static final Cli CLI = Cli.create(Cli.Surface.SHELL, null, null, List.of());
    private final ShellCompleter completer = new ShellCompleter(CLI.completions());

    @TempDir
    Path folder;

    private List<String> complete(String line) {
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(null, new ShellLineParser().parse(line, line.length(), Parser.ParseContext.COMPLETE), candidates);
        return candidates.stream().map(Candidate::value).toList();
    }

    @Test
    void commandNamesComplete() {
        assertThat(complete("gen")).containsExactly("generate");
        assertThat(complete("")).contains("init", "generate", "check", "help", "version");
    }

    @Test
    void optionNamesComplete() {
        assertThat(complete("generate ")).contains("--project-type", "--deployment", "--stack", "--timings");
        assertThat(complete("generate --d")).containsExactly("--deployment", "--detect", "--dry-run");
    }

    @Test
    void anOptionWhoseValueMayBeLeftOutIsFollowedByItsValueOrAnotherOption() {
        assertThat(complete("update --upgrade ")).contains("--dry-run", "--upgrade", "--json");
        // --upgrade alone before --stack: --stack's value is being typed, and --upgrade took no word from the line
        assertThat(complete("update --upgrade --stack py")).contains("python-fastapi");
        assertThat(complete("update --upgrade --dry-run --d")).containsExactly("--deployment", "--detect");
    }

    @Test
    void anOptionAlreadyGivenIsNotOfferedAgainUnlessRepeatable() {
        assertThat(complete("generate --stack go --s")).containsExactly("--set", "--scaffolds");
        assertThat(complete("generate --set a=b --s")).contains("--set");
    }

    @Test
    void stackIdsComplete() {
        assertThat(complete("generate --stack ")).contains("java-spring-boot", "python-fastapi", "nextjs");
        assertThat(complete("generate --stack py")).contains("python-fastapi", "python-django").doesNotContain("go");
        assertThat(complete("generate --stack=py")).contains("--stack=python-fastapi");
    }

    @Test
    void stacksAreThoseSuitedToTheProjectTypeOnTheLine() {
        assertThat(complete("generate --project-type web-frontend --stack ")).containsExactlyElementsOf(suited("web-frontend"));
        assertThat(complete("generate --project-type=backend-api --stack ")).containsExactlyElementsOf(suited("backend-api"));
        assertThat(suited("web-frontend")).isNotEqualTo(suited("backend-api"));
        assertThat(complete("generate --project-type nonsense --stack ")).hasSize(CATALOG.stacks().size());
    }

    private static final Catalog CATALOG = new CatalogLoader().load(List.of());

    private static List<String> suited(String type) {
        return CATALOG.stacksFor(type).stream().map(Stack::id).toList();
    }

    @Test
    void stacksAreThoseSuitedToTheTargetsStoredTypeWhenTheLineHasNone() {
        assertThat(CliHarness.run("generate", "--target", folder.toString(), "--project-type", "backend-api", "--deployment",
                "aws", "--stack", "go").code()).isZero();
        assertThat(complete("update --target " + folder + " --stack ")).containsExactlyElementsOf(suited("backend-api"));
        assertThat(complete("update --target " + folder + " --project-type web-frontend --stack "))
                .containsExactlyElementsOf(suited("web-frontend"));
    }

    @Test
    void deploymentAndProjectTypeIdsComplete() {
        assertThat(complete("update --deployment ")).contains("aws", "kubernetes");
        assertThat(complete("init --project-type ")).contains("web-app", "backend-api", "custom");
    }

    @Test
    void agentListsCompleteAfterTheLastCommaWithoutTheIdsAlreadyListed() {
        assertThat(complete("generate --agents backend-engineer,co")).containsExactly("backend-engineer,code-reviewer");
        List<String> next = complete("generate --agents backend-engineer,code-reviewer,");
        assertThat(next).contains("backend-engineer,code-reviewer,product-manager")
                .noneMatch(v -> v.endsWith(",backend-engineer") || v.endsWith(",code-reviewer"));
        assertThat(complete("generate --targets claude,")).contains("claude,codex").doesNotContain("claude,claude");
    }

    @Test
    void listKindsAndHelpTopicsComplete() {
        assertThat(complete("list ")).contains("stacks", "deployments", "--json");
        assertThat(complete("list stacks ")).doesNotContain("deployments").contains("--json");
        assertThat(complete("help ch")).containsExactly("check");
    }

    @Test
    void foldersCompleteAndAreQuotedAsTyped() throws Exception {
        Files.createDirectories(folder.resolve("with space/inner"));
        Files.writeString(folder.resolve("file.txt"), "x");
        String base = folder + "/";
        assertThat(complete("check --target " + base)).containsExactly(base + "with space/");
        assertThat(complete("generate --answers " + base)).containsExactly(base + "file.txt", base + "with space/");
        CompletingParsedLine typed = (CompletingParsedLine) new ShellLineParser().parse("check --target 'wi", 18,
                Parser.ParseContext.COMPLETE);
        assertThat(typed.escape("with space/", false)).isEqualTo("'with space/");
        CompletingParsedLine bare = (CompletingParsedLine) new ShellLineParser().parse("check --target wi", 17,
                Parser.ParseContext.COMPLETE);
        assertThat(bare.escape("with space/", false)).isEqualTo("with\\ space/");
        assertThat(bare.rawWordCursor()).isEqualTo(2);
        // JLine measures what was typed by escaping it: nothing typed is nothing to replace
        CompletingParsedLine fresh = (CompletingParsedLine) new ShellLineParser().parse("check --target ", 15,
                Parser.ParseContext.COMPLETE);
        assertThat(fresh.escape(fresh.word(), false)).hasSize(fresh.rawWordCursor()).isEmpty();
        assertThat(typed.escape(typed.word(), false)).hasSize(typed.rawWordCursor());
        assertThat(bare.escape(bare.word(), false)).hasSize(bare.rawWordCursor());
    }

    @Test
    void aLinePastedWithAgentryInFrontCompletesToo() {
        assertThat(complete("agentry check --t")).contains("--target", "--targets-from");
    }

    @Test
    void anUnknownCommandCompletesNothing() {
        assertThat(complete("bogus --")).isEmpty();
    }
}
