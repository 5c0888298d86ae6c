package dev.agentry.cli;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Size;
import org.jline.terminal.impl.ExternalTerminal;

/**
 * agentry's shell in-process on a terminal over piped streams, with a real JLine line reader as the shell's: keys
 * go in, the screen is captured (and, like a real terminal's, takes nothing once closed), and the loop runs on its
 * own thread until the user leaves.
 */
final class VirtualShell implements AutoCloseable {

    static final String PROMPT = "agentry:>";

    private final PipedOutputStream keys = new PipedOutputStream();
    private final VirtualTerminal.Screen screen = new VirtualTerminal.Screen();
    private final ExternalTerminal terminal;
    private final ExecutorService loop = Executors.newSingleThreadExecutor();
    private final Future<Integer> exit;
    private int seen;

    VirtualShell() {
        this("xterm-256color");
    }

    /** A shell on a terminal of this type ({@code dumb}: what JLine gives when stdin is not a terminal). */
    VirtualShell(String type) {
        try {
            terminal = new ExternalTerminal("shell", type, new PipedInputStream(keys, 4096), screen, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        terminal.setSize(new Size(120, 40));
        History history = new DefaultHistory();
        Shell shell = new Shell(terminal, history, () -> new InitWizard(VirtualTerminal::flows));
        LineReader reader = LineReaderBuilder.builder().terminal(terminal).parser(new ShellLineParser())
                .completer(new ShellCompleter(shell.cli().completions())).highlighter(new ShellHighlighter(shell.cli()))
                .history(history).build();
        exit = loop.submit(() -> shell.run(reader, () -> PROMPT));
    }

    /** Types keys (Enter is \r). */
    VirtualShell type(String text) {
        try {
            keys.write(text.getBytes(StandardCharsets.UTF_8));
            keys.flush();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Types a line and Enter. */
    VirtualShell line(String text) {
        return type(text + "\r");
    }

    /** Waits until text appears after what earlier waits consumed; returns the screen from the previous wait on. */
    String await(String text) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            String shown = screen.text();
            int at = shown.indexOf(text, seen);
            if (at >= 0) {
                String since = shown.substring(seen, at + text.length());
                seen = at + text.length();
                Thread.sleep(30);
                return since;
            }
            if (exit.isDone()) {
                break;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("'" + text + "' never appeared" + (exit.isDone() ? " (the shell has ended)" : "")
                + "; screen since the last wait:\n" + screen.text().substring(seen));
    }

    /** Runs a line, waits for {@code expected} in what it prints and for the prompt after it; returns what it printed. */
    String run(String line, String expected) throws InterruptedException {
        line(line);
        String printed = await(expected);
        return printed + await(PROMPT);
    }

    boolean screenClosed() {
        return screen.closed();
    }

    /** The shell's exit code once it has ended. */
    int exitCode() throws Exception {
        return exit.get(30, TimeUnit.SECONDS);
    }

    boolean ended() {
        return exit.isDone();
    }

    @Override
    public void close() throws IOException {
        keys.close();
        loop.shutdownNow();
        terminal.close();
    }
}
