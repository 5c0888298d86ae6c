package dev.agentry.cli;

import java.util.ArrayList;
import java.util.List;

/** All of agentry's commands, built from the services, in the order help lists them. */
final class Commands {

    private Commands() {
    }

    static List<AgentryCommand> all(Services services) {
        List<AgentryCommand> commands = new ArrayList<>();
        commands.add(new GenerateCommand(services));
        commands.add(new UpdateCommand(services));
        commands.add(new CheckCommand(services));
        commands.add(new RemoveCommand(services));
        commands.add(new ListCommand(services));
        commands.add(new VersionCommand());
        List<AgentryCommand> view = List.copyOf(commands);
        commands.add(new HelpCommand(() -> view));
        return List.copyOf(commands);
    }
}
