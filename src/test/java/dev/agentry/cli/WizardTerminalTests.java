package dev.agentry.cli;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.jline.utils.NonBlockingReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/** A wizard session borrows the shell's terminal and gives it back as it found it: output open, keys unread. */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class WizardTerminalTests {

    private final PipedOutputStream keys = new PipedOutputStream();
    private final VirtualTerminal.Screen screen = new VirtualTerminal.Screen();
    private final Terminal shell;

    WizardTerminalTests() throws IOException {
        shell = new ExternalTerminal("shell", "xterm-256color", new PipedInputStream(keys, 4096), screen,
                StandardCharsets.UTF_8);
        shell.setSize(new Size(100, 30));
    }

    @AfterEach
    void close() throws IOException {
        keys.close();
        shell.close();
    }

    @Test
    void closingASessionLeavesTheShellsOutputOpen() {
        WizardTerminal.overSystem(shell).close();
        shell.writer().println("still here");
        shell.writer().flush();
        assertThat(screen.closed()).as("the shell's output stream was closed").isFalse();
        assertThat(screen.text()).contains("still here");
    }

    @Test
    void closingASessionRestoresTheShellsTerminalSettings() {
        var before = shell.getAttributes();
        WizardTerminal.overSystem(shell).close();
        assertThat(shell.getAttributes().getLocalFlags()).isEqualTo(before.getLocalFlags());
        assertThat(shell.getAttributes().getInputFlags()).isEqualTo(before.getInputFlags());
    }

    @Test
    void keysTypedAfterASessionGoToTheShell() throws Exception {
        WizardTerminal.overSystem(shell).close();
        keys.write("version\r".getBytes(StandardCharsets.UTF_8));
        keys.flush();
        NonBlockingReader reader = shell.reader();
        StringBuilder read = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (read.length() < "version".length() && System.nanoTime() < deadline) {
            int c = reader.read(100);
            if (c >= 0) {
                read.append((char) c);
            }
        }
        assertThat(read.toString()).startsWith("version");
    }
}
