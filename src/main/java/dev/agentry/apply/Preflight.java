package dev.agentry.apply;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.agentry.support.AgentryException;
import dev.agentry.support.IoFailures;
import dev.agentry.support.IoFailures.Doing;

/**
 * Checks, before a run writes anything, that it can write every folder it will create or write into, so that a
 * folder it may not write (permission denied, a read-only file system, a file where a folder must be) stops the run
 * with nothing written rather than halfway through.
 */
final class Preflight {

    private Preflight() {
    }

    /** Refuses the run (exit 2, nothing written) when one of the operations' folders cannot be written. */
    static void check(Workspace workspace, List<Transaction.Op> ops, FileSystem fs) {
        Set<Path> folders = new LinkedHashSet<>();
        // the staging folder (and the backups beside it) come first: every run writes there
        folders.add(workspace.transaction());
        Map<Path, String> writers = new HashMap<>();
        for (Transaction.Op op : ops) {
            Path target = PathGuard.check(workspace, op.path());
            Path destination;
            try {
                destination = Transaction.throughLink(target);
            }
            catch (IOException e) {
                throw IoFailures.of(e, Doing.FOLLOW_LINK, target, "Nothing was written.");
            }
            folders.add(destination.getParent());
            String other = op instanceof Transaction.Write ? writers.putIfAbsent(destination, op.path()) : null;
            if (other != null) {
                throw AgentryException.usage("Cannot write both " + other + " and " + op.path() + " in " + workspace.root()
                        + ": they are one file (" + workspace.root().relativize(destination) + "), through a symbolic link,"
                        + " and agentry manages each of them. Replace the link with a file of its own, or leave out one"
                        + " of the agent tools (--targets). Nothing was written.");
            }
        }
        Set<Path> checked = new LinkedHashSet<>();
        for (Path folder : folders) {
            Path existing = folder;
            while (existing.getParent() != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (!checked.add(existing)) {
                continue;
            }
            if (!Files.isDirectory(existing)) {
                throw AgentryException.usage("Cannot write in " + folder + ": " + existing + " is a file where agentry needs a"
                        + " folder. Rename or move it (or choose another --target). Nothing was written.");
            }
            try {
                fs.checkWritable(existing);
            }
            catch (IOException e) {
                throw IoFailures.of(e, Doing.WRITE_IN, existing, "Nothing was written.");
            }
        }
    }
}
