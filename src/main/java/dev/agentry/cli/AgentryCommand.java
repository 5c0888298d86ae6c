package dev.agentry.cli;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import dev.agentry.console.Io;
import dev.agentry.support.AgentryException;
import dev.agentry.support.IoFailures;
import dev.agentry.support.Timings;

/**
 * Base of agentry's commands, and the one definition of each: its name, description, usage, options and positional
 * arguments serve parsing ({@link ArgvParser}), help ({@link HelpText}) and completion ({@link Completions}), on the
 * command line and in the interactive shell alike ({@link Cli} dispatches both). A command parses its options, calls
 * one use case and prints; failures map to exit codes in one place ({@link Failure}).
 */
abstract class AgentryCommand {

    /** Taken by every command: where the run's time went, printed to stderr at its end. */
    static final Opt TIMINGS = Opt.flag("timings", "print where the run's time went, to stderr");
    /** Taken by every command: its help instead of running it. */
    static final Opt HELP = Opt.flag("help", "show this help");

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

    /** Other names the command answers to. */
    List<String> aliases() {
        return List.of();
    }

    /** True for the commands that exist only inside the interactive shell (help lists them apart). */
    boolean shellOnly() {
        return false;
    }

    List<Opt> opts() {
        return opts;
    }

    /** Options the parser takes that help and completion do not show: a command's own plumbing (none by default). */
    List<Opt> hiddenOpts() {
        return List.of();
    }

    String usage() {
        return usage;
    }

    int maxPositionals() {
        return maxPositionals;
    }

    /** What tab completion offers for a positional argument (none by default). */
    Opt.Values positionalValues() {
        return Opt.Values.NONE;
    }

    /** A paragraph of help beyond the options (empty by default); prose lines are re-flowed to the width. */
    String details() {
        return "";
    }

    /** Parses and runs; returns the exit code. Nothing escapes as an exception. */
    final int execute(List<String> tokens, Io io) {
        return execute(tokens, io, Timings.OFF);
    }

    /**
     * Parses and runs, recording into {@code started} (the command line's timings, from the JVM's start) or, when that
     * records nothing and the tokens ask with --timings (a command in the shell), into timings of its own from now,
     * printed at its end.
     */
    final int execute(List<String> tokens, Io io, Timings started) {
        // --timings is taken before parsing
        List<String> rest = new ArrayList<>(tokens);
        boolean asked = rest.remove("--" + TIMINGS.name());
        Timings timings = started.enabled() || !asked ? started : Timings.fromNow();
        try {
            Args args = ArgvParser.parse(this, rest).withTimings(timings);
            if (args.flag(HELP.name())) {
                io.out().println(HelpText.command(this, io.width()));
                return 0;
            }
            return run(args, io);
        }
        catch (AgentryException e) {
            return Failure.report(name, e, Failure.Asked.in(tokens), io);
        }
        catch (UncheckedIOException e) {
            // a problem of the user's folders (permission, read-only, full disk) that reached here unnamed: not internal
            return Failure.report(name, IoFailures.of(e), Failure.Asked.in(tokens), io);
        }
        catch (RuntimeException | Error e) {
            return Failure.internal(name, e, Failure.Asked.in(tokens), io);
        }
        finally {
            if (timings != started) {
                timings.print(io.err());
            }
            io.flush();
        }
    }

    /** The command's work, once its options are parsed. */
    abstract int run(Args args, Io io);
}
