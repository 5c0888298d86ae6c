package dev.agentry.apply;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import dev.agentry.codec.Codec;
import dev.agentry.codec.Fields;
import dev.agentry.support.IoFailures;
import dev.agentry.support.IoFailures.Doing;

/**
 * All-or-nothing writes. Every new file is first staged under {@code .agentry/txn/}, on the target's own file
 * system; writing the journal is the commit point; the staged files are then renamed into place atomically,
 * the state file last. A run killed before the commit point leaves the previous files untouched; one killed
 * after it is finished by the next run ({@link #recover}).
 */
public final class Transaction {

    /** One change to the target. */
    public sealed interface Op permits Write, Delete {
        String path();
    }

    /** Writes a file (relative path) with this content. */
    public record Write(String path, String content) implements Op {
    }

    /** Deletes a file (relative path) and the folders it leaves empty. */
    public record Delete(String path) implements Op {
    }

    /** One journal entry: a write from a staged file, or a delete. */
    record JournalOp(String kind, String path, String staged) {
    }

    private static final Set<String> JOURNAL_KEYS = Set.of("ops");

    private static final Set<String> OP_KEYS = Set.of("kind", "path", "staged");

    private static final String JOURNAL = "journal.json";

    private final Workspace workspace;
    private final FileSystem fs;

    public Transaction(Workspace workspace, FileSystem fs) {
        this.workspace = workspace;
        this.fs = fs;
    }

    /**
     * What {@link #recover} found: nothing, the staged files of a run that stopped before its commit point (discarded:
     * that run wrote nothing), or a committed run, which it finished; {@code paths} are the files that run changed.
     */
    public record Recovered(Kind kind, List<String> paths) {

        /** The three cases above. */
        public enum Kind { NONE, DISCARDED, FINISHED }

        public Recovered {
            paths = List.copyOf(paths);
        }

        static final Recovered NONE = new Recovered(Kind.NONE, List.of());
    }

    /** Finishes a committed transaction left by an interrupted run, or discards an uncommitted one. */
    public Recovered recover() {
        Path txn = workspace.transaction();
        if (!Files.isDirectory(txn)) {
            return Recovered.NONE;
        }
        Path journal = txn.resolve(JOURNAL);
        if (!Files.isRegularFile(journal)) {
            discard(txn, "An earlier run stopped before it wrote anything, and its staged files could not be removed.");
            return new Recovered(Recovered.Kind.DISCARDED, List.of());
        }
        List<JournalOp> ops;
        try {
            ops = parseJournal(new String(fs.read(journal), StandardCharsets.UTF_8), Workspace.META + "/txn/" + JOURNAL);
        }
        catch (IOException e) {
            throw IoFailures.of(e, Doing.READ, journal, "It holds an interrupted earlier run, which is finished once it can be"
                    + " read.");
        }
        replay(ops, true);
        discard(txn, "The interrupted earlier run was finished; only its journal is left.");
        return new Recovered(Recovered.Kind.FINISHED, ops.stream().map(JournalOp::path).toList());
    }

    /** Applies the operations atomically as described above. Paths must have been checked by the caller. */
    public void commit(List<Op> ops) {
        Path txn = workspace.transaction();
        Path staging = txn.resolve("files");
        List<JournalOp> journal = new ArrayList<>();
        try {
            if (Files.exists(txn)) {
                deleteTree(txn);
            }
            fs.createDirectories(staging);
            int n = 0;
            for (Op op : ops) {
                if (op instanceof Write write) {
                    String staged = Integer.toString(n++);
                    fs.write(staging.resolve(staged), write.content().getBytes(StandardCharsets.UTF_8));
                    journal.add(new JournalOp("write", write.path(), staged));
                }
                else {
                    journal.add(new JournalOp("delete", op.path(), null));
                }
            }
            Path pending = txn.resolve(JOURNAL + ".tmp");
            fs.writeDurably(pending, serializeJournal(journal).getBytes(StandardCharsets.UTF_8));
            fs.moveAtomically(pending, txn.resolve(JOURNAL));
        }
        catch (IOException e) {
            // before the commit point: the target is as it was; what was staged is of no use to anyone
            try {
                deleteTree(txn);
            }
            catch (IOException ignored) {
                // the next run discards it
            }
            throw IoFailures.of(e, Doing.WRITE, failed(e, txn), "Nothing was written.");
        }
        replay(journal, false);
        discard(txn, "All the changes were made.");
    }

