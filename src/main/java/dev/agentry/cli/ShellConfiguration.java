package dev.agentry.cli;

import java.util.List;

import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.ShellRunner;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.utils.Utils;
import org.springframework.shell.jline.PromptProvider;
import org.springframework.shell.jline.tui.component.flow.ComponentFlow;

/**
 * The Spring Shell application: agentry's commands registered with the shell, the init wizard on the shell's
 * terminal, the prompt, and the runner that opens the shell.
 */
@Configuration(proxyBeanMethods = false)
public class ShellConfiguration {

    /** The commands, in help order. */
    record AgentryCommands(List<AgentryCommand> all) {
    }

    @Bean
    Services agentryServices() {
        return Services.standard();
    }

    @Bean
    AgentryCommands agentryCommands(Services services, ObjectProvider<ComponentFlow.Builder> flows, Terminal terminal) {
        return new AgentryCommands(Commands.all(services, () -> new InitWizard(flows::getObject),
                () -> WizardTerminal.overSystem(terminal)));
    }

    @Bean
    CommandRegistry commandRegistry(AgentryCommands commands, Services services) {
        CommandRegistry registry = new CommandRegistry();
        Completions completions = Completions.of(services);
        for (AgentryCommand command : commands.all()) {
            registry.registerCommand(new ShellCommand(command, completions));
        }
        registry.registerCommand(Utils.QUIT_COMMAND);
        return registry;
    }

    @Bean
    PromptProvider agentryPrompt() {
        return () -> new AttributedString("agentry:>",
                Terminals.colorAllowed() ? AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN) : AttributedStyle.DEFAULT);
    }

    /**
     * Replaces Spring Shell's runner (4.0.1 looks the runner up by this name, and its own one ignores arguments): the
     * application is only started for the interactive shell, so this runner always opens it.
     */
    @Bean
    ApplicationRunner springShellApplicationRunner(ObjectProvider<ShellRunner> shell) {
        return arguments -> shell.getObject().run(new String[0]);
    }
}
