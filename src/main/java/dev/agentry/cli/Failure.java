package dev.agentry.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.agentry.console.Io;
import dev.agentry.codec.Codec;
import dev.agentry.support.AgentryException;
import dev.agentry.support.ExitCode;

/**
 * How a command that failed is reported, in one place for the command line and the shell: the message on stderr
 * ({@code error: ...}, or {@code internal error: ...} with the stack trace under --verbose), and with --json also one
 * JSON object on stdout, {@code {"command": ..., "exitCode": ..., "error": ...}}, so that stdout always holds
 * exactly one JSON object. Returns the exit code.
 */
final class Failure {

    private Failure() {
    }

    /** What the user asked for on the line, read before (and whether or not) the options parse. */
    record Asked(boolean json, boolean verbose) {

        static Asked in(List<String> words) {
            return new Asked(has(words, "--json"), has(words, "--verbose"));
        }

        private static boolean has(List<String> words, String flag) {
            for (String word : words) {
                if (word.equals("--")) {
                    return false;
                }
                if (word.equals(flag) || word.equals(flag + "=true")) {
                    return true;
                }
            }
            return false;
        }
    }

    /** An expected failure (bad input, refused for safety ...). */
    static int report(String command, AgentryException e, Asked asked, Io io) {
        return report(command, e.exitCode(), e.getMessage(), asked.verbose() ? e.getCause() : null, asked, io);
    }

    /** A failure with its exit code and message; the cause's stack trace is printed when not null. */
    static int report(String command, ExitCode code, String message, Throwable trace, Asked asked, Io io) {
        io.err().println(io.colored("error:", 91) + " " + message);
        if (trace != null) {
            trace.printStackTrace(io.err());
        }
        json(command, code, message, asked, io);
        return code.code();
    }

    /** A bug or an unforeseen failure (exit 1). */
    static int internal(String command, Throwable e, Asked asked, Io io) {
        String message = describe(e);
        io.err().println(io.colored("internal error:", 91) + " " + message
                + (asked.verbose() ? "" : " (run again with --verbose for details)"));
        if (asked.verbose()) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            io.err().print(trace);
        }
        json(command, ExitCode.INTERNAL, "internal error: " + message, asked, io);
        return ExitCode.INTERNAL.code();
    }

    private static void json(String command, ExitCode code, String message, Asked asked, Io io) {
        if (!asked.json()) {
            io.flush();
            return;
        }
        Map<String, Object> error = new LinkedHashMap<>();
        if (command != null) {
            error.put("command", command);
        }
        error.put("exitCode", code.code());
        error.put("error", message);
        io.err().flush();
        io.out().print(Codec.writeJson(error));
        io.out().flush();
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return e.getMessage() != null ? e.getMessage() : root.toString();
    }
}
