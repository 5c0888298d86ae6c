package dev.agentry.cli;

import java.io.PrintWriter;
import java.util.function.IntSupplier;

/**
 * Where a command prints: results to {@code out}, errors to {@code err}; whether a person is at a terminal (colors
 * on, prompts possible); and how wide the output is, asked only when text is wrapped (help).
 */
record Io(PrintWriter out, PrintWriter err, boolean color, boolean interactive, IntSupplier columns) {

    /** The width assumed when the output's is unknown (piped, or not a terminal). */
    static final int DEFAULT_WIDTH = 80;

    /** Output of the default width. */
    Io(PrintWriter out, PrintWriter err, boolean color, boolean interactive) {
        this(out, err, color, interactive, () -> DEFAULT_WIDTH);
    }

    /** The process's own streams; color only on a terminal and when NO_COLOR is unset. */
    static Io system() {
        boolean terminal = Terminals.stdoutIsTerminal();
        return new Io(new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                terminal && Terminals.colorAllowed(), Terminals.interactive(), Terminals::width);
    }

    /** The output's width in columns (at least 40). */
    int width() {
        int width = columns.getAsInt();
        return width <= 0 ? DEFAULT_WIDTH : Math.max(40, width);
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
