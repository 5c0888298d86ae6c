package dev.agentry.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

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
        int code = new Cli(Commands.all(Services.standard()), io).run(args);
        return new Run(code, out.toString(), err.toString());
    }
}
