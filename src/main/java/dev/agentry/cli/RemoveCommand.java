package dev.agentry.cli;

import java.util.List;

import dev.agentry.console.Io;
import dev.agentry.app.Outcome;

/** {@code agentry remove}: uninstalls the team, keeping files the user edited. */
final class RemoveCommand extends AgentryCommand {

    private final Services services;

    RemoveCommand(Services services) {
        super("remove", "remove the team: files you have not edited, the CLAUDE.md block and .agentry/",
                "remove [--target DIR] [--dry-run] [--json]",
                List.of(CommonOpts.TARGET, CommonOpts.DRY_RUN, CommonOpts.JSON, CommonOpts.VERBOSE), 0);
        this.services = services;
    }

    @Override
    int run(Args args, Io io) {
        Outcome outcome = args.flag("dry-run") ? services.remove().dryRun(CommonOpts.target(args))
                : services.remove().run(CommonOpts.target(args));
        Output.print(outcome, args, io, false);
        return outcome.exitCode().code();
    }
}
