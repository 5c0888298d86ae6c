package dev.agentry.plan;

import java.util.List;
import java.util.Objects;

/** Every file action of a run, in a stable order. Printing it is what --dry-run does. */
public record Plan(List<FileAction> actions) {

    public Plan {
        actions = List.copyOf(actions);
    }

    public List<FileAction> with(Action action) {
        return actions.stream().filter(a -> a.action() == action).toList();
    }

    public boolean changesDisk() {
        return actions.stream().anyMatch(FileAction::writes);
    }

    public boolean hasConflicts() {
        return actions.stream().anyMatch(a -> a.action() == Action.CONFLICT || a.action() == Action.UNRESOLVED);
    }

    public List<FileAction> refused() {
        return with(Action.REFUSE);
    }

    /** The state after this plan is applied: every record the actions keep. */
    public List<RecordedFile> records() {
        return actions.stream().map(FileAction::record).filter(Objects::nonNull).toList();
    }
}
