package dev.agentry.pack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import dev.agentry.catalog.DirectoryLayer;
import dev.agentry.support.AgentryException;

/**
 * Resolves git sources to commits whose files are in the cache. Pinned by default: a recorded commit is used as it is,
 * from the cache, and fetched (once) only when the cache lacks it. A new source, {@link #newest} and {@link #at} ask the
 * repository; when it cannot be reached, what the cache holds serves, with a note. What a remote lists is asked once per
 * command and source (a fleet of targets sharing a pack asks once; each command typed in the shell asks again).
 */
public final class Packs {

    /** How long a process trusts what a remote listed (the interactive shell may run for hours). */
    private static final long LISTING_MILLIS = 60_000;

    private final PackCache cache;
    private final UnaryOperator<String> environment;
    private final Fetches fetches;
    private GitClient git;
    private final Map<String, Listing> listings = new ConcurrentHashMap<>();
    private final Map<String, Resolved> resolved = new ConcurrentHashMap<>();
    private final Map<Path, Manifest> manifests = new ConcurrentHashMap<>();

    /** What a remote listed, or why it could not; and when. */
    private record Listing(Refs refs, String unreachable, long at) {
    }

    /** A ref resolved from one listing, for the other targets of a run that ask for it. */
    private record Resolved(Listing listing, Pin pin, Path tree, List<String> notes) {
    }

    /** A newer version than the one in use, as {@link #newer} finds it: a tag, or the newest commit of a branch. */
    public record Newer(String ref, String commit) {
    }

    /**
     * @param root the cache folder ({@code $XDG_CACHE_HOME/agentry/packs})
     * @param environment reads an environment variable (for {@code GIT_SSH_COMMAND} and {@code GIT_SSH})
     */
    public Packs(Path root, UnaryOperator<String> environment) {
        this.cache = new PackCache(root);
        this.environment = environment;
        this.fetches = new Fetches(this::git, cache.root());
    }

    /** JGit, set up on first use: a run that finds its pinned commits in the cache loads none of it. */
    private synchronized GitClient git() {
        if (git == null) {
            git = new GitClient(new SystemSsh(environment), cache.root().resolve("jgit.config"));
        }
        return git;
    }

    /** The cache of the user's environment. */
    public static Packs standard() {
        return new Packs(Places.fromEnvironment().packs(), System::getenv);
    }

    public Path root() {
        return cache.root();
    }

    /**
     * Forgets what the remotes listed and the refs resolved from it: a new command begins (in the shell, the tag pushed
     * a moment ago is to be seen by the next {@code update --upgrade}). Commits' files and manifests stay known.
     */
    public void newCommand() {
        listings.clear();
        resolved.clear();
    }

    /** The recorded version when there is one (see {@link #pinned}), else the source's ref or default choice. */
    public ResolvedPack resolve(PackSource source, Pin recorded) {
        return recorded != null ? pinned(source, recorded) : at(source, source.ref());
    }

    /**
     * The recorded commit, from the cache; fetched once when the cache lacks it.
     *
     * @throws AgentryException (exit 2) when it can be neither found in the cache nor fetched
     */
    public ResolvedPack pinned(PackSource source, Pin pin) {
        Path tree = cache.tree(source.location(), pin.commit());
        if (Files.isDirectory(tree)) {
            return new ResolvedPack(source, pin, tree, List.of());
        }
        return new ResolvedPack(source, pin, locked(source, repository -> {
            if (GitClient.commit(repository, pin.commit()).isEmpty()) {
                Listing listing = listing(source.location());
                if (listing.refs() == null) {
                    throw AgentryException.usage("Scaffold pack " + source.given() + " cannot be reached (" + listing.unreachable()
                            + "), and its recorded commit " + pin.label() + " is not in the pack cache (" + cache.root()
                            + "). Connect to its repository once, and later runs work offline.");
                }
                fetches.recorded(source, repository, listing.refs(), pin);
            }
            return cache.export(source.location(), repository, pin.commit());
        }), List.of());
    }

    /**
     * The source at a ref (a tag, branch or commit; null for the highest version tag, else the default branch), as the
     * repository has it now; the cache serves, with a note, when the repository cannot be reached. The source itself is
     * returned unchanged.
     *
     * @throws AgentryException (exit 2) for a ref the repository does not have (naming the tags it has), or a source
     *     neither reachable nor cached
     */
    public ResolvedPack at(PackSource source, String ref) {
        Listing listing = listing(source.location());
        String key = source.location() + "#" + (ref == null ? "" : ref);
        Resolved known = resolved.get(key);
        if (known != null && known.listing() == listing) {
            // resolved for another target of this run, from the same listing: the same commit, its files already there
            return new ResolvedPack(source, known.pin(), known.tree(), known.notes());
        }
        ResolvedPack pack = resolveAt(source, ref, listing);
        resolved.put(key, new Resolved(listing, pack.pin(), pack.folder(), pack.notes()));
        return pack;
    }

