package dev.agentry.apply;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import dev.agentry.plan.FileAction;
import dev.agentry.plan.Plan;
import dev.agentry.support.IoFailures;
import dev.agentry.support.Text;
import dev.agentry.support.IoFailures.Doing;

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
        Preflight.check(workspace, ops, fs);
        Path backupFolder = backup(workspace, plan);
        new Transaction(workspace, fs).commit(ops);
        return backupFolder;
    }

    /**
     * Applies a removal plan and deletes agentry's own answers and state, in one transaction. The .agentry/.gitignore
     * goes only as agentry wrote it: one the user added lines to is theirs, and kept.
     *
     * @return a note for the user when their .gitignore was kept
     */
    public Optional<String> uninstall(Workspace workspace, Plan plan) {
        List<Transaction.Op> ops = opsFor(workspace, plan);
        ops.add(new Transaction.Delete(Workspace.META + "/answers.yml"));
        Optional<String> note = Optional.empty();
        if (isOurGitignore(workspace)) {
            ops.add(new Transaction.Delete(Workspace.META + "/.gitignore"));
        }
        else if (Files.exists(workspace.gitignore())) {
            note = Optional.of(Workspace.META + "/.gitignore kept: you edited it");
        }
        ops.add(new Transaction.Delete(Workspace.META + "/state.json"));
        Preflight.check(workspace, ops, fs);
        new Transaction(workspace, fs).commit(ops);
        return note;
    }

    /**
     * After an uninstall, once the lock is released: deletes the lock file and .agentry/ itself when the user keeps
     * nothing of their own in it; notes what was kept or could not be tidied.
     */
    public List<String> tidyAfterUninstall(Workspace workspace) {
        List<String> notes = new ArrayList<>();
        try {
            fs.deleteIfExists(workspace.lock());
            try (Stream<Path> entries = Files.list(workspace.meta())) {
                List<String> left = entries.map(p -> p.getFileName().toString()).sorted().toList();
                if (left.isEmpty()) {
                    fs.deleteIfExists(workspace.meta());
                }
                else {
                    notes.add(Workspace.META + "/ kept: it still holds " + String.join(", ", left) + " (yours)");
                }
            }
        }
        catch (IOException e) {
            notes.add("could not tidy " + workspace.meta() + ": " + e.getMessage());
        }
        return notes;
    }

    /** True when .agentry/.gitignore is there as agentry wrote it (line endings and byte order mark aside). */
    private boolean isOurGitignore(Workspace workspace) {
        String text = currentText(workspace.gitignore());
        return text != null && Text.normalize(text).equals(GITIGNORE);
    }

    private List<Transaction.Op> opsFor(Workspace workspace, Plan plan) {
        List<Transaction.Op> ops = new ArrayList<>();
        for (FileAction action : plan.actions()) {
            Path file = PathGuard.check(workspace, action.path());
            // the file's own form (line endings, byte order mark) is read only for a file that is there and rewritten
            String form = action.before() == null || (action.after() == null && action.rejText() == null) ? null
                    : currentText(file);
            if (action.after() != null) {
                ops.add(new Transaction.Write(action.path(), inForm(form, action.after())));
            }
            else if (action.delete()) {
                ops.add(new Transaction.Delete(action.path()));
            }
            if (action.rejText() != null) {
                PathGuard.check(workspace, action.path() + ".rej");
                ops.add(new Transaction.Write(action.path() + ".rej", inForm(form, action.rejText())));
            }
        }
        return ops;
    }

    /** The file's text as it is on disk (byte order mark and line endings included), or null when it is gone. */
    private String currentText(Path file) {
        try {
            return Files.exists(file) ? new String(fs.read(file), StandardCharsets.UTF_8) : null;
        }
        catch (IOException e) {
            throw IoFailures.of(e, Doing.READ, file);
        }
    }

    /** The text to write in the form of the file it replaces (see {@link FileForm}); a new file is written as is. */
    private static String inForm(String current, String text) {
        return current == null ? text : FileForm.restore(current, text);
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
            throw IoFailures.of(e, Doing.BACK_UP, folder, "Nothing was overwritten.");
        }
        return folder;
    }
}
