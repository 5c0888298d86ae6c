package dev.agentry.detect;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What detection found in one repository: the proposal, what it looked at and what it skipped, and the legacy team
 * or agentry team it holds. Read-only, and cheap to ask again with some answers fixed ({@link #propose}).
 */
public final class Detection {

    private final Path root;
    private final Scan scan;
    private final Proposer proposer;
    private final Proposal proposal;
    private final Optional<LegacyTeam> legacyTeam;
    private final boolean agentryTeam;

    Detection(Path root, Scan scan, Proposer proposer, Optional<LegacyTeam> legacyTeam, boolean agentryTeam) {
        this.root = root;
        this.scan = scan;
        this.proposer = proposer;
        this.proposal = proposer.propose(null, null);
        this.legacyTeam = legacyTeam;
        this.agentryTeam = agentryTeam;
    }

    /** The repository's folder, with symbolic links resolved. */
    public Path root() {
        return root;
    }

    /** What detection proposes when no answer is given. */
    public Proposal proposal() {
        return proposal;
    }

    /** What detection proposes when the project type or the stack is already answered (null when not). */
    public Proposal propose(String projectType, String stack) {
        return projectType == null && stack == null ? proposal : proposer.propose(projectType, stack);
    }

    /** Files and folders listed. */
    public int pathsSeen() {
        return scan.pathsSeen();
    }

    public int manifestsRead() {
        return scan.manifestsRead();
    }

    public long bytesRead() {
        return scan.bytesRead();
    }

    /** True when a limit stopped detection before it saw the whole repository. */
    public boolean truncated() {
        return scan.truncated();
    }

    /** What detection did not read, and why. */
    public List<Skipped> skipped() {
        return scan.skipped();
    }

    /** The agent files of a template collection left unfilled, when the repository holds any. */
    public Optional<LegacyTeam> legacyTeam() {
        return legacyTeam;
    }

    /** True when the repository already has an agentry team (its stored answers come before anything detected). */
    public boolean hasAgentryTeam() {
        return agentryTeam;
    }
}
