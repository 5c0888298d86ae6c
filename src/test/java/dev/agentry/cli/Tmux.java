package dev.agentry.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A program run in a tmux pane as a person would run it in a terminal: keys are sent, the screen is read. Each
 * instance has its own tmux server (its own socket), so it never sees or stops anyone else's sessions.
 */
final class Tmux implements AutoCloseable {

    private static final String SESSION = "shell-it";

    private final String socket;

    private Tmux(String socket) {
        this.socket = socket;
    }

    /** Whether tmux can be run here. */
    static boolean available() {
        try {
            Process process = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        }
        catch (IOException e) {
            return false;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Starts {@code command} (a shell command line) in a 120x50 pane, in {@code cwd}; when it ends the pane shows
     * {@code EXIT=<code>} and stays open.
     */
    static Tmux start(Path cwd, String command) {
        Tmux tmux = new Tmux("shell-it-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        tmux.tmux("new-session", "-d", "-s", SESSION, "-x", "120", "-y", "50", "-c", cwd.toString(),
                command + "; echo EXIT=$?; sleep 600");
        tmux.tmux("set-option", "-t", SESSION, "history-limit", "5000");
        return tmux;
    }

    /** Sends keys by tmux's names (Enter, Escape, C-c, Tab, Down ...). */
    void keys(String... keys) {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", SESSION));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    /** Types text literally. */
    void type(String text) {
        tmux("send-keys", "-t", SESSION, "-l", text);
    }

    /** Types a line and presses Enter. */
    void line(String text) {
        type(text);
        keys("Enter");
    }

    /** Forgets what the pane showed so far (its screen and scroll-back), so that the next wait sees only new output. */
    void forget() {
        tmux("send-keys", "-R", "-t", SESSION);
        tmux("clear-history", "-t", SESSION);
    }

    /** The pane's scroll-back and screen, wrapped lines joined. */
    String screen() {
        return tmux("capture-pane", "-p", "-J", "-t", SESSION, "-S", "-");
    }

    /** The pane's scroll-back and screen as {@link #screen()}, with the escape sequences of its colors and styles. */
    String styledScreen() {
        return tmux("capture-pane", "-p", "-e", "-J", "-t", SESSION, "-S", "-");
    }

    /** Waits until the screen shows {@code text}; fails with the screen when it does not within the time. */
    String await(String text, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String screen = screen();
        while (!screen.contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("'" + text + "' did not appear within " + timeout.toSeconds() + " s; the screen shows:\n"
                        + screen);
            }
            sleep(100);
            screen = screen();
        }
        return screen;
    }

    String await(String text) {
        return await(text, Duration.ofSeconds(20));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private String tmux(String... args) {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("tmux " + String.join(" ", args) + " failed: " + output);
            }
            return output;
        }
        catch (IOException e) {
            throw new AssertionError("cannot run tmux: " + e.getMessage(), e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    @Override
    public void close() {
        try {
            new ProcessBuilder("tmux", "-L", socket, "kill-server").redirectErrorStream(true).start().waitFor(10,
                    TimeUnit.SECONDS);
        }
        catch (IOException e) {
            // the server is gone already
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
