package dev.agentry.cli;

import dev.agentry.console.Io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jline.terminal.Size;
import org.jline.utils.NonBlocking;
import org.jline.utils.NonBlockingReader;

/**
 * The launchers' rehearsal of {@code agentry init} for training the wizard's start-up archive without a terminal (not
 * a command for users): the wizard draws on a JLine terminal over pipes, and Enter is pressed each time the screen
 * settles, so every prompt takes its default and the team is written into the folder given.
 */
public final class InitRehearsal {

    /** How long the screen must stay unchanged before Enter is pressed. */
    private static final long SETTLED_MS = 150;
    /** The rehearsal stops itself after this long, whatever the wizard does (exit 124, as coreutils' timeout). */
    private static final long LIMIT_MS = TimeUnit.SECONDS.toMillis(60);
    private static final int TIMED_OUT = 124;
    /**
     * Classes that init loads on a real terminal and the rehearsal, which has none, never reaches: the entry point, the
     * terminal checks and JLine's native system terminal (Linux and macOS). They are loaded, not initialised, so that
     * the archive holds them too; a name this JLine or Java lacks is skipped.
     */
    private static final List<String> TERMINAL_CLASSES = List.of("dev.agentry.AgentryApplication",
            "dev.agentry.cli.Terminals", "java.io.Console$2", "java.io.Console$3", "java.io.Console$LineReader",
            "java.nio.charset.Charset$ExtendedProviderHolder", "java.nio.charset.Charset$ExtendedProviderHolder$1",
            "sun.nio.cs.ext.AbstractCharsetProvider", "sun.nio.cs.ext.ExtendedCharsets", "java.io.DeleteOnExitHook",
            "java.io.DeleteOnExitHook$1", "java.util.concurrent.CompletableFuture$UniHandle",
            "org.jline.terminal.TerminalBuilder", "org.jline.terminal.TerminalBuilder$SystemOutput",
            "org.jline.terminal.spi.TerminalProvider", "org.jline.terminal.spi.SystemStream", "org.jline.terminal.spi.Pty",
            "org.jline.terminal.impl.jni.JniTerminalProvider", "org.jline.terminal.impl.jni.JniNativePty",
            "org.jline.terminal.impl.jni.JniNativePty$1", "org.jline.terminal.impl.jni.linux.LinuxNativePty",
            "org.jline.terminal.impl.jni.linux.LinuxNativePty$1", "org.jline.terminal.impl.jni.osx.OsXNativePty",
            "org.jline.terminal.impl.jni.osx.OsXNativePty$1", "org.jline.nativ.JLineNativeLoader",
            "org.jline.nativ.JLineNativeLoader$1", "org.jline.nativ.OSInfo", "org.jline.nativ.CLibrary",
            "org.jline.nativ.CLibrary$Termios", "org.jline.nativ.CLibrary$WinSize", "org.jline.terminal.impl.AbstractPty",
            "org.jline.terminal.impl.AbstractPty$1", "org.jline.terminal.impl.AbstractPty$PtyInputStream",
            "org.jline.terminal.impl.AbstractPty$FileDescriptorCreator", "org.jline.terminal.impl.AbstractPosixTerminal",
            "org.jline.terminal.impl.PosixSysTerminal", "org.jline.utils.FastBufferedOutputStream",
            "org.jline.utils.ShutdownHooks", "org.jline.utils.ShutdownHooks$1", "org.jline.utils.ShutdownHooks$Task");

    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final PipedOutputStream keys = new PipedOutputStream();
    private final NonBlockingReader reader;

    private InitRehearsal() throws IOException {
        reader = NonBlocking.nonBlocking("keys", new PipedInputStream(keys, 4096), StandardCharsets.UTF_8);
    }

    /** {@code InitRehearsal TARGET}: runs the wizard to the end in TARGET and exits with init's exit code. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: InitRehearsal TARGET");
            System.exit(2);
        }
        // as AgentryApplication does for every command: the libraries' logging stays unconfigured (off)
        System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
        System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
        System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
        System.setProperty("slf4j.internal.verbosity", "WARN");
        daemon("agentry-rehearsal-limit", () -> {
            sleep(LIMIT_MS);
            System.exit(TIMED_OUT);
        });
        loadTerminalClasses();
        System.exit(rehearse(args[0]));
    }

    private static void loadTerminalClasses() {
        ClassLoader loader = InitRehearsal.class.getClassLoader();
        for (String name : TERMINAL_CLASSES) {
            try {
                Class.forName(name, false, loader);
            }
            catch (ClassNotFoundException | LinkageError e) {
                // not in this version of JLine or Java: nothing to archive
            }
        }
    }

    /** Runs init in {@code target} with Enter pressed at every prompt; returns init's exit code. */
    static int rehearse(String target) throws IOException {
        return new InitRehearsal().run(target);
    }

    private int run(String target) {
        PrintWriter out = new PrintWriter(screen, true, StandardCharsets.UTF_8);
        Io io = new Io(out, out, true, true);
        Cli cli = Cli.create(Cli.Surface.COMMAND_LINE, Wizards::standalone,
                () -> WizardTerminal.over(reader, screen, "xterm-256color", new Size(120, 40)), List.of());
        daemon("agentry-rehearsal-keys", this::pressEnterWhenSettled);
        return cli.run(List.of("init", "--target", target).toArray(String[]::new), io);
    }

    /** Presses Enter once after each burst of drawing; keys typed ahead wait in the pipe for the next prompt. */
    private void pressEnterWhenSettled() {
        int drawn = 0;
        int answered = 0;
        long changed = System.nanoTime();
        while (true) {
            sleep(25);
            int size = screen.size();
            if (size != drawn) {
                drawn = size;
                changed = System.nanoTime();
            }
            else if (drawn != answered && System.nanoTime() - changed >= TimeUnit.MILLISECONDS.toNanos(SETTLED_MS)) {
                answered = drawn;
                type(keys, "\r");
            }
        }
    }

    private static void type(OutputStream keys, String text) {
        try {
            keys.write(text.getBytes(StandardCharsets.UTF_8));
            keys.flush();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
