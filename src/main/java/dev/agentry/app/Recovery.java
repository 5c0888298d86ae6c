package dev.agentry.app;

import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

import dev.agentry.apply.FileSystem;
import dev.agentry.apply.TargetLock;
import dev.agentry.apply.Transaction;
import dev.agentry.apply.Workspace;
import dev.agentry.support.Listing;

/** Finishing runs that were interrupted, and telling the user so. */
final class Recovery {

    private Recovery() {
    }

    /**
     * Completes or discards a transaction left by a killed or failed run, under the lock; the note for the user says
     * which, and what it changed. Empty when there was none.
     */
    static Optional<String> recoverIfNeeded(Workspace workspace, FileSystem fs) {
        if (!Files.isDirectory(workspace.transaction())) {
            return Optional.empty();
        }
        try (TargetLock lock = TargetLock.acquire(workspace, TargetLock.WAIT)) {
            return underLock(workspace, fs);
        }
    }

    /** The same, for a run that already holds the lock. */
    static Optional<String> underLock(Workspace workspace, FileSystem fs) {
        return note(new Transaction(workspace, fs).recover());
    }

    static Optional<String> note(Transaction.Recovered recovered) {
        return switch (recovered.kind()) {
            case NONE -> Optional.empty();
            case DISCARDED -> Optional.of("an earlier run had stopped before it wrote anything: its staged files in "
                    + Workspace.META + "/txn/ were discarded");
            case FINISHED -> {
                List<String> team = recovered.paths().stream().filter(p -> !p.startsWith(Workspace.META + "/"))
                        .toList();
                yield Optional.of("an earlier run had stopped halfway through writing: it was finished first"
                        + (team.isEmpty() ? " (it changed only " + Workspace.META + "/)" : " (it changed "
                        + Listing.firstFew(team, 3) + ")"));
            }
        };
    }
}
