package dev.agentry.cli;

import java.util.ArrayList;
import java.util.List;

import org.jline.reader.Candidate;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.jline.CommandCompleter;

import static org.assertj.core.api.Assertions.assertThat;

/** Tab completion in the shell, through Spring Shell's JLine completer: commands, options and ids from the catalogue. */
class CompletionTests {

    private final CommandCompleter completer;

    CompletionTests() {
        Services services = Services.standard();
        Completions completions = Completions.of(services);
        CommandRegistry registry = new CommandRegistry();
        Commands.all(services).forEach(c -> registry.registerCommand(new ShellCommand(c, completions)));
        completer = new CommandCompleter(registry);
    }

    private List<String> complete(String line) {
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(null, new DefaultParser().parse(line, line.length()), candidates);
        return candidates.stream().map(Candidate::value).toList();
    }

    @Test
    void commandNamesComplete() {
        assertThat(complete("gen")).contains("generate");
    }

    @Test
    void optionNamesComplete() {
        assertThat(complete("generate ")).contains("--project-type", "--deployment", "--stack");
    }

    @Test
    void stackIdsComplete() {
        assertThat(complete("generate --stack ")).contains("java-spring-boot", "python-fastapi", "nextjs");
        assertThat(complete("generate --stack py")).contains("python-fastapi", "python-django").doesNotContain("go");
    }

    @Test
    void deploymentAndProjectTypeIdsComplete() {
        assertThat(complete("update --deployment ")).contains("aws", "kubernetes");
        assertThat(complete("init --project-type ")).contains("web-app", "backend-api", "custom");
    }

    @Test
    void agentListsCompleteAfterTheLastComma() {
        assertThat(complete("generate --agents backend-engineer,co")).contains("backend-engineer,code-reviewer");
    }

    @Test
    void listKindsComplete() {
        assertThat(complete("list ")).contains("stacks", "deployments");
    }
}
