package dev.agentry.cli;

import dev.agentry.console.Io;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;
import org.jline.utils.InfoCmp;
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
            system = openSystemTerminal();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot open the terminal", e);
        }
        return WizardTerminal.overSystem(system, true);
    }

    /** The width of the process's terminal, or the default width when it cannot be told. */
    static int terminalWidth() {
        // stdout's own width, asked of JLine's native library without opening a terminal: this works when stdin is
        // piped too, where JLine's system terminal would be a dumb one without a width
        try {
            int width = TerminalProvider.load("jni").systemStreamWidth(SystemStream.Output);
            if (width > 0) {
                return width;
            }
        }
        catch (IOException | RuntimeException | LinkageError e) {
            // no native library for this platform: the terminal below is opened JLine's default way
        }
        try (Terminal terminal = openSystemTerminal()) {
            return terminal.getWidth() > 0 ? terminal.getWidth() : Io.DEFAULT_WIDTH;
        }
        catch (IOException | RuntimeException | LinkageError e) {
            return Io.DEFAULT_WIDTH;
        }
    }

    /**
     * The process's terminal, opened the quick way when possible: through JLine's native library alone, and with
     * the capabilities JLine ships for common terminal types. By default JLine also asks {@code test -t} and
     * {@code infocmp} in child processes, which costs the first prompt tens of milliseconds. When the quick way
     * fails (no native library for this platform, say), JLine's default way is taken.
     */
    private static Terminal openSystemTerminal() throws IOException {
        String type = System.getenv("TERM");
        if (type != null) {
            String shipped = InfoCmp.getDefaultInfoCmp(type);
            if (shipped != null) {
                InfoCmp.setLoadedInfoCmp(type, shipped);
            }
        }
        try {
            return TerminalBuilder.builder().system(true).nativeSignals(false).provider("jni").dumb(false).build();
        }
        catch (IOException | RuntimeException | LinkageError e) {
            return TerminalBuilder.builder().system(true).nativeSignals(false).build();
        }
    }
}
