package dev.agentry.console;

import java.io.PrintWriter;
import java.util.function.IntSupplier;

/**
 * Where a command prints: results to {@code out}, errors to {@code err}; whether a person is at a terminal (colors
 * on, prompts possible); and how wide the output is, asked only when text is wrapped (help).
 */
public record Io(PrintWriter out, PrintWriter err, boolean color, boolean interactive, IntSupplier columns) {

    /** The width assumed when the output's is unknown (piped, or not a terminal). */
    public static final int DEFAULT_WIDTH = 80;

    /** Output of the default width. */
    public Io(PrintWriter out, PrintWriter err, boolean color, boolean interactive) {
        this(out, err, color, interactive, () -> DEFAULT_WIDTH);
    }

    /** The output's width in columns (at least 40). */
    public int width() {
        int width = columns.getAsInt();
        return width <= 0 ? DEFAULT_WIDTH : Math.max(40, width);
    }

    public String bold(String text) {
        return color ? "\u001b[1m" + text + "\u001b[0m" : text;
    }

    public String dim(String text) {
        return color ? "\u001b[2m" + text + "\u001b[0m" : text;
    }

    public String colored(String text, int ansi) {
        return color ? "\u001b[" + ansi + "m" + text + "\u001b[0m" : text;
    }

    public void flush() {
        out.flush();
        err.flush();
    }
}
