package dev.agentry.cli;

import java.util.Arrays;
import java.util.List;

import dev.agentry.support.ExitCode;
import dev.agentry.support.Suggestions;

/**
 * Runs one command from the process arguments and returns its exit code, without starting the interactive
 * shell: scripts and CI get a fast start, exact exit codes and arguments that may hold spaces.
 */
public final class Cli {

    private final List<AgentryCommand> commands;
    private final Io io;

    Cli(List<AgentryCommand> commands, Io io) {
        this.commands = commands;
        this.io = io;
    }

    /** The standard command set on the process's own streams. */
    public static Cli standard() {
        return new Cli(Commands.all(Services.standard()), Io.system());
    }

    /** A runner over the given commands and the process's streams. */
    static Cli of(List<AgentryCommand> commands) {
        return new Cli(commands, Io.system());
    }

    /**
     * True when these arguments need the Spring Shell application: the interactive shell (no arguments) or the
     * init wizard in a terminal. Everything else runs without starting it.
     */
    public static boolean needsShell(String[] args) {
        return args.length == 0 || args[0].equals("init") && Terminals.stdinIsTerminal()
                && !java.util.Arrays.asList(args).contains("--help");
    }

    public int run(String[] args) {
        List<String> tokens = Arrays.asList(args);
        String first = tokens.get(0);
        if (first.equals("--help") || first.equals("-h")) {
            return find("help").execute(tokens.subList(1, tokens.size()), io);
        }
        if (first.equals("--version")) {
            return find("version").execute(List.of(), io);
        }
        AgentryCommand command = commands.stream().filter(c -> c.getName().equals(first)).findFirst().orElse(null);
        if (command == null) {
            List<String> names = commands.stream().map(AgentryCommand::getName).toList();
            io.err().println(io.colored("error:", 91) + " Unknown command '" + first + "'." + Suggestions.didYouMean(first, names)
                    + " Commands: " + String.join(", ", names) + ". Run 'agentry --help'.");
            io.flush();
            return ExitCode.USAGE.code();
        }
        return command.execute(tokens.subList(1, tokens.size()), io);
    }

    private AgentryCommand find(String name) {
        return commands.stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
    }
}
