package dev.agentry.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.test.ShellScreen;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.shell.test.autoconfigure.ShellTest;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.shell.test.ShellAssertions.assertThat;

/** agentry's commands run inside Spring Shell: parsed by the shell, printed to the shell's writer. */
@ShellTest
@ContextConfiguration(classes = ShellCommandsTests.Commands.class)
class ShellCommandsTests {

    @Configuration
    static class Commands {

        @Bean
        CommandRegistry commandRegistry() {
            CommandRegistry registry = new CommandRegistry();
            Services services = Services.standard();
            dev.agentry.cli.Commands.all(services).forEach(c -> registry.registerCommand(new ShellCommand(c, Completions.of(services))));
            return registry;
        }
    }

    @Autowired
    ShellTestClient client;

    @TempDir
    Path target;

    @Test
    void listRunsInTheShell() throws Exception {
        ShellScreen screen = client.sendCommand("list deployments");
        assertThat(screen).containsText("aws").containsText("aws-deployment-engineer");
    }

    @Test
    void helpInTheShellListsTheCommands() throws Exception {
        ShellScreen screen = client.sendCommand("help");
        assertThat(screen).containsText("generate").containsText("check").containsText("Exit codes");
    }

    @Test
    void generateAndCheckRunInTheShell() throws Exception {
        ShellScreen generated = client.sendCommand("generate --target " + target + " --project-type backend-api"
                + " --deployment kubernetes --stack python-fastapi --project-name \"Shop API\"");
        assertThat(generated).containsText("Generated Shop API");
        assertThat(Files.exists(target.resolve(".claude/agents/kubernetes-deployment-engineer.md"))).isTrue();
        assertThat(client.sendCommand("check --target " + target)).containsText("In sync");
    }

    @Test
    void upgradeTakesItsValueOrNoneInTheShell() throws Exception {
        client.sendCommand("generate --target " + target + " --project-type backend-api --deployment aws --stack go");
        assertThat(client.sendCommand("update --target " + target + " --upgrade")).containsText("Unchanged:");
        assertThat(client.sendCommand("update --target " + target + " --upgrade acme=v2"))
                .containsText("--upgrade acme: no scaffold pack of");
    }

    @Test
    void aCommandInTheShellTakesTimings() throws Exception {
        ShellScreen screen = client.sendCommand("generate --target " + target + " --project-type backend-api"
                + " --deployment aws --stack go --timings");
        assertThat(screen).containsText("timings (ms):").containsText("render").containsText("write").containsText("total");
        assertThat(Files.exists(target.resolve(".claude/agents/aws-deployment-engineer.md"))).isTrue();
    }

    @Test
    void errorsArePrintedInTheShellAndTheShellGoesOn() throws Exception {
        ShellScreen screen = client.sendCommand("generate --target " + target + " --stack nope");
        assertThat(screen).containsText("error:");
        assertThat(client.sendCommand("version")).containsText("agentry");
    }

    @Test
    void initWithoutATerminalNamesTheMissingAnswers() throws Exception {
        ShellScreen screen = client.sendCommand("init --target " + target + " --project-type backend-api");
        assertThat(screen).containsText("missing").containsText("deployment").containsText("agentry generate");
        assertThat(Files.exists(target.resolve(".agentry"))).isFalse();
    }
}
