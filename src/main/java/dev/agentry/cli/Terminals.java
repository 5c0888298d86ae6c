package dev.agentry.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.agentry.console.Io;

/** Whether the process talks to a terminal, how wide it is, and whether colors are wanted (the NO_COLOR convention). */
final class Terminals {

    private Terminals() {
    }

    /** Where Linux shows what the process's stdout is: a link to the device, file or pipe ({@code pipe:[...]}). */
    private static final Path STDOUT_LINK = Path.of("/proc/self/fd/1");

    /**
     * True when both stdin and stdout are terminals, so a person can be asked (Java 17: System.console(); 22+:
     * Console.isTerminal()).
     */
    static boolean interactive() {
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

    /**
     * True when stdout is a terminal, whatever stdin is. Java tells only whether both are ({@link #interactive()});
     * when they are not, Linux's link for file descriptor 1 tells (JLine's isatty would load its native library,
     * about 100 ms, on every piped run). Elsewhere stdout is then taken as not a terminal.
     */
    static boolean stdoutIsTerminal() {
        return interactive() || linksToTerminal(STDOUT_LINK);
    }

    /** True when {@code fdLink} (a {@code /proc/self/fd/N} link) points at a terminal device; false when unreadable. */
    static boolean linksToTerminal(Path fdLink) {
        try {
            return isTerminalDevice(Files.readSymbolicLink(fdLink).toString());
        }
        catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** Linux's terminal devices: pseudo-terminals, the controlling and virtual terminals, serial lines, the console. */
    static boolean isTerminalDevice(String device) {
        return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty") || device.equals("/dev/console");
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

    /** The process's own streams; color only on a terminal and when NO_COLOR is unset. */
    static Io io() {
        boolean terminal = stdoutIsTerminal();
        return new Io(new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                terminal && colorAllowed(), interactive(), Terminals::width);
    }
}
