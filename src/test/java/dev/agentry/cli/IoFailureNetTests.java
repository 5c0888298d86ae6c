package dev.agentry.cli;

import dev.agentry.console.Io;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An I/O failure that reaches a command unmapped is still a problem of the user's folders, never an internal error. */
class IoFailureNetTests {

    @Test
    void anUnmappedFileErrorExitsTwoNamingTheFile() {
        AgentryCommand failing = new AgentryCommand("probe", "fails reading a file", "probe", List.of(), 0) {
            @Override
            int run(Args args, Io io) {
                throw new UncheckedIOException("cannot read /repo/.agentry/answers.yml",
                        new AccessDeniedException("/repo/.agentry/answers.yml"));
            }
        };
        StringWriter err = new StringWriter();
        Io io = new Io(new PrintWriter(new StringWriter()), new PrintWriter(err), false, false);
        assertThat(failing.execute(List.of(), io)).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: Cannot read /repo/.agentry/answers.yml: permission denied.")
                .doesNotContain("internal error");
    }
}
