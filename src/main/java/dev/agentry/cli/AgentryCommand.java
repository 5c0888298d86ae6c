package dev.agentry.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import dev.agentry.support.AgentryException;
import dev.agentry.support.ExitCode;
import org.springframework.shell.core.command.AbstractCommand;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.ExitStatus;

/**
 * Base of agentry's commands. A command is a Spring Shell command (it runs inside the shell) and can be run
 * straight from the process arguments without starting the shell (see {@link Cli}). Either way it parses its
 * options, calls one use case, prints, and maps failures to exit codes in one place.
 */
abstract class AgentryCommand extends AbstractCommand {

    static final String GROUP = "agentry";

    private final List<Opt> opts;
    private final String usage;
    private final int maxPositionals;

    AgentryCommand(String name, String description, String usage, List<Opt> opts, int maxPositionals) {
        super(name, description, GROUP);
        this.opts = List.copyOf(opts);
        this.usage = usage;
        this.maxPositionals = maxPositionals;
        List<CommandOption> options = new ArrayList<>();
        for (Opt opt : opts) {
            options.add(CommandOption.with().longName(opt.name()).description(opt.description())
                    .type(opt.isFlag() ? boolean.class : String.class).required(false).build());
        }
        setOptions(options);
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

    @Override
    public String getHelp() {
        return HelpText.command(this);
    }

    /** Runs inside the shell: the shell has split the line; errors are printed, the shell goes on. */
    @Override
    public ExitStatus doExecute(CommandContext context) {
        List<String> tokens = new ArrayList<>();
        for (CommandOption option : context.parsedInput().options()) {
            String name = option.longName() != null && !option.longName().isEmpty() ? option.longName()
                    : String.valueOf(option.shortName());
            tokens.add((name.length() == 1 ? "-" : "--") + name + (option.value() == null ? "" : "=" + option.value()));
        }
        for (CommandArgument argument : context.parsedInput().arguments()) {
            tokens.add(argument.value());
        }
        // the error, if any, is already printed; the shell goes on either way
        execute(tokens, Io.shell(context.outputWriter()));
        return ExitStatus.OK;
    }

    /** Parses and runs; returns the exit code. Nothing escapes as an exception. */
    final int execute(List<String> tokens, Io io) {
        boolean verbose = tokens.contains("--verbose");
        try {
            Args args = ArgvParser.parse(this, tokens);
            if (args.flag("help")) {
                io.out().println(getHelp());
                return 0;
            }
            return run(args, io);
        }
        catch (AgentryException e) {
            io.err().println(io.colored("error:", 91) + " " + e.getMessage());
            if (verbose && e.getCause() != null) {
                e.printStackTrace(io.err());
            }
            return e.exitCode().code();
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
            io.flush();
        }
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
