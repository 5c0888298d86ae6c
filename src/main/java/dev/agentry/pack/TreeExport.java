package dev.agentry.pack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Writes the files of one commit into a folder of the cache, as a scaffold layer reads them. Symbolic links and
 * submodules are left out (a layer never follows a link out of itself), as is every path a layer could not read; a
 * commit with more files or bytes than a scaffold pack plausibly holds is refused.
 */
final class TreeExport {

    static final int MAX_FILES = 10_000;
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private static final Set<String> UNSAFE_SEGMENTS = Set.of("", ".", "..", ".git");

    private TreeExport() {
    }

    /** The folder's files are those of the commit; the folder must not exist yet. */
    static void export(Repository repository, String commit, Path folder) throws IOException {
        Files.createDirectories(folder);
        int files = 0;
        long bytes = 0;
        try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
            RevCommit revCommit = walk.parseCommit(ObjectId.fromString(commit));
            tree.addTree(revCommit.getTree());
            tree.setRecursive(true);
            while (tree.next()) {
                FileMode mode = tree.getFileMode(0);
                String path = tree.getPathString();
                if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE || !safe(path)) {
                    continue;
                }
                ObjectLoader blob = repository.open(tree.getObjectId(0));
                bytes += blob.getSize();
                if (++files > MAX_FILES || bytes > MAX_BYTES) {
                    throw new IOException("commit " + commit + " holds more than " + MAX_FILES + " files or "
                            + (MAX_BYTES >> 20) + " MiB: too large for a scaffold pack");
                }
                Path file = folder.resolve(path);
                Files.createDirectories(file.getParent());
                try (OutputStream out = Files.newOutputStream(file)) {
                    blob.copyTo(out);
                }
            }
        }
    }

    private static boolean safe(String path) {
        if (path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0 || path.indexOf(':') >= 0) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (UNSAFE_SEGMENTS.contains(segment)) {
                return false;
            }
        }
        return true;
    }
}
