package dev.agentry.app;

import java.nio.file.Files;

import dev.agentry.apply.AnswersStore;
import dev.agentry.apply.Workspace;
import dev.agentry.interview.MissingAnswersException;

/**
 * A target whose {@code .agentry/} holds one of its two records and not the other: the answers without the state (a
 * teammate did not commit state.json), or the state without the answers. Owns what the user is told, and how out.
 */
final class Records {

    static final String STATE = Workspace.META + "/state.json";

    private Records() {
    }

    /** True when answers.yml is there but state.json is not: agentry cannot tell the user's edits from its own text. */
    static boolean stateMissing(Workspace workspace) {
        return Files.isRegularFile(workspace.answers()) && !Files.exists(workspace.state());
    }

    /** True when state.json is there but answers.yml is not. */
    static boolean answersMissing(Workspace workspace) {
        return Files.isRegularFile(workspace.state()) && !Files.exists(workspace.answers());
    }

    /** What is wrong when the state is missing, and the two ways out. */
    static String stateMissingMessage() {
        return STATE + " is missing, though " + AnswersStore.STORED + " is there, so agentry cannot tell your edits from"
                + " the text it wrote. If it was not committed (a teammate's clone, a fresh checkout), restore it from"
                + " version control ('git checkout -- " + STATE + "', or ask whoever ran agentry last to commit it); or run"
                + " 'agentry update --adopt' to keep the team's files as they are, as yours, and record a new state";
    }

    /** What is wrong when the answers are missing, and the ways out. */
    static String answersMissingMessage() {
        return AnswersStore.STORED + " is missing, though " + STATE + " is there: restore it from version control ('git"
                + " checkout -- " + AnswersStore.STORED + "'), or write it again with 'agentry update --project-type TYPE"
                + " --deployment DEPLOYMENT --stack STACK' (your edits to the team's files are kept: the state still records"
                + " what agentry wrote).";
    }

    /** The missing answers of a run whose answers.yml is gone, with that cause first. */
    static MissingAnswersException explain(MissingAnswersException missing) {
        return new MissingAnswersException(missing.missing(), answersMissingMessage() + "\n" + missing.context(),
                missing.guidance());
    }
}
