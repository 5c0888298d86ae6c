package dev.agentry.cli;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.shell.jline.tui.component.flow.ComponentFlow;
import org.springframework.shell.jline.tui.style.TemplateExecutor;
import org.springframework.shell.jline.tui.style.Theme;
import org.springframework.shell.jline.tui.style.ThemeRegistry;
import org.springframework.shell.jline.tui.style.ThemeResolver;
import org.springframework.shell.jline.tui.style.ThemeSettings;

/**
 * The init wizard outside the Spring application: ComponentFlow prompts configured by hand and the process's
 * terminal opened on demand, so that {@code agentry init} starts without starting the interactive shell.
 */
final class Wizards {

    private Wizards() {
    }

    /** A wizard whose prompts follow the terminal's styling (plain when NO_COLOR or CI is set, as in the shell). */
    static InitWizard standalone() {
        ThemeRegistry themes = new ThemeRegistry();
        themes.register(Theme.of("default", ThemeSettings.defaults()));
        themes.register(Theme.of("dump", ThemeSettings.dump()));
        String theme = System.getenv("NO_COLOR") != null || System.getenv("CI") != null ? "dump" : "default";
        TemplateExecutor templates = new TemplateExecutor(new ThemeResolver(themes, theme));
        DefaultResourceLoader resources = new DefaultResourceLoader(Wizards.class.getClassLoader());
        return new InitWizard(() -> ComponentFlow.builder().resourceLoader(resources).templateExecutor(templates));
    }

    /** A wizard session on the process's own terminal, which is closed with the session. */
    static WizardTerminal systemSession() {
        Terminal system;
        try {
            system = TerminalBuilder.builder().system(true).nativeSignals(false).build();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot open the terminal", e);
        }
        return WizardTerminal.overSystem(system, true);
    }
}
