package dev.agentry.cli;

import dev.agentry.console.Report;
import dev.agentry.console.Io;
import dev.agentry.app.Outcome;

/** Chooses between the human report and JSON. */
final class Output {

    private Output() {
    }

    static void print(Outcome result, Args args, Io io, boolean diffs) {
        Outcome outcome = CommonOpts.withWhere(result, args);
        if (args.flag("json")) {
            Report.json(outcome, io, diffs);
        }
        else {
            Report.human(outcome, io, diffs, args.flag("verbose"));
        }
    }
}
