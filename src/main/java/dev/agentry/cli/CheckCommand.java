package dev.agentry.cli;

import java.nio.file.Path;
import java.util.List;

import dev.agentry.console.Io;
import dev.agentry.app.Outcome;
import dev.agentry.app.Request;
import dev.agentry.app.Upgrades;
import dev.agentry.pack.Trust;

/** {@code agentry check}: exit 5 when update would change something. For CI. */
final class CheckCommand extends AgentryCommand {

    private final Services services;

    CheckCommand(Services services) {
        super("check", "exit 0 when the team is in sync with its answers and scaffolds, 5 when update would change it",
                "check [--target DIR]... [--targets-from FILE] [--upgrades] [--json]",
                List.of(CommonOpts.TARGETS, CommonOpts.TARGETS_FROM, CommonOpts.UPGRADES, CommonOpts.JSON, CommonOpts.VERBOSE),
                0);
        this.services = services;
    }

    @Override
    int run(Args args, Io io) {
        List<Path> targets = CommonOpts.targets(args);
        Upgrades upgrades = args.flag("upgrades") ? Upgrades.REPORT : Upgrades.NONE;
        if (args.flag("upgrades")) {
            // the one check that reaches the network: say so before waiting on it
            io.err().println(io.dim("check --upgrades: asking each git scaffold pack's repository for newer versions"
                    + " (network)"));
            io.err().flush();
        }
        if (targets.size() > 1) {
            Trust trust = services.fleetTrust().get();
            return FleetReport.run(targets, target -> services.check().run(Request.of(target).withUpgrades(upgrades)
                    .withTrust(trust)), args, io);
        }
        Outcome outcome = services.check().run(Request.of(CommonOpts.target(args)).withUpgrades(upgrades));
        Output.print(outcome, args, io, false);
        return outcome.exitCode().code();
    }
}
