package dev.agentry.cli;

import java.nio.file.Path;
import java.util.List;

import dev.agentry.app.Outcome;
import dev.agentry.app.Request;

/** {@code agentry check}: exit 5 when update would change something. For CI. */
final class CheckCommand extends AgentryCommand {

    private final Services services;

    CheckCommand(Services services) {
        super("check", "exit 0 when the team is in sync with its answers and scaffolds, 5 when update would change it",
                "check [--target DIR]... [--targets-from FILE] [--json]",
                List.of(CommonOpts.TARGETS, CommonOpts.TARGETS_FROM, CommonOpts.JSON, CommonOpts.VERBOSE), 0);
        this.services = services;
    }

    @Override
    int run(Args args, Io io) {
        List<Path> targets = CommonOpts.targets(args);
        if (targets.size() > 1) {
            return FleetReport.run(targets, target -> services.check().run(Request.of(target)), args, io);
        }
        Outcome outcome = services.check().run(Request.of(CommonOpts.target(args)));
        Output.print(outcome, args, io, false);
        return outcome.exitCode().code();
    }
}
