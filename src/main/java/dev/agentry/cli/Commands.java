package dev.agentry.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** All of agentry's commands, built from the services, in the order help lists them. */
final class Commands {

    private Commands() {
    }

    /** The commands of a single run from the command line, where init has no wizard (no terminal to ask in). */
    static List<AgentryCommand> all(Services services) {
        return all(services, null, null);
    }

    static List<AgentryCommand> all(Services services, Supplier<InitWizard> wizard, Supplier<WizardTerminal> sessions) {
        List<AgentryCommand> commands = new ArrayList<>();
        commands.add(new InitCommand(services, wizard, sessions));
        commands.add(new GenerateCommand(services));
        commands.add(new UpdateCommand(services));
        commands.add(new CheckCommand(services));
        commands.add(new RemoveCommand(services));
        commands.add(new ListCommand(services));
        commands.add(new ScaffoldsCommand(services.packCheck()));
        commands.add(new VersionCommand());
        List<AgentryCommand> view = List.copyOf(commands);
        commands.add(new HelpCommand(() -> view));
        return List.copyOf(commands);
    }
}
