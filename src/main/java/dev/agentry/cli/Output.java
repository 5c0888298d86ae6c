package dev.agentry.cli;

import dev.agentry.app.Outcome;

/** Chooses between the human report and JSON. */
final class Output {

    private Output() {
    }

    static void print(Outcome outcome, Args args, Io io, boolean diffs) {
        if (args.flag("json")) {
            Report.json(outcome, io, diffs);
        }
        else {
            Report.human(outcome, io, diffs, args.flag("verbose"));
        }
    }
}
