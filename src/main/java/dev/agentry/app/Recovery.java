package dev.agentry.app;

import java.nio.file.Files;

import dev.agentry.apply.FileSystem;
import dev.agentry.apply.TargetLock;
import dev.agentry.apply.Transaction;
import dev.agentry.apply.Workspace;

/** Finishing runs that were interrupted. */
final class Recovery {

    private Recovery() {
    }

    /** Completes or discards a transaction left by a killed run, under the lock; true when there was one. */
    static boolean recoverIfNeeded(Workspace workspace, FileSystem fs) {
        if (!Files.isDirectory(workspace.transaction())) {
            return false;
        }
        try (TargetLock lock = TargetLock.acquire(workspace, TargetLock.WAIT)) {
            return new Transaction(workspace, fs).recover();
        }
    }
}