    private ResolvedPack resolveAt(PackSource source, String ref, Listing listing) {
        List<String> notes = new ArrayList<>();
        Pin[] pin = new Pin[1];
        Path tree = locked(source, repository -> {
            if (listing.refs() != null) {
                pin[0] = fetches.ref(source, repository, listing.refs(), ref);
            }
            else {
                pin[0] = fetches.cached(source, repository, ref, listing.unreachable());
                notes.add("scaffold pack " + source.given() + " cannot be reached (" + listing.unreachable() + "): using "
                        + pin[0].label() + " from the pack cache");
            }
            return cache.export(source.location(), repository, pin[0].commit());
        });
        return new ResolvedPack(source, pin[0], tree, notes);
    }

    /** The manifest of a resolved pack, read once per process (a commit's files never change). */
    public Manifest manifest(ResolvedPack pack) {
        return manifests.computeIfAbsent(pack.folder(), folder -> Manifest.of(new DirectoryLayer(folder,
                pack.source().given())));
    }

    /**
     * The newest version of the source ({@code update --upgrade}): without a ref, or at a version tag, the highest version
     * tag (else the default branch); at a branch, its newest commit. A source pinned by answers.yml to a commit or to a
     * tag that is no version stays where it is, with a note. A source that names a version tag is returned naming the new
     * one ({@code URL#v1.3.0}), for answers.yml to record.
     *
     * @throws AgentryException (exit 2) when the repository cannot be reached
     */
    public ResolvedPack newest(PackSource source, Pin recorded) {
        Refs refs = reachable(source, "look for newer versions");
        String ref = source.ref();
        if (ref == null || refs.kindOf(ref) == Refs.Kind.BRANCH) {
            return at(source, ref);
        }
        Optional<String> highest = refs.highestTag();
        if (refs.kindOf(ref) == Refs.Kind.TAG && SemVer.parse(ref).isPresent() && highest.isPresent()) {
            if (SemVer.parse(highest.get()).orElseThrow().compareTo(SemVer.parse(ref).orElseThrow()) <= 0) {
                return at(source, ref);
            }
            // answers.yml names the version: it is to name the new one
            ResolvedPack moved = at(source, highest.get());
            return new ResolvedPack(source.at(highest.get()), moved.pin(), moved.folder(), moved.notes());
        }
        ResolvedPack kept = resolve(source, recorded);
        List<String> notes = new ArrayList<>(kept.notes());
        notes.add("scaffold pack " + source.given() + " stays at " + kept.pin().label() + ": answers.yml pins it to '" + ref
                + "'; --upgrade " + source.shortName() + "=REF moves it");
        return new ResolvedPack(kept.source(), kept.pin(), kept.folder(), notes);
    }

    /**
     * A newer version than the recorded one, by the rules of {@link #newest}, if the repository has one
     * ({@code check --upgrades}); asks the repository and fetches nothing.
     *
     * @throws AgentryException (exit 2) when the repository cannot be reached
     */
    public Optional<Newer> newer(PackSource source, Pin recorded) {
        Refs refs = reachable(source, "look for newer versions");
        String ref = source.ref();
        boolean followsTags = ref == null || refs.kindOf(ref) == Refs.Kind.TAG && SemVer.parse(ref).isPresent();
        Optional<String> highest = refs.highestTag();
        if (followsTags && highest.isPresent()) {
            Optional<SemVer> current = SemVer.parse(recorded.ref());
            boolean newer = current.isEmpty() || SemVer.parse(highest.get()).orElseThrow().compareTo(current.get()) > 0;
            return newer ? Optional.of(new Newer(highest.get(), null)) : Optional.empty();
        }
        String branch = ref == null ? refs.defaultBranch() : ref;
        String head = branch == null ? null : refs.branches().get(branch);
        return head != null && !head.equals(recorded.commit()) ? Optional.of(new Newer(branch, head)) : Optional.empty();
    }

    private Refs reachable(PackSource source, String purpose) {
        Listing listing = listing(source.location());
        if (listing.refs() == null) {
            throw AgentryException.usage("Scaffold pack " + source.given() + " cannot be reached (" + listing.unreachable()
                    + ") to " + purpose + ". Without --upgrade or --upgrades, the recorded version is used from the cache.");
        }
        return listing.refs();
    }

    private Listing listing(String location) {
        return listings.compute(location, (key, known) -> {
            if (known != null && System.currentTimeMillis() - known.at() < LISTING_MILLIS) {
                return known;
            }
            try {
                return new Listing(git().list(location), null, System.currentTimeMillis());
            }
            catch (GitClient.Unreachable e) {
                return new Listing(null, e.getMessage(), System.currentTimeMillis());
            }
        });
    }

    private <T> T locked(PackSource source, PackCache.Work<T> work) {
        // JGit is set up (its configuration in the cache) before it opens the cache's repository
        git();
        try {
            return cache.locked(source.location(), work);
        }
        catch (GitClient.Unreachable e) {
            throw AgentryException.usage("Scaffold pack " + source.given() + ": fetching from its repository failed (" + e.getMessage()
                    + ").");
        }
    }
}
