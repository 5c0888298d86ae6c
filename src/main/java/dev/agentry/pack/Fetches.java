package dev.agentry.pack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import dev.agentry.support.AgentryException;
import org.eclipse.jgit.lib.Repository;

/**
 * What the cache's repository of one source must get from the remote for a ref: the ref alone, shallow, when the
 * remote lists it; every ref, with their history, for a commit it does not hold; nothing when it already has it.
 * Called with the source's cache lock held.
 */
final class Fetches {

    private final Supplier<GitClient> git;
    private final Path cacheRoot;

    Fetches(Supplier<GitClient> git, Path cacheRoot) {
        this.git = git;
        this.cacheRoot = cacheRoot;
    }

    /** Fetches a ref the remote lists (shallow), or finds a commit; returns what it resolved to. */
    Pin ref(PackSource source, Repository repository, Refs refs, String ref) throws IOException,
            GitClient.Unreachable {
        String chosen = ref != null ? ref : refs.defaultRef().orElseThrow(() -> AgentryException.usage("Scaffold pack "
                + source.given() + " has no tags and no branches: push a commit and a version tag (v1.0.0) to it."));
        GitClient.rememberDefaultBranch(repository, refs.defaultBranch());
        switch (refs.kindOf(chosen)) {
            case TAG, BRANCH -> {
                String name = refs.fullName(chosen);
                String remoteId = refs.kindOf(chosen) == Refs.Kind.TAG ? refs.tags().get(chosen) : refs.branches().get(chosen);
                Optional<String> local = Optional.ofNullable(repository.exactRef(name)).map(r -> r.getObjectId().name());
                if (!local.equals(Optional.of(remoteId))) {
                    git.get().fetch(repository, source.location(), List.of("+" + name + ":" + name), 1);
                }
                return new Pin(chosen, GitClient.commit(repository, name).orElseThrow());
            }
            case COMMIT -> {
                Optional<String> commit = GitClient.commit(repository, chosen);
                if (commit.isEmpty()) {
                    fetchEverything(source, repository);
                    commit = GitClient.commit(repository, chosen);
                }
                return new Pin(chosen, commit.orElseThrow(() -> unknownRef(source, chosen, refs)));
            }
            default -> throw unknownRef(source, chosen, refs);
        }
    }

    /** Resolves a ref from what the cache holds, for a repository that cannot be reached. */
    Pin cached(PackSource source, Repository repository, String ref, String unreachable) throws IOException {
        Refs local = GitClient.local(repository);
        Optional<String> chosen = ref != null ? Optional.of(ref) : local.defaultRef();
        Optional<String> commit = chosen.isEmpty() ? Optional.empty() : GitClient.commit(repository,
                local.kindOf(chosen.get()) == Refs.Kind.COMMIT ? chosen.get() : local.fullName(chosen.get()));
        if (commit.isEmpty()) {
            throw AgentryException.usage("Scaffold pack " + source.given() + " cannot be reached (" + unreachable + "), and "
                    + (chosen.isEmpty() ? "nothing of it is" : "'" + chosen.get() + "' is not") + " in the pack cache (" + cacheRoot
                    + "). Check the URL and your connection.");
        }
        return new Pin(chosen.get(), commit.get());
    }

    /** Fetches a recorded commit the cache lacks: its ref first (shallow), then, if the ref has moved, every ref. */
    void recorded(PackSource source, Repository repository, Refs refs, Pin pin) throws IOException,
            GitClient.Unreachable {
        Refs.Kind kind = refs.kindOf(pin.ref());
        if (kind == Refs.Kind.TAG || kind == Refs.Kind.BRANCH) {
            String name = refs.fullName(pin.ref());
            git.get().fetch(repository, source.location(), List.of("+" + name + ":" + name), 1);
        }
        if (GitClient.commit(repository, pin.commit()).isEmpty()) {
            fetchEverything(source, repository);
        }
        if (GitClient.commit(repository, pin.commit()).isEmpty()) {
            throw AgentryException.usage("The recorded commit " + pin.label() + " of scaffold pack " + source.given()
                    + " is no longer in its repository (" + refs.describe() + "). Pick another version with 'agentry update"
                    + " --upgrade' (or --upgrade " + source.shortName() + "=REF).");
        }
    }

    private void fetchEverything(PackSource source, Repository repository) throws GitClient.Unreachable {
        git.get().fetch(repository, source.location(), List.of("+refs/heads/*:refs/heads/*", "+refs/tags/*:refs/tags/*"), 0);
    }

    private static AgentryException unknownRef(PackSource source, String ref, Refs refs) {
        return AgentryException.usage("Scaffold pack " + source.withoutRef() + " has no tag, branch or commit '" + ref
                + "': it has " + refs.describe() + ".");
    }
}
