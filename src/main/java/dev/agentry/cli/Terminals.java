package dev.agentry.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether the process talks to a terminal, how wide it is, and whether colors are wanted (the NO_COLOR convention). */
final class Terminals {

    private Terminals() {
    }

    /** True when both stdin and stdout are terminals (Java 17: System.console(); 22+: Console.isTerminal()). */
    static boolean stdinIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        }
        catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** Java tells only whether stdin and stdout are both terminals; when stdin is not, stdout is taken as not one. */
    static boolean stdoutIsTerminal() {
        return stdinIsTerminal();
    }

    /**
     * The terminal's width in columns: {@code COLUMNS} when the shell exports it, else the terminal's own (asked
     * through JLine, which is loaded only then), else {@link Io#DEFAULT_WIDTH} (piped output, no terminal).
     */
    static int width() {
        String columns = System.getenv("COLUMNS");
        if (columns != null && columns.matches("[0-9]{1,4}") && Integer.parseInt(columns) > 0) {
            return Integer.parseInt(columns);
        }
        return stdoutIsTerminal() ? Wizards.terminalWidth() : Io.DEFAULT_WIDTH;
    }

    static boolean colorAllowed() {
        String noColor = System.getenv("NO_COLOR");
        String term = System.getenv("TERM");
        return (noColor == null || noColor.isEmpty()) && !"dumb".equals(term);
    }
}
