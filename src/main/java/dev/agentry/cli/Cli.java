package dev.agentry.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.agentry.support.ExitCode;
import dev.agentry.support.Suggestions;
import dev.agentry.support.Timings;

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
        Cli cli = new Cli(Commands.all(Services.standard(), Wizards::standalone, Wizards::systemSession), Io.system());
        Timings.mark("commands ready");
        return cli;
    }

    /** True when these arguments open the interactive shell (no arguments); everything else runs without it. */
    public static boolean needsShell(String[] args) {
        return args.length == 0;
    }

    public int run(String[] args) {
        List<String> tokens = new ArrayList<>(Arrays.asList(args));
        if (tokens.remove("--timings") && !Timings.enabled()) {
            Timings.enable();
        }
        try {
            return dispatch(tokens);
        }
        finally {
            Timings.print(io.err());
        }
    }

    private int dispatch(List<String> tokens) {
        if (tokens.isEmpty()) {
            return find("help").execute(List.of(), io);
        }
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
