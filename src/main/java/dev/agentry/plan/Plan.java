package dev.agentry.plan;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every file action of a run, in a stable order, and the files agentry released. Printing it is what --dry-run does.
 *
 * @param released what agentry last wrote in files it no longer tracks but that the user kept (edited files of a role,
 *     target or block that left the team): the base of a three-way merge should they come back into the team
 * @param reliedOn the recorded files whose text the plan relies upon where it differs from the file on disk (a merge
 *     base, the text that tells an edit, a text carried into the next state): a state read from disk must hold for
 *     each what agentry wrote (see {@code State.verify}) before the plan is carried out
 */
public record Plan(List<FileAction> actions, List<RecordedFile> released, List<RecordedFile> reliedOn) {

    public Plan {
        actions = List.copyOf(actions);
        released = List.copyOf(released);
        reliedOn = List.copyOf(reliedOn);
    }

    /** A plan that relies on no recorded text. */
    public Plan(List<FileAction> actions, List<RecordedFile> released) {
        this(actions, released, List.of());
    }

    /** A plan that releases nothing and relies on no recorded text. */
    public Plan(List<FileAction> actions) {
        this(actions, List.of());
    }

    public List<FileAction> with(Action action) {
        return actions.stream().filter(a -> a.action() == action).toList();
    }

    /** The actions that write or delete a file (or block) of the team. */
    public List<FileAction> written() {
        return actions.stream().filter(FileAction::writes).toList();
    }

    public boolean changesDisk() {
        return actions.stream().anyMatch(FileAction::writes);
    }

    /** How many files (or blocks) each action takes, in the order of {@link Action}; actions that take none are absent. */
    public Map<Action, Integer> counts() {
        Map<Action, Integer> counts = new EnumMap<>(Action.class);
        actions.forEach(a -> counts.merge(a.action(), 1, Integer::sum));
        return Collections.unmodifiableMap(counts);
    }

    public boolean hasConflicts() {
        return actions.stream().anyMatch(a -> a.action() == Action.CONFLICT || a.action() == Action.UNRESOLVED);
    }

    public List<FileAction> refused() {
        return with(Action.REFUSE);
    }

    /** The files the state tracks after this plan is applied: every record the actions keep. */
    public List<RecordedFile> records() {
        return actions.stream().map(FileAction::record).filter(Objects::nonNull).toList();
    }
}
