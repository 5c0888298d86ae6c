package dev.agentry.apply;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import dev.agentry.plan.FileAction;
import dev.agentry.plan.Plan;

/**
 * The only writer: turns a plan, the answers and the new state into one transaction. The caller holds the
 * target's lock.
 */
public final class Applier {

    static final String GITIGNORE = "# agentry's local files: not meant for version control\nlock\ntxn/\nbackup/\n";

    private final FileSystem fs;

    public Applier(FileSystem fs) {
        this.fs = fs;
    }

    /**
     * Applies the plan, then writes the answers (when not null) and the state, last.
     *
     * @return the folder holding backups made by this run, or null when none was needed
     */
    public Path apply(Workspace workspace, Plan plan, String answersYaml, String stateJson) {
        List<Transaction.Op> ops = opsFor(workspace, plan);
        PathGuard.check(workspace, Workspace.META + "/state.json");
        if (!Files.exists(workspace.gitignore())) {
            ops.add(new Transaction.Write(Workspace.META + "/.gitignore", GITIGNORE));
        }
        if (answersYaml != null) {
            ops.add(new Transaction.Write(Workspace.META + "/answers.yml", answersYaml));
        }
        ops.add(new Transaction.Write(Workspace.META + "/state.json", stateJson));
        Path backupFolder = backup(workspace, plan);
        new Transaction(workspace, fs).commit(ops);
        return backupFolder;
    }

    /** Applies a removal plan and deletes agentry's own answers and state, in one transaction. */
    public void uninstall(Workspace workspace, Plan plan) {
        List<Transaction.Op> ops = opsFor(workspace, plan);
        ops.add(new Transaction.Delete(Workspace.META + "/answers.yml"));
        ops.add(new Transaction.Delete(Workspace.META + "/.gitignore"));
        ops.add(new Transaction.Delete(Workspace.META + "/state.json"));
        new Transaction(workspace, fs).commit(ops);
    }

    private static List<Transaction.Op> opsFor(Workspace workspace, Plan plan) {
        List<Transaction.Op> ops = new ArrayList<>();
        for (FileAction action : plan.actions()) {
            PathGuard.check(workspace, action.path());
            if (action.after() != null) {
                ops.add(new Transaction.Write(action.path(), action.after()));
            }
            else if (action.delete()) {
                ops.add(new Transaction.Delete(action.path()));
            }
            if (action.rejText() != null) {
                PathGuard.check(workspace, action.path() + ".rej");
                ops.add(new Transaction.Write(action.path() + ".rej", action.rejText()));
            }
        }
        return ops;
    }

    private Path backup(Workspace workspace, Plan plan) {
        List<FileAction> actions = plan.actions().stream().filter(a -> a.backup() && a.before() != null).toList();
        if (actions.isEmpty()) {
            return null;
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
        Path folder = workspace.backups().resolve(stamp);
        try {
            for (FileAction action : actions) {
                Path copy = folder.resolve(action.path());
                fs.createDirectories(copy.getParent());
                fs.copy(workspace.resolve(action.path()), copy);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot back up before overwriting: " + e.getMessage(), e);
        }
        return folder;
    }
}
