package dev.agentry.cli;

import java.io.PrintWriter;

/**
 * Where a command prints: results to {@code out}, errors to {@code err}; and whether a person is at a
 * terminal (colors on, prompts possible).
 */
record Io(PrintWriter out, PrintWriter err, boolean color, boolean interactive) {

    /** The process's own streams; color only on a terminal and when NO_COLOR is unset. */
    static Io system() {
        boolean terminal = Terminals.stdoutIsTerminal();
        return new Io(new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                terminal && Terminals.colorAllowed(), terminal && Terminals.stdinIsTerminal());
    }

    /** Inside the shell, where everything goes to the terminal's writer. */
    static Io shell(PrintWriter writer) {
        return new Io(writer, writer, Terminals.colorAllowed() && Terminals.stdoutIsTerminal(), true);
    }

    String bold(String text) {
        return color ? "\u001b[1m" + text + "\u001b[0m" : text;
    }

    String dim(String text) {
        return color ? "\u001b[2m" + text + "\u001b[0m" : text;
    }

    String colored(String text, int ansi) {
        return color ? "\u001b[" + ansi + "m" + text + "\u001b[0m" : text;
    }

    void flush() {
        out.flush();
        err.flush();
    }
}
