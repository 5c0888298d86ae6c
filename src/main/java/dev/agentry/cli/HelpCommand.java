package dev.agentry.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import dev.agentry.console.Io;
import dev.agentry.support.AgentryException;
import dev.agentry.support.Suggestions;

/** {@code agentry help [COMMAND]}: the overview, or one command's options. */
final class HelpCommand extends AgentryCommand {

    private final Supplier<List<AgentryCommand>> commands;
    private final Cli.Surface surface;

    /** Help over these commands (and itself). */
    HelpCommand(Supplier<List<AgentryCommand>> commands, Cli.Surface surface) {
        super("help", "show help: all commands, or one command's options", "help [COMMAND]", List.of(), 1);
        this.commands = commands;
        this.surface = surface;
    }

    @Override
    Opt.Values positionalValues() {
        return Opt.Values.COMMANDS;
    }

    @Override
    int run(Args args, Io io) {
        List<AgentryCommand> all = new ArrayList<>(commands.get());
        all.add(this);
        if (args.positionals().isEmpty()) {
            io.out().println(HelpText.overview(all, surface, io.width()));
            return 0;
        }
        String name = args.positionals().get(0);
        AgentryCommand command = all.stream().filter(c -> c.getName().equals(name) || c.aliases().contains(name)).findFirst()
                .orElseThrow(() -> AgentryException.usage("Unknown command '" + name + "'."
                        + Suggestions.didYouMean(name, all.stream().map(AgentryCommand::getName).toList())
                        + " Run '" + (surface == Cli.Surface.SHELL ? "" : "agentry ") + "help' for the list."));
        io.out().println(HelpText.command(command, io.width()));
        return 0;
    }
}
