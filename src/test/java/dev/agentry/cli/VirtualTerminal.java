package dev.agentry.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jline.terminal.Size;
import org.jline.utils.NonBlocking;
import org.jline.utils.NonBlockingReader;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.shell.jline.tui.component.flow.ComponentFlow;
import org.springframework.shell.jline.tui.style.TemplateExecutor;
import org.springframework.shell.jline.tui.style.Theme;
import org.springframework.shell.jline.tui.style.ThemeRegistry;
import org.springframework.shell.jline.tui.style.ThemeResolver;
import org.springframework.shell.jline.tui.style.ThemeSettings;

/**
 * A terminal over piped streams for driving the init wizard with real key presses: keys go in through a pipe,
 * what the prompts draw is captured, and a script waits for each prompt before typing.
 */
final class VirtualTerminal implements AutoCloseable {

    static final String ENTER = "\r";
    static final String DOWN = "\u0005";
    static final String UP = "\u0019";
    static final String SPACE = " ";
    static final String CTRL_C = "\u0003";
    static final String ESC = "\u001b";

    private final PipedOutputStream keys = new PipedOutputStream();
    private final NonBlockingReader reader;
    private final Screen screen = new Screen();
    private final ExecutorService typist = Executors.newSingleThreadExecutor();
    private int seen;

    VirtualTerminal() {
        try {
            reader = NonBlocking.nonBlocking("keys", new PipedInputStream(keys, 4096), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new wizard session on this terminal, as InitCommand opens one per run. */
    WizardTerminal session() {
        return WizardTerminal.over(reader, screen, "xterm-256color", new Size(120, 40));
    }

    static ComponentFlow.Builder flows() {
        ThemeRegistry themes = new ThemeRegistry();
        themes.register(Theme.of("dump", ThemeSettings.dump()));
        return ComponentFlow.builder().resourceLoader(new DefaultResourceLoader())
                .templateExecutor(new TemplateExecutor(new ThemeResolver(themes, "dump")));
    }

    /** Types the script in the background: pairs of (text to wait for on screen, keys to type). */
    Future<?> type(String... waitThenKeys) {
        return typist.submit(() -> {
            try {
                for (int i = 0; i < waitThenKeys.length; i += 2) {
                    await(waitThenKeys[i], Duration.ofSeconds(30));
                    send(waitThenKeys[i + 1]);
                }
            }
            catch (AssertionError | InterruptedException e) {
                // end the input so the wizard stops waiting, and let the test see why
                close();
                throw e;
            }
            return null;
        });
    }

    /** Waits until text appears on screen after what earlier waits consumed. */
    void await(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String shown = shown();
            int at = shown.indexOf(text, seen);
            if (at >= 0) {
                seen = at + text.length();
                Thread.sleep(50);
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("'" + text + "' never appeared; screen so far:\n" + shown());
    }

    void send(String text) {
        try {
            keys.write(text.getBytes(StandardCharsets.UTF_8));
            keys.flush();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the typist too; for the end of a test. */
    void shutdown() {
        typist.shutdownNow();
        close();
    }

    String shown() {
        return screen.text();
    }

    /** What a terminal shows; like a real terminal's output, it takes nothing more once it has been closed. */
    static final class Screen extends OutputStream {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private volatile boolean closed;

        @Override
        public synchronized void write(int b) throws IOException {
            if (closed) {
                throw new IOException("the terminal's output is closed");
            }
            bytes.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            if (closed) {
                throw new IOException("the terminal's output is closed");
            }
            bytes.write(b, off, len);
        }

        @Override
        public void close() {
            closed = true;
        }

        boolean closed() {
            return closed;
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        try {
            keys.close();
        }
        catch (IOException e) {
            // already closed
        }
    }
}
