package dev.agentry.apply;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import dev.agentry.codec.Codec;
import dev.agentry.plan.DiskView;
import dev.agentry.support.AgentryException;

/** Reads the target's files for planning, after checking that each path stays inside the target. */
public final class DiskReader implements DiskView {

    private final Workspace workspace;

    public DiskReader(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public Optional<String> read(String path) {
        Path file = PathGuard.check(workspace, path);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            throw AgentryException.usage(path + " in " + workspace.root() + " is a folder or special file where agentry"
                    + " writes a file: move it away and run again.");
        }
        try {
            return Optional.of(Codec.decode(Files.readAllBytes(file), path));
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
