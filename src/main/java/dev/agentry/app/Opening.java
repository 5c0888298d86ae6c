package dev.agentry.app;

import java.util.ArrayList;
import java.util.List;

import dev.agentry.apply.FileSystem;
import dev.agentry.apply.TargetLock;
import dev.agentry.apply.Workspace;
import dev.agentry.support.AgentryException;

/**
 * How every command starts on a target: a run an earlier command left halfway is finished first (and the user told),
 * then, for the commands that need one, the team must be there.
 */
final class Opening {

    private Opening() {
    }

    /** Finishes an interrupted earlier run; the notes for the user start with what that changed (none when none). */
    static List<String> recovered(Workspace workspace, FileSystem fs) {
        List<String> notes = new ArrayList<>();
        Recovery.recoverIfNeeded(workspace, fs).ifPresent(notes::add);
        return notes;
    }

    /**
     * The same, then refuses a target without a team: "No agentry team in ... (no .agentry/answers.yml): " and
     * {@code guidance}, which says what the user can do.
     */
    static List<String> withTeam(Workspace workspace, FileSystem fs, String guidance) {
        List<String> notes = recovered(workspace, fs);
        requireTeam(workspace, guidance);
        return notes;
    }

    /** Refuses a target without a team, as {@link #withTeam}, without looking for an interrupted run. */
    static void requireTeam(Workspace workspace, String guidance) {
        if (!workspace.hasState()) {
            throw AgentryException.usage("No agentry team in " + workspace.root() + " (no " + Workspace.META
                    + "/answers.yml): " + guidance);
        }
    }

    /**
     * Takes the lock for a write. A run interrupted after {@link #recovered} looked (another command's, while this one
     * waited for the lock) is finished under it, so that the write builds on it; its note joins {@code notes}.
     */
    static TargetLock lockForWrite(Workspace workspace, FileSystem fs, List<String> notes) {
        TargetLock lock = TargetLock.acquire(workspace, TargetLock.WAIT);
        try {
            Recovery.underLock(workspace, fs).ifPresent(notes::add);
            return lock;
        }
        catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }
}
