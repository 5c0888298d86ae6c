package dev.agentry.apply;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    /** Finishes a committed transaction left by an interrupted run, or discards an uncommitted one. */
    public boolean recover() {
        Path txn = workspace.transaction();
        if (!Files.isDirectory(txn)) {
            return false;
        }
        try {
            Path journal = txn.resolve(JOURNAL);
            if (Files.isRegularFile(journal)) {
                String text = new String(Files.readAllBytes(journal), StandardCharsets.UTF_8);
                replay(parseJournal(text, Workspace.META + "/txn/" + JOURNAL));
            }
            deleteTree(txn);
            return true;
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot recover the interrupted run in " + txn, e);
        }
    }

    /** Applies the operations atomically as described above. Paths must have been checked by the caller. */
    public void commit(List<Op> ops) {
        Path txn = workspace.transaction();
        Path staging = txn.resolve("files");
        try {
            if (Files.exists(txn)) {
                deleteTree(txn);
            }
            fs.createDirectories(staging);
            List<JournalOp> journal = new ArrayList<>();
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
            replay(journal);
            deleteTree(txn);
        }
        catch (IOException e) {
            throw new UncheckedIOException("writing to " + workspace.root() + " failed: " + e.getMessage(), e);
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
    private void replay(List<JournalOp> journal) throws IOException {
        Path staging = workspace.transaction().resolve("files");
        for (JournalOp op : journal) {
            Path target = PathGuard.check(workspace, op.path());
            if ("write".equals(op.kind())) {
                Path staged = staging.resolve(op.staged());
                if (Files.exists(staged)) {
                    fs.createDirectories(target.getParent());
                    fs.moveAtomically(staged, target);
                }
            }
            else {
                fs.deleteIfExists(target);
                pruneEmptyParents(target.getParent());
            }
        }
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
