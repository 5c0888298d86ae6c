package dev.agentry.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.agentry.console.Io;
import dev.agentry.app.Generate;
import dev.agentry.app.Outcome;
import dev.agentry.app.Request;

/** {@code agentry generate}: writes the team; in a target with agentry state it behaves as update. */
final class GenerateCommand extends AgentryCommand {

    private final Services services;

    GenerateCommand(Services services) {
        super("generate", "write the agent team into a repository (scriptable; no prompts)",
                "generate [--target DIR] [--project-type ID] [--deployment ID] [--stack ID] [OPTIONS]", options(), 0);
        this.services = services;
    }

    static List<Opt> options() {
        List<Opt> opts = new ArrayList<>();
        opts.add(CommonOpts.TARGETS);
        opts.add(CommonOpts.TARGETS_FROM);
        opts.addAll(CommonOpts.ANSWERS);
        opts.add(CommonOpts.DETECT);
        opts.add(CommonOpts.DRY_RUN);
        opts.add(CommonOpts.JSON);
        opts.add(CommonOpts.FORCE);
        opts.add(CommonOpts.ADOPT);
        opts.add(CommonOpts.CONFLICT);
        opts.add(CommonOpts.VERBOSE);
        return opts;
    }

    @Override
    public String details() {
        return """
                Answer precedence: --set > options > --answers file > .agentry/answers.yml > --detect > defaults.
                A missing answer is an error that lists the valid choices; generate never prompts.
                Writes .claude/agents/<agent>.md per agent, the team block of CLAUDE.md, and .agentry/
                (answers.yml, state.json). In a target that already has .agentry/ it behaves as update.""";
    }

    @Override
    int run(Args args, Io io) {
        List<Path> targets = CommonOpts.targets(args);
        if (targets.size() > 1) {
            Request request = CommonOpts.request(args).withTrust(services.fleetTrust().get());
            return FleetReport.run(targets, target -> services.generate().run(request.withTarget(target), Generate.Mode.GENERATE),
                    args, io);
        }
        Outcome outcome = services.generate().run(CommonOpts.request(args), Generate.Mode.GENERATE);
        Output.print(outcome, args, io, outcome.dryRun());
        return outcome.exitCode().code();
    }
}
