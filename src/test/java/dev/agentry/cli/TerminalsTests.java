package dev.agentry.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether stdout is a terminal is told by stdout's own device, not by stdin's. */
class TerminalsTests {

    @TempDir
    Path work;

    @Test
    void terminalDevicesAreTerminals() {
        assertThat(Terminals.isTerminalDevice("/dev/pts/3")).isTrue();
        assertThat(Terminals.isTerminalDevice("/dev/tty1")).isTrue();
        assertThat(Terminals.isTerminalDevice("/dev/ttyS0")).isTrue();
        assertThat(Terminals.isTerminalDevice("/dev/console")).isTrue();
    }

    @Test
    void pipesFilesAndNullAreNotTerminals() {
        assertThat(Terminals.isTerminalDevice("pipe:[48213]")).isFalse();
        assertThat(Terminals.isTerminalDevice("socket:[48213]")).isFalse();
        assertThat(Terminals.isTerminalDevice("/dev/null")).isFalse();
        assertThat(Terminals.isTerminalDevice("/home/me/out.txt")).isFalse();
        assertThat(Terminals.isTerminalDevice("/tmp/dev/pts/3")).isFalse();
    }

    @Test
    void aDescriptorLinkedToAPseudoTerminalIsATerminal() throws Exception {
        Path fd = Files.createSymbolicLink(work.resolve("1"), Path.of("/dev/pts/7"));
        assertThat(Terminals.linksToTerminal(fd)).isTrue();
    }

    @Test
    void aDescriptorLinkedToAPipeOrFileIsNot() throws Exception {
        assertThat(Terminals.linksToTerminal(Files.createSymbolicLink(work.resolve("pipe"), Path.of("pipe:[48213]")))).isFalse();
        assertThat(Terminals.linksToTerminal(Files.createSymbolicLink(work.resolve("file"), work.resolve("out.txt")))).isFalse();
        assertThat(Terminals.linksToTerminal(Files.writeString(work.resolve("plain"), "not a link"))).isFalse();
        assertThat(Terminals.linksToTerminal(work.resolve("missing"))).isFalse();
    }

    /** The test JVM's stdout is Surefire's pipe (or a file): neither a terminal nor a person at one. */
    @Test
    void theTestsOwnPipedStdoutIsNotATerminal() {
        assertThat(Terminals.stdoutIsTerminal()).isFalse();
        assertThat(Terminals.interactive()).isFalse();
        assertThat(Terminals.io().color()).isFalse();
        assertThat(Terminals.io().interactive()).isFalse();
    }
}
