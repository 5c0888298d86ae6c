package dev.agentry.cli;

import java.util.List;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.utils.Utils;
import org.springframework.shell.jline.PromptProvider;

/** The interactive shell's beans: agentry's commands registered with Spring Shell, and the prompt. */
@Configuration(proxyBeanMethods = false)
public class ShellConfiguration {

    @Bean
    Services agentryServices() {
        return Services.standard();
    }

    @Bean
    CommandRegistry commandRegistry(Services services) {
        CommandRegistry registry = new CommandRegistry();
        List<AgentryCommand> commands = Commands.all(services);
        for (Command command : commands) {
            registry.registerCommand(command);
        }
        registry.registerCommand(Utils.QUIT_COMMAND);
        return registry;
    }

    @Bean
    PromptProvider agentryPrompt() {
        return () -> new AttributedString("agentry:>",
                Terminals.colorAllowed() ? AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN) : AttributedStyle.DEFAULT);
    }
}