    /** The file an error names, or the folder being worked in when it names none. */
    private static Path failed(IOException e, Path fallback) {
        return e instanceof FileSystemException fse && fse.getFile() != null ? Path.of(fse.getFile()) : fallback;
    }

    private static void discard(Path txn, String status) {
        try {
            deleteTree(txn);
        }
        catch (IOException e) {
            throw IoFailures.of(e, Doing.REMOVE, txn, status);
        }
    }

    /** The journal as JSON: {@code {"ops": [{"kind": ..., "path": ..., "staged": ...}, ...]}}. */
    static String serializeJournal(List<JournalOp> ops) {
        List<Object> entries = new ArrayList<>();
        for (JournalOp op : ops) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("kind", op.kind());
            entry.put("path", op.path());
            entry.put("staged", op.staged());
            entries.add(entry);
        }
        return Codec.writeJson(Map.of("ops", entries));
    }

    /** The operations of a journal, refusing unknown keys and values of the wrong type. */
    static List<JournalOp> parseJournal(String text, String source) {
        List<JournalOp> ops = new ArrayList<>();
        for (Fields op : Fields.of(Codec.readJsonMap(text, source), source).only(JOURNAL_KEYS).mappings("ops")) {
            op.only(OP_KEYS);
            ops.add(new JournalOp(op.string("kind"), op.string("path"), op.string("staged")));
        }
        return ops;
    }

    /** Carries out a committed journal; safe to repeat, since done steps are skipped. */
    private void replay(List<JournalOp> journal, boolean resuming) {
        Path staging = workspace.transaction().resolve("files");
        for (int i = 0; i < journal.size(); i++) {
            JournalOp op = journal.get(i);
            Path target = PathGuard.check(workspace, op.path());
            try {
                if ("write".equals(op.kind())) {
                    write(staging.resolve(op.staged()), target);
                }
                else {
                    fs.deleteIfExists(target);
                    pruneEmptyParents(target.getParent());
                }
            }
            catch (IOException e) {
                throw IoFailures.of(e, "write".equals(op.kind()) ? Doing.WRITE : Doing.DELETE, target, (resuming
                        ? "Finishing an interrupted earlier run stopped" : "The run stopped") + " after " + i + " of "
                        + journal.size() + " changes: the rest waits in " + Workspace.META + "/txn/, and the next agentry"
                        + " command finishes it once this is fixed.");
            }
        }
    }

    /** Moves a staged file into place (unless an earlier attempt did), keeping the mode of the file it replaces. */
    private void write(Path staged, Path target) throws IOException {
        if (!Files.exists(staged)) {
            return;
        }
        Path destination = throughLink(target);
        fs.createDirectories(destination.getParent());
        if (Files.exists(destination)) {
            fs.copyMode(destination, staged);
        }
        fs.moveAtomically(staged, destination);
    }

    /**
     * Where a write lands: the file itself, or, for a symbolic link (which {@link PathGuard} has checked leads inside
     * the target), the file it points to, so that the link stays a link.
     */
    static Path throughLink(Path target) throws IOException {
        return Files.isSymbolicLink(target) ? target.toRealPath() : target;
    }

    private void pruneEmptyParents(Path folder) throws IOException {
        Path current = folder;
        while (current != null && current.startsWith(workspace.root()) && !current.equals(workspace.root())
                && !current.equals(workspace.meta())) {
            try (Stream<Path> entries = Files.list(current)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            fs.deleteIfExists(current);
            current = current.getParent();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
