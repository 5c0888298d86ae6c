package dev.agentry.cli;

import java.util.List;
import java.util.function.Supplier;

import dev.agentry.support.AgentryException;
import dev.agentry.support.Suggestions;

/** {@code agentry help [COMMAND]}: the overview, or one command's options. Replaces Spring Shell's help. */
final class HelpCommand extends AgentryCommand {

    private final Supplier<List<AgentryCommand>> commands;

    HelpCommand(Supplier<List<AgentryCommand>> commands) {
        super("help", "show help: all commands, or one command's options", "help [COMMAND]", List.of(), 1);
        this.commands = commands;
    }

    @Override
    Opt.Values positionalValues() {
        return Opt.Values.COMMANDS;
    }

    @Override
    int run(Args args, Io io) {
        if (args.positionals().isEmpty()) {
            io.out().println(HelpText.overview(commands.get()));
            return 0;
        }
        String name = args.positionals().get(0);
        AgentryCommand command = commands.get().stream().filter(c -> c.getName().equals(name)).findFirst()
                .orElseThrow(() -> AgentryException.usage("Unknown command '" + name + "'."
                        + Suggestions.didYouMean(name, commands.get().stream().map(AgentryCommand::getName).toList())
                        + " Run 'agentry help' for the list."));
        io.out().println(command.getHelp());
        return 0;
    }
}
