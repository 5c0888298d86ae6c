package dev.agentry.apply;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import dev.agentry.support.AgentryException;

/** A target repository and the places agentry keeps its own files in it ({@code .agentry/}). */
public record Workspace(Path root) {

    public static final String META = ".agentry";

    public Workspace {
        root = root.toAbsolutePath().normalize();
    }

    /** The workspace of an existing folder; a missing folder or a file is invalid input. */
    public static Workspace of(Path folder) {
        return of(folder, false);
    }

    /**
     * The workspace of a folder; with {@code mayBeNew} a missing folder is accepted (it is created when the first
     * file is written), as generate and init do for a new repository.
     */
    public static Workspace of(Path folder, boolean mayBeNew) {
        Path root = folder.toAbsolutePath().normalize();
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw AgentryException.usage("Target " + root + " is not a folder: pass the repository's folder with --target.");
        }
        if (!Files.exists(root)) {
            Path existing = root.getParent();
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing != null && !Files.isDirectory(existing)) {
                throw AgentryException.usage("Target " + root + " cannot be " + (mayBeNew ? "created" : "a folder") + ": "
                        + existing + " is a file, not a folder. Pass another folder with --target, or move the file"
                        + " away. Nothing was written.");
            }
            if (!mayBeNew) {
                throw AgentryException.usage("Target folder " + root + " does not exist: create it first, or pass another"
                        + " folder with --target.");
            }
        }
        return new Workspace(root);
    }

    public Path meta() {
        return root.resolve(META);
    }

    public Path answers() {
        return meta().resolve("answers.yml");
    }

    public Path state() {
        return meta().resolve("state.json");
    }

    public Path lock() {
        return meta().resolve("lock");
    }

    public Path transaction() {
        return meta().resolve("txn");
    }

    public Path backups() {
        return meta().resolve("backup");
    }

    public Path scaffolds() {
        return meta().resolve("scaffolds");
    }

    public Path gitignore() {
        return meta().resolve(".gitignore");
    }

    /** The target's folder name: the default project name. */
    public String folderName() {
        Path name = root.getFileName();
        return name == null ? "project" : name.toString();
    }

    public Path resolve(String relative) {
        return root.resolve(relative);
    }

    /** True when the target has either of agentry's records (even one that is not a readable file). */
    public boolean hasState() {
        return Files.exists(state(), LinkOption.NOFOLLOW_LINKS) || Files.exists(answers(), LinkOption.NOFOLLOW_LINKS);
    }
}
