package dev.agentry.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether the process talks to a terminal, and whether colors are wanted (the NO_COLOR convention). */
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

    static boolean stdoutIsTerminal() {
        return stdinIsTerminal();
    }

    static boolean colorAllowed() {
        String noColor = System.getenv("NO_COLOR");
        String term = System.getenv("TERM");
        return (noColor == null || noColor.isEmpty()) && !"dumb".equals(term);
    }
}
