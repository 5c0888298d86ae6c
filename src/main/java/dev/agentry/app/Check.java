package dev.agentry.app;

import java.util.List;

import dev.agentry.apply.FileSystem;
import dev.agentry.apply.Workspace;
import dev.agentry.plan.Action;
import dev.agentry.support.AgentryException;
import dev.agentry.support.ExitCode;

/** {@code check}: would {@code update} change anything on disk? Exit 5 ("drift") when it would. For CI. */
public final class Check {

    private final Pipeline pipeline;
    private final FileSystem fs;

    public Check(Scaffolds scaffolds, FileSystem fs) {
        this.pipeline = new Pipeline(scaffolds, fs);
        this.fs = fs;
    }

    public Outcome run(Request request) {
        Workspace workspace = Workspace.of(request.target());
        List<String> notes = Opening.withTeam(workspace, fs, "nothing to check. Run 'agentry generate' there first.");
        if (Records.answersMissing(workspace)) {
            // check takes no answers of its own: nothing to compare the team with
            throw AgentryException.usage(Records.answersMissingMessage());
        }
        Pipeline.Prepared prepared = pipeline.prepare(workspace, request);
        notes.addAll(prepared.notes());
        boolean stateMissing = Records.stateMissing(workspace);
        if (stateMissing) {
            notes.add(Records.stateMissingMessage() + " ('update' without --adopt refuses the files listed as refuse)");
        }
        if (prepared.answersEditedByHand()) {
            notes.add(Workspace.META + "/answers.yml was edited by hand since the last run");
        }
        if (prepared.answersChanged()) {
            notes.add(Workspace.META + "/answers.yml would be rewritten");
        }
        // without a state, update would at least record one; a pack the state does not record yet, or (--upgrades) one
        // with a newer version, is something update would change too
        boolean drift = stateMissing || prepared.plan().changesDisk() || prepared.answersChanged()
                || !prepared.packChanges().isEmpty()
                || !prepared.plan().with(Action.REFUSE).isEmpty() || !prepared.plan().with(Action.UNRESOLVED).isEmpty();
        return new Outcome(workspace.root(), Command.CHECK, prepared.team(), prepared.plan(), Outcome.Effect.DRY_RUN,
                prepared.answersChanged(), null, notes, drift ? ExitCode.DRIFT : ExitCode.OK, prepared.packChanges());
    }
}
