package dev.agentry.apply;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import dev.agentry.support.AgentryException;

/**
 * Keeps every write inside the target: paths are relative, never climb out with "..", and never pass
 * through a symbolic link that leads outside the target. Violations are refused (exit 4).
 */
final class PathGuard {

    private PathGuard() {
    }

    static Path check(Workspace workspace, String relative) {
        if (relative == null || relative.isEmpty() || relative.startsWith("/") || relative.contains("\\")
                || relative.indexOf('\0') >= 0 || relative.matches("^[A-Za-z]:.*")) {
            throw refuse(relative, "is not a relative path");
        }
        for (String segment : relative.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw refuse(relative, "has an empty, '.' or '..' segment");
            }
        }
        Path root = workspace.root();
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw refuse(relative, "leads outside the target");
        }
        Path realRoot = realRoot(root);
        Path current = root;
        for (Path part : root.relativize(target)) {
            current = current.resolve(part);
            if (Files.isSymbolicLink(current)) {
                Path real;
                try {
                    real = current.toRealPath();
                }
                catch (IOException e) {
                    throw refuse(relative, "passes through a broken symbolic link (" + root.relativize(current) + ")");
                }
                if (!real.startsWith(realRoot)) {
                    throw refuse(relative, "passes through a symbolic link (" + root.relativize(current) + " -> " + real
                            + ") that leads outside the target");
                }
            }
            else if (!Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
                break;
            }
        }
        return target;
    }

    private static Path realRoot(Path root) {
        try {
            return root.toRealPath();
        }
        catch (IOException e) {
            return root;
        }
    }

    private static AgentryException refuse(String relative, String why) {
        return AgentryException.unsafe("Refused to write '" + relative + "': the path " + why + ". Nothing was written.");
    }
}
