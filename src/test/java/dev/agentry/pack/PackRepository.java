package dev.agentry.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.transport.RefSpec;

/**
 * A scaffold pack in a local bare repository, made with JGit for tests: files are committed in a work tree beside it,
 * tagged and pushed, as a pack author would.
 */
public final class PackRepository implements AutoCloseable {

    private static final PersonIdent AUTHOR = new PersonIdent("Pack Author", "author@example.com");

    private final Path origin;
    private final Path workTree;
    private final Git work;

    private PackRepository(Path origin, Path workTree, Git work) {
        this.origin = origin;
        this.workTree = workTree;
        this.work = work;
    }

    /** An empty pack: a bare repository {@code folder/NAME.git} and a work tree beside it. */
    public static PackRepository create(Path folder, String name) {
        try {
            Path origin = folder.resolve(name + ".git");
            Git.init().setBare(true).setInitialBranch("main").setDirectory(origin.toFile()).call().close();
            Path workTree = folder.resolve(name + "-work");
            Git work = Git.init().setInitialBranch("main").setDirectory(workTree.toFile()).call();
            work.getRepository().getConfig().setString("remote", "origin", "url", origin.toString());
            work.getRepository().getConfig().save();
            return new PackRepository(origin, workTree, work);
        }
        catch (GitAPIException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bare repository's folder (a local path to a repository, as --scaffolds takes it). */
    public Path origin() {
        return origin;
    }

    /** The repository as a file:// URL. */
    public String url() {
        return origin.toUri().toString().replaceAll("/$", "");
    }

    /** Writes the files (path to text; null deletes) and commits them; returns the commit id. */
    public String commit(String message, Map<String, String> files) {
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = workTree.resolve(file.getKey());
                if (file.getValue() == null) {
                    Files.deleteIfExists(path);
                    continue;
                }
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
            }
            work.add().addFilepattern(".").call();
            work.add().setUpdate(true).addFilepattern(".").call();
            String id = work.commit().setMessage(message).setAuthor(AUTHOR).setCommitter(AUTHOR).call().name();
            push();
            return id;
        }
        catch (GitAPIException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Tags the last commit (an annotated tag, as releases are) and pushes the tag. */
    public PackRepository tag(String name) {
        try {
            work.tag().setName(name).setAnnotated(true).setMessage("release " + name).setTagger(AUTHOR).call();
            push();
            return this;
        }
        catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Creates a branch at the last commit and pushes it. */
    public PackRepository branch(String name) {
        try {
            work.branchCreate().setName(name).call();
            push();
            return this;
        }
        catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    private void push() throws GitAPIException {
        work.push().setRemote("origin").setRefSpecs(new RefSpec("+refs/heads/*:refs/heads/*"),
                new RefSpec("+refs/tags/*:refs/tags/*")).call();
    }

    /** True when the last commit holds this path as a symbolic link. */
    public boolean holdsLink(String path) {
        try (org.eclipse.jgit.revwalk.RevWalk walk = new org.eclipse.jgit.revwalk.RevWalk(work.getRepository());
                org.eclipse.jgit.treewalk.TreeWalk tree = org.eclipse.jgit.treewalk.TreeWalk.forPath(work.getRepository(),
                        path, walk.parseCommit(work.getRepository().resolve("HEAD")).getTree())) {
            return tree != null && tree.getFileMode(0) == org.eclipse.jgit.lib.FileMode.SYMLINK;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the bare repository, as if its server were gone. */
    public void removeOrigin() {
        try (var paths = Files.walk(origin)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        work.close();
    }
}
