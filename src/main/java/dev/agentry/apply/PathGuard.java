package dev.agentry.apply;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

import dev.agentry.support.AgentryException;
import dev.agentry.support.RelativePaths;

/**
 * Keeps every write inside the target: paths are relative, never climb out with "..", and never pass
 * through a symbolic link that leads outside the target. Violations are refused (exit 4).
 */
final class PathGuard {

    private PathGuard() {
    }

    static Path check(Workspace workspace, String relative) {
        RelativePaths.fault(relative).ifPresent(fault -> {
            throw refuse(relative, fault == RelativePaths.Fault.NOT_RELATIVE ? "is not a relative path"
                    : "has an empty, '.' or '..' segment");
        });
        Path root = workspace.root();
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw refuse(relative, "leads outside the target");
        }
        Path current = root;
        for (Path part : root.relativize(target)) {
            current = current.resolve(part);
            BasicFileAttributes attributes;
            try {
                // one lstat per segment tells both whether it exists and whether it is a link
                attributes = Files.readAttributes(current, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            }
            catch (IOException e) {
                break;
            }
            if (attributes.isSymbolicLink()) {
                Path real;
                try {
                    real = current.toRealPath();
                }
                catch (IOException e) {
                    throw refuse(relative, "passes through a broken symbolic link (" + root.relativize(current) + ")");
                }
                if (!real.startsWith(realRoot(root))) {
                    throw refuse(relative, "passes through a symbolic link (" + root.relativize(current) + " -> " + real
                            + ") that leads outside the target");
                }
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
