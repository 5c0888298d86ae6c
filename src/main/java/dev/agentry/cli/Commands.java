package dev.agentry.cli;

import java.util.List;
import java.util.function.Supplier;

/** agentry's commands, built from the use cases, in the order help lists them (help itself is added by {@link Cli}). */
final class Commands {

    private Commands() {
    }

    /**
     * The commands.
     *
     * @param wizards init's questions, or null where init has no terminal to ask in
     * @param sessions the terminal init's questions draw on, or null likewise
     */
    static List<AgentryCommand> all(Services services, Supplier<InitWizard> wizards, Supplier<WizardTerminal> sessions) {
        return List.of(new InitCommand(services, wizards, sessions), new GenerateCommand(services),
                new UpdateCommand(services), new CheckCommand(services), new RemoveCommand(services),
                new ListCommand(services), new DetectCommand(services), new ScaffoldsCommand(services.packCheck()),
                new ExportCommand(services), new VersionCommand());
    }
}
