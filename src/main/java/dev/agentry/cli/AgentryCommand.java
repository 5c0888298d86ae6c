package dev.agentry.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import dev.agentry.support.AgentryException;
import dev.agentry.support.ExitCode;
import dev.agentry.support.IoFailures;
import dev.agentry.support.Timings;

/**
 * Base of agentry's commands. A command parses its options, calls one use case, prints, and maps failures to
 * exit codes in one place. It runs straight from the process arguments ({@link Cli}), and inside the interactive
 * shell through {@link ShellCommand}.
 */
abstract class AgentryCommand {

    private final String name;
    private final String description;
    private final List<Opt> opts;
    private final String usage;
    private final int maxPositionals;

    AgentryCommand(String name, String description, String usage, List<Opt> opts, int maxPositionals) {
        this.name = name;
        this.description = description;
        this.opts = List.copyOf(opts);
        this.usage = usage;
        this.maxPositionals = maxPositionals;
    }

    String getName() {
        return name;
    }

    String getDescription() {
        return description;
    }

    List<Opt> opts() {
        return opts;
    }

    String usage() {
        return usage;
    }

    int maxPositionals() {
        return maxPositionals;
    }

    String getHelp() {
        return HelpText.command(this);
    }

    /** What tab completion offers for a positional argument (none by default). */
    Opt.Values positionalValues() {
        return Opt.Values.NONE;
    }
    /** Parses and runs; returns the exit code. Nothing escapes as an exception. */
    final int execute(List<String> tokens, Io io) {
        boolean verbose = tokens.contains("--verbose");
        // in the interactive shell a command may ask for --timings itself (scripted runs handle it in Cli)
        List<String> rest = new ArrayList<>(tokens);
        boolean timings = rest.remove("--timings");
        if (timings) {
            Timings.start();
        }
        try {
            Args args = ArgvParser.parse(this, rest);
            if (args.flag("help")) {
                io.out().println(getHelp());
                return 0;
            }
            return run(args, io);
        }
        catch (AgentryException e) {
            return reported(e, io, verbose);
        }
        catch (UncheckedIOException e) {
            // a problem of the user's folders (permission, read-only, full disk) that reached here unnamed: not internal
            return reported(IoFailures.of(e), io, verbose);
        }
        catch (RuntimeException | Error e) {
            io.err().println(io.colored("internal error:", 91) + " " + describe(e)
                    + (verbose ? "" : " (run again with --verbose for details)"));
            if (verbose) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                io.err().print(trace);
            }
            return ExitCode.INTERNAL.code();
        }
        finally {
            if (timings) {
                Timings.print(io.err());
            }
            io.flush();
        }
    }

    private static int reported(AgentryException e, Io io, boolean verbose) {
        io.err().println(io.colored("error:", 91) + " " + e.getMessage());
        if (verbose && e.getCause() != null) {
            e.printStackTrace(io.err());
        }
        return e.exitCode().code();
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getMessage() != null ? e.getMessage() : root.toString();
        return message;
    }

    /** The command's work, once its options are parsed. */
    abstract int run(Args args, Io io);
}
