package dev.agentry.cli;

import dev.agentry.console.Io;

import java.util.List;

import org.jline.reader.History;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp;

/** The commands that exist only inside the interactive shell: clear, history, and quit (or exit). */
final class ShellCommands {

    private ShellCommands() {
    }

    static List<AgentryCommand> of(Terminal terminal, History history, Runnable leave) {
        return List.of(new Clear(terminal), new HistoryCommand(history), new Quit(leave));
    }

    /** {@code clear}: clears the screen. */
    private static final class Clear extends AgentryCommand {

        private final Terminal terminal;

        Clear(Terminal terminal) {
            super("clear", "clear the screen", "clear", List.of(), 0);
            this.terminal = terminal;
        }

        @Override
        boolean shellOnly() {
            return true;
        }

        @Override
        int run(Args args, Io io) {
            terminal.puts(InfoCmp.Capability.clear_screen);
            terminal.flush();
            return 0;
        }
    }

    /** {@code history}: the lines typed before, numbered, oldest first. */
    private static final class HistoryCommand extends AgentryCommand {

        private final History history;

        HistoryCommand(History history) {
            super("history", "list the lines typed before (kept in ~/.config/agentry/history)", "history", List.of(), 0);
            this.history = history;
        }

        @Override
        boolean shellOnly() {
            return true;
        }

        @Override
        int run(Args args, Io io) {
            history.forEach(entry -> io.out().printf("%5d  %s%n", entry.index() + 1, entry.line()));
            return 0;
        }
    }

    /** {@code quit} or {@code exit}: leaves the shell (exit code 0). */
    private static final class Quit extends AgentryCommand {

        private final Runnable leave;

        Quit(Runnable leave) {
            super("quit", "leave the shell (Ctrl-D on an empty line too)", "quit", List.of(), 0);
            this.leave = leave;
        }

        @Override
        List<String> aliases() {
            return List.of("exit");
        }

        @Override
        boolean shellOnly() {
            return true;
        }

        @Override
        int run(Args args, Io io) {
            leave.run();
            return 0;
        }
    }
}
