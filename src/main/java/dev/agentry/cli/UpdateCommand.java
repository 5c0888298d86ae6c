package dev.agentry.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.agentry.console.Io;
import dev.agentry.app.Generate;
import dev.agentry.app.Outcome;
import dev.agentry.app.Request;

/** {@code agentry update}: regenerates from the stored answers and any changes given, keeping user edits. */
final class UpdateCommand extends AgentryCommand {

    private final Services services;

    UpdateCommand(Services services) {
        super("update", "regenerate the team after answers or scaffolds changed, keeping your edits",
                "update [--target DIR] [--set KEY=VALUE]... [--deployment ID] ... [--upgrade [NAME=REF]] [--dry-run] [--json]"
                        + " [--conflict inline|rej]", options(), 0);
        this.services = services;
    }

    private static List<Opt> options() {
        List<Opt> opts = new ArrayList<>(GenerateCommand.options());
        opts.add(opts.indexOf(CommonOpts.DRY_RUN), CommonOpts.UPGRADE);
        return opts;
    }

    @Override
    public String details() {
        return """
                Starts from .agentry/answers.yml (hand edits included), applies the options given, renders again
                and reconciles every file with what agentry wrote last time:
                  untouched by you            -> overwritten with the new render
                  edited by you, nothing new  -> kept as you left it
                  edited by you, changed      -> three-way merge; overlapping edits become conflicts (exit 3)
                  deleted by you              -> written again while the team has it (drop it with --agents ...)
                  no longer in the team       -> deleted, or kept and untracked if you edited it (merged if it returns)
                  not written by agentry      -> refused (exit 2); --adopt keeps it as yours, --force overwrites it
                --conflict rej keeps your side of overlapping edits in the file and agentry's in FILE.rej;
                delete FILE.rej once resolved. --dry-run prints each file's action and a unified diff, and exits
                with the code the real run would.
                Git scaffold packs stay at the commit .agentry/state.json records. --upgrade moves each to its
                newest version (highest version tag, else the branch's newest commit) and merges as above;
                --upgrade NAME=REF moves one pack to a tag, branch or commit.""";
    }

    @Override
    int run(Args args, Io io) {
        List<Path> targets = CommonOpts.targets(args);
        if (targets.size() > 1) {
            Request request = CommonOpts.request(args).withTrust(services.fleetTrust().get());
            return FleetReport.run(targets, target -> services.generate().run(request.withTarget(target), Generate.Mode.UPDATE),
                    args, io);
        }
        Outcome outcome = services.generate().run(CommonOpts.request(args), Generate.Mode.UPDATE);
        Output.print(outcome, args, io, outcome.dryRun());
        return outcome.exitCode().code();
    }
}
