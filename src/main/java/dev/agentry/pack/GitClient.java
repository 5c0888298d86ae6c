package dev.agentry.pack;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.TransportConfigCallback;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.NetRCCredentialsProvider;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.TagOpt;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * The git operations packs need, with JGit: list a remote's refs, fetch refs into a bare repository of the cache
 * (shallow where asked), and look commits up in it. SSH goes through the system's {@code ssh} ({@link SystemSsh}); HTTPS
 * credentials for a private repository come from {@code ~/.netrc}, as curl reads them.
 */
final class GitClient {

    /** Seconds a connection may stay silent before it is given up. */
    private static final int TIMEOUT = 30;

    /** The system's reader, before agentry put its own in front of it. */
    private static final SystemReader SYSTEM = SystemReader.getInstance();

    /** A remote that cannot be reached, or that is not a git repository; the message says why. */
    static final class Unreachable extends Exception {
        Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final TransportConfigCallback transports;

    /**
     * @param jgitConfig where JGit keeps what it measured of each file system (how fine its timestamps are, measured
     *     for a second or so on first use): in agentry's cache, rather than in ~/.config/jgit/config, so that agentry
     *     writes nothing outside its cache and measures once per machine, not once per run
     */
    GitClient(SystemSsh ssh, Path jgitConfig) {
        SystemReader.setInstance(new JGitConfigIn(SYSTEM, jgitConfig));
        this.transports = transport -> {
            if (transport instanceof SshTransport sshTransport) {
                sshTransport.setSshSessionFactory(ssh);
            }
        };
    }

    /** The tags and branches a remote has, and its default branch, without fetching anything. */
    Refs list(String location) throws Unreachable {
        try {
            Map<String, Ref> refs = Git.lsRemoteRepository().setRemote(location).setTimeout(TIMEOUT)
                    .setCredentialsProvider(new NetRCCredentialsProvider()).setTransportConfigCallback(transports).callAsMap();
            return refs(refs);
        }
        catch (GitAPIException | RuntimeException e) {
            throw new Unreachable(reason(e), e);
        }
    }

    /** Fetches refs ({@code +SRC:DST} specs) from the remote into the repository; {@code depth} 0 fetches all history. */
    void fetch(Repository repository, String location, List<String> refSpecs, int depth) throws Unreachable {
        try (Git git = new Git(repository)) {
            var fetch = git.fetch().setRemote(location).setRefSpecs(refSpecs.toArray(String[]::new)).setTagOpt(TagOpt.NO_TAGS)
                    .setTimeout(TIMEOUT).setCredentialsProvider(new NetRCCredentialsProvider())
                    .setTransportConfigCallback(transports);
            if (depth > 0) {
                fetch.setDepth(depth);
            }
            else if (isShallow(repository)) {
                fetch.setUnshallow(true);
            }
            fetch.call();
        }
        catch (GitAPIException | RuntimeException e) {
            throw new Unreachable(reason(e), e);
        }
    }

    /** The cache's bare repository in this folder, created when missing. */
    static Repository open(Path folder) throws IOException {
        File directory = folder.toFile();
        if (!new File(directory, "HEAD").isFile()) {
            try {
                Git.init().setBare(true).setDirectory(directory).call().close();
            }
            catch (GitAPIException e) {
                throw new IOException("cannot create a repository in " + folder + ": " + e.getMessage(), e);
            }
        }
        return new FileRepositoryBuilder().setGitDir(directory).setMustExist(true).build();
    }

    /** The tags and branches already in a repository of the cache. */
    static Refs local(Repository repository) throws IOException {
        Map<String, Ref> refs = new LinkedHashMap<>();
        for (Ref ref : repository.getRefDatabase().getRefsByPrefix("refs/")) {
            refs.put(ref.getName(), ref);
        }
        Ref head = repository.exactRef("HEAD");
        if (head != null && head.isSymbolic()) {
            refs.put("HEAD", head);
        }
        return refs(refs);
    }

    /** The commit a revision (a ref's full name, a commit id or an unambiguous abbreviation) names, if the repository has it. */
    static Optional<String> commit(Repository repository, String revision) throws IOException {
        try {
            ObjectId id = repository.resolve(revision + "^{commit}");
            return id == null || !repository.getObjectDatabase().has(id) ? Optional.empty() : Optional.of(id.name());
        }
        catch (RevisionSyntaxException | org.eclipse.jgit.errors.IncorrectObjectTypeException
                | org.eclipse.jgit.errors.AmbiguousObjectException | org.eclipse.jgit.errors.MissingObjectException e) {
            return Optional.empty();
        }
    }

    /** Remembers which branch the remote's HEAD names, so that an offline run knows it. */
    static void rememberDefaultBranch(Repository repository, String branch) throws IOException {
        if (branch != null) {
            repository.getRefDatabase().newUpdate("HEAD", false).link("refs/heads/" + branch);
        }
    }

    private static boolean isShallow(Repository repository) {
        return new File(repository.getDirectory(), "shallow").isFile();
    }

    private static Refs refs(Map<String, Ref> refs) {
        Map<String, String> ids = new LinkedHashMap<>();
        String defaultBranch = null;
        for (Map.Entry<String, Ref> entry : refs.entrySet()) {
            Ref ref = entry.getValue();
            if (entry.getKey().equals("HEAD")) {
                if (ref.isSymbolic() && ref.getTarget().getName().startsWith("refs/heads/")) {
                    defaultBranch = ref.getTarget().getName().substring("refs/heads/".length());
                }
                continue;
            }
            if (ref.getObjectId() != null) {
                ids.put(entry.getKey(), ref.getObjectId().name());
            }
        }
        return Refs.of(ids, defaultBranch);
    }

    private static String reason(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root && root.getMessage() == null) {
            root = root.getCause();
        }
        String message = (e.getMessage() != null ? e.getMessage() : root.toString()).strip();
        // quoted inside agentry's own sentences
        return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }

    /** The system's reader of git configuration, with JGit's own configuration file in agentry's cache. */
    private static final class JGitConfigIn extends SystemReader.Delegate {

        private final File file;

        JGitConfigIn(SystemReader delegate, Path file) {
            super(delegate);
            this.file = file.toFile();
        }

        @Override
        public FileBasedConfig openJGitConfig(Config parent, FS fs) {
            file.getParentFile().mkdirs();
            return new FileBasedConfig(parent, file, fs);
        }
    }
}
