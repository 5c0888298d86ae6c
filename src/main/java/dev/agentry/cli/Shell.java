package dev.agentry.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.Buffer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;

import dev.agentry.console.Io;
import dev.agentry.support.AgentryException;
import dev.agentry.support.ExitCode;

/**
 * agentry's interactive shell: reads lines on the shell's JLine line reader, splits each into words as a POSIX shell
 * does ({@link ShellWords}) and runs them through the same {@link Cli} as the command line, so that parsing, help,
 * messages and exit codes are the command line's. Ctrl-C drops the line being typed, or stops the command running,
 * and the shell goes on; Ctrl-D on an empty line, {@code quit} or {@code exit} leaves.
 */
final class Shell {

    private final Terminal terminal;
    private final Cli cli;
    private volatile boolean leaving;
    /** The exit code of the last line that failed (0 while none has), for a shell reading its lines from a pipe. */
    private volatile int lastFailure;

    /** The shell on this terminal; init's questions draw on it too, through a session that gives it back intact. */
    Shell(Terminal terminal, History history, Supplier<InitWizard> wizards) {
        this.terminal = terminal;
        this.cli = Cli.create(Cli.Surface.SHELL, wizards, () -> WizardTerminal.overSystem(terminal),
                ShellCommands.of(terminal, history, () -> leaving = true));
    }

    Cli cli() {
        return cli;
    }

    /**
     * The shell's exit code: 0 in a terminal, where each line's result is on screen; when the lines come from a pipe or
     * a file, the code of the last line that failed (0 when none did). Like {@code sh} reading a script, every line
     * runs whatever the ones before it gave; unlike it, a failing line is not hidden by a later one that succeeds.
     */
    int exitCode() {
        return Terminals.interactive() ? 0 : lastFailure;
    }

    /** Reads and runs lines until the user leaves; returns the shell's exit code ({@link #exitCode()}). */
    int run(LineReader reader, Supplier<String> prompt) {
        // no history expansion: a '!' in a project name stays a '!', as between single quotes in a POSIX shell
        reader.setOpt(LineReader.Option.DISABLE_EVENT_EXPANSION);
        bindCtrlC(reader);
        while (!leaving) {
            String line;
            try {
                line = readLine(reader, prompt.get());
            }
            catch (UserInterruptException e) {
                continue;
            }
            catch (EndOfFileException e) {
                break;
            }
            runLine(line);
        }
        return exitCode();
    }

    /**
     * Reads a line with Ctrl-C as a key rather than a signal: a signal reaches the line reader a moment later than
     * the keys typed after it, which would land in the line being dropped; a key comes in the order it was typed.
     */
    private String readLine(LineReader reader, String prompt) {
        Attributes normal = terminal.getAttributes();
        Attributes keysOnly = new Attributes(normal);
        keysOnly.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        terminal.setAttributes(keysOnly);
        try {
            return reader.readLine(prompt);
        }
        finally {
            terminal.setAttributes(normal);
        }
    }

    /** Ctrl-C at the prompt shows ^C, drops the line being typed (it is not run, nor kept in the history) and prompts again. */
    private static void bindCtrlC(LineReader reader) {
        reader.getWidgets().put(DROP_LINE, () -> {
            Buffer buffer = reader.getBuffer();
            String typed = buffer.toString();
            buffer.cursor(buffer.length());
            buffer.write("^C");
            throw new UserInterruptException(typed);
        });
        for (String keymap : List.of(LineReader.EMACS, LineReader.VIINS, LineReader.VICMD, LineReader.MENU)) {
            KeyMap<Binding> keys = reader.getKeyMaps().get(keymap);
            if (keys != null) {
                keys.bind(new Reference(DROP_LINE), KeyMap.ctrl('C'));
            }
        }
    }

    private static final String DROP_LINE = "agentry-drop-line";

    /** Runs one line; whatever happens, the shell goes on. A line that fails is remembered for {@link #exitCode()}. */
    void runLine(String line) {
        int code = runWords(line);
        if (code != 0) {
            lastFailure = code;
        }
    }

    private int runWords(String line) {
        Io io = io();
        List<String> words;
        try {
            words = ShellWords.split(line);
        }
        catch (AgentryException e) {
            List<String> asTyped = ShellWords.scan(line, Home.folder()).texts();
            return Failure.report(null, e, Failure.Asked.in(asTyped), io);
        }
        if (words.isEmpty()) {
            return 0;
        }
        Thread command = Thread.currentThread();
        AtomicInteger presses = new AtomicInteger();
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> {
            // the terminal has echoed ^C: what the command prints next starts on a line of its own
            terminal.writer().println();
            terminal.writer().flush();
            if (presses.incrementAndGet() == 1) {
                // the command stops where it can (a wait for another run's lock, a fleet between targets); a run is
                // all or nothing, so what it had not committed is left as it was
                command.interrupt();
            }
            else {
                // a command that does not stop: a second Ctrl-C leaves agentry, as on the command line
                System.exit(ExitCode.INTERRUPTED.code());
            }
        });
        try {
            return cli.run(words, io);
        }
        catch (RuntimeException e) {
            return Failure.internal(words.get(0), e, Failure.Asked.in(words), io);
        }
        finally {
            terminal.handle(Terminal.Signal.INT, previous);
            // an interrupt that came too late for the command must not end the next read
            Thread.interrupted();
        }
    }

    /** Where a command prints in the shell: everything to the terminal, as wide as it is now. */
    private Io io() {
        PrintWriter writer = terminal.writer();
        boolean person = !terminal.getType().startsWith(Terminal.TYPE_DUMB);
        return new Io(writer, writer, person && Terminals.colorAllowed(), person, terminal::getWidth);
    }
}
