package dev.agentry.cli;

import dev.agentry.console.Io;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** Runs agentry's command line in-process, without a terminal, capturing stdout, stderr and the exit code. */
public final class CliHarness {

    private CliHarness() {
    }

    /** What one run printed and returned. */
    public record Run(int code, String out, String err) {
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Io io = new Io(new PrintWriter(out), new PrintWriter(err), false, false);
        int code = Cli.create(Cli.Surface.COMMAND_LINE, null, null, List.of()).run(args, io);
        return new Run(code, out.toString(), err.toString());
    }
}
