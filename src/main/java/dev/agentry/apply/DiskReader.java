package dev.agentry.apply;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

import dev.agentry.codec.Codec;
import dev.agentry.plan.DiskView;
import dev.agentry.support.AgentryException;
import dev.agentry.support.IoFailures;
import dev.agentry.support.IoFailures.Doing;

/** Reads the target's files for planning, after checking that each path stays inside the target. */
public final class DiskReader implements DiskView {

    private final Workspace workspace;
    private final FileSystem fs;

    public DiskReader(Workspace workspace) {
        this(workspace, FileSystem.REAL);
    }

    public DiskReader(Workspace workspace, FileSystem fs) {
        this.workspace = workspace;
        this.fs = fs;
    }

    @Override
    public Optional<String> read(String path) {
        Path file = PathGuard.check(workspace, path);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        }
        catch (NoSuchFileException e) {
            return Optional.empty();
        }
        catch (FileSystemException e) {
            // a file where one of the folders should be: there is no such file (writing it is refused before it starts)
            if (IoFailures.cause(e, file) == IoFailures.Cause.NOT_A_FOLDER) {
                return Optional.empty();
            }
            throw IoFailures.of(e, Doing.READ, file);
        }
        catch (IOException e) {
            throw IoFailures.of(e, Doing.READ, file);
        }
        if (!attributes.isRegularFile()) {
            throw AgentryException.usage(path + " in " + workspace.root() + " is a folder or special file where agentry"
                    + " writes a file: move it away and run again.");
        }
        try {
            return Optional.of(Codec.decode(fs.read(file), path));
        }
        catch (IOException e) {
            throw IoFailures.of(e, Doing.READ, file);
        }
    }
}
