package dev.agentry.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.jline.utils.NonBlocking;
import org.jline.utils.NonBlockingPumpInputStream;
import org.jline.utils.NonBlockingReader;

/**
 * The terminal the init wizard's prompts draw on. Key presses pass through a filter on their way in: Ctrl-C,
 * a lone Esc and the end of input cancel the wizard (the current prompt is then closed with Enter and its answer
 * ignored); every other key, arrow-key sequences included, passes unchanged. The same class runs over the real
 * terminal and over piped streams in tests.
 */
final class WizardTerminal implements AutoCloseable {

    private static final int CTRL_C = 3;
    private static final int ESC = 27;
    /** How long after Esc the rest of an escape sequence (an arrow key) may take to arrive. */
    private static final long ESC_WAIT_MS = 60;

    private final Terminal terminal;
    private final NonBlockingPumpInputStream pump;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    /**
     * How many characters were typed since the last Enter: at most the current prompt's text or list filter, which a
     * cancel erases first (a list's Enter does nothing while its filter matches no item).
     */
    private int typed;
    private final Thread filter;
    private Runnable onClose = () -> { };

    private WizardTerminal(NonBlockingReader keys, OutputStream out, String type, Size size) throws IOException {
        this.pump = NonBlocking.nonBlockingPumpInputStream();
        // a line discipline emulated in Java over the streams: no pseudo-terminal in between. Closing it closes the
        // stream it writes to, which belongs to the terminal underneath (the shell's, which must stay usable)
        this.terminal = new ExternalTerminal("agentry-wizard", type, pump, new KeptOpen(out), StandardCharsets.UTF_8);
        terminal.setSize(size);
        this.filter = new Thread(() -> filter(keys), "agentry-wizard-keys");
        filter.setDaemon(true);
        filter.start();
    }

    /** A wizard terminal reading keys from {@code keys} and drawing on {@code out}. */
    static WizardTerminal over(NonBlockingReader keys, OutputStream out, String type, Size size) {
        try {
            return new WizardTerminal(keys, out, type, size);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot open the wizard's terminal", e);
        }
    }

    /**
     * A wizard terminal over the process's own terminal, switched to raw mode with signals off so that Ctrl-C
     * reaches the filter as a key; the terminal's settings are restored on close.
     */
    static WizardTerminal overSystem(Terminal system) {
        return overSystem(system, false);
    }

    /** As {@link #overSystem(Terminal)}, also closing the terminal with the session when {@code owned}. */
    static WizardTerminal overSystem(Terminal system, boolean owned) {
        Attributes saved = system.enterRawMode();
        Attributes raw = system.getAttributes();
        raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        system.setAttributes(raw);
        WizardTerminal session;
        try {
            session = over(system.reader(), system.output(), system.getType(), system.getSize());
        }
        catch (RuntimeException | Error e) {
            system.setAttributes(saved);
            throw e;
        }
        session.onClose = () -> {
            system.setAttributes(saved);
            system.flush();
            if (owned) {
                try {
                    system.close();
                }
                catch (IOException e) {
                    // the terminal is released when the process ends
                }
            }
        };
        return session;
    }

    Terminal terminal() {
        return terminal;
    }

    /** True once the user pressed Ctrl-C or Esc, or the input ended. */
    boolean cancelled() {
        return cancelled.get();
    }

    private void filter(NonBlockingReader keys) {
        OutputStream sink = pump.getOutputStream();
        try {
            while (!closed.get()) {
                // wait for a key without taking it: a key that arrives once the session is closing is the next
                // reader's (the shell's prompt), not the wizard's
                if (keys.peek(100) == NonBlockingReader.READ_EXPIRED || closed.get()) {
                    continue;
                }
                int c = keys.read(1);
                if (c < 0 || c == CTRL_C) {
                    cancel(sink);
                    if (c < 0) {
                        return;
                    }
                    continue;
                }
                if (c == ESC) {
                    int next = keys.read(ESC_WAIT_MS);
                    if (next == NonBlockingReader.READ_EXPIRED || next < 0) {
                        cancel(sink);
                        continue;
                    }
                    write(sink, ESC);
                    c = next;
                }
                if (Character.isHighSurrogate((char) c)) {
                    int low = keys.read(ESC_WAIT_MS);
                    if (low >= 0) {
                        typed++;
                        sink.write(new String(new char[] {(char) c, (char) low}).getBytes(StandardCharsets.UTF_8));
                        sink.flush();
                        continue;
                    }
                }
                write(sink, c);
            }
        }
        catch (IOException e) {
            cancelled.set(true);
        }
    }

    /**
     * Marks the wizard cancelled and closes the current prompt as if Enter was pressed, once what was typed in it is
     * erased: a list whose filter matches nothing ignores Enter, and a cancelled prompt's answer is ignored anyway.
     */
    private void cancel(OutputStream sink) throws IOException {
        cancelled.set(true);
        byte[] erase = new byte[typed];
        java.util.Arrays.fill(erase, (byte) DEL);
        sink.write(erase);
        write(sink, '\r');
    }

    private static final int DEL = 127;

    private void write(OutputStream sink, int c) throws IOException {
        if (c == '\r' || c == '\n') {
            typed = 0;
        }
        else if (c >= ' ' && c != DEL) {
            typed++;
        }
        sink.write(String.valueOf((char) c).getBytes(StandardCharsets.UTF_8));
        sink.flush();
    }

    /** Passes everything through to a stream this session does not own; closing only flushes it. */
    private static final class KeptOpen extends FilterOutputStream {

        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    @Override
    public void close() {
        closed.set(true);
        try {
            // the filter notices within one read timeout; after that nothing but the next reader takes keys
            filter.join(1000);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        onClose.run();
        try {
            terminal.close();
            pump.close();
        }
        catch (IOException e) {
            // nothing left to release
        }
    }
}
