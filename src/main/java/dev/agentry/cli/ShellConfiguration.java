package dev.agentry.cli;

import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.Parser;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.shell.core.autoconfigure.JLineShellAutoConfiguration;
import org.springframework.shell.core.autoconfigure.UserConfigAutoConfiguration;
import org.springframework.shell.jline.CommandCompleter;
import org.springframework.shell.jline.CommandHighlighter;
import org.springframework.shell.jline.PromptProvider;
import org.springframework.shell.jline.tui.component.flow.ComponentFlow;

/**
 * The interactive shell on Spring Shell's platform: its JLine terminal, its line reader (with the history file in
 * the user's config folder), its theming and ComponentFlow prompts for init; and agentry's own read-eval loop
 * ({@link Shell}) on that line reader, with agentry's word splitting, completion and highlighting. Only those parts of
 * Spring Shell are imported (application.properties excludes the rest): its command registry, parser, runners and
 * built-in commands are not used, as every line runs through {@link Cli}, as the command line does.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({JLineShellAutoConfiguration.class, UserConfigAutoConfiguration.class})
public class ShellConfiguration {

    @Bean
    Shell agentryShell(Terminal terminal, History history, ObjectProvider<ComponentFlow.Builder> flows) {
        return new Shell(terminal, history, () -> new InitWizard(flows::getObject));
    }

    /** The process's exit code once the shell ends: {@link Shell#exitCode()}. */
    @Bean
    ExitCodeGenerator agentryExitCode(Shell shell) {
        return shell::exitCode;
    }

    /** Replaces Spring Shell's completer (which completes from its command registry). */
    @Bean
    CommandCompleter agentryCompleter(Shell shell) {
        return new ShellCompleter(shell.cli().completions());
    }

    /** Replaces Spring Shell's highlighter (which highlights from its command registry). */
    @Bean
    CommandHighlighter agentryHighlighter(Shell shell) {
        return new ShellHighlighter(shell.cli());
    }

    /** Preferred over Spring Shell's parser, which knows no single quotes and waits for more input on an open one. */
    @Bean
    @Primary
    Parser agentryLineParser() {
        return new ShellLineParser();
    }

    @Bean
    PromptProvider agentryPrompt() {
        return () -> new AttributedString("agentry:>",
                Terminals.colorAllowed() ? AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN) : AttributedStyle.DEFAULT);
    }

    /**
     * Replaces Spring Shell's runner (4.0.1 looks the runner up by this name): the application is only started for
     * the interactive shell, so this runner always opens it.
     */
    @Bean
    ApplicationRunner springShellApplicationRunner(Shell shell, LineReader reader, PromptProvider prompt, Terminal terminal) {
        return arguments -> shell.run(reader, () -> prompt.getPrompt().toAnsi(terminal));
    }
}
