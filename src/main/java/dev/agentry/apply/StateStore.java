package dev.agentry.apply;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.agentry.codec.Codec;
import dev.agentry.plan.RecordedFile;
import dev.agentry.support.AgentryException;
import dev.agentry.support.Hashing;

/**
 * Reads and writes {@code .agentry/state.json}. Each file's text is stored as a list of lines so that the
 * state diffs well in version control; its SHA-256 is checked when read.
 */
public final class StateStore {

    static final int FORMAT = 1;

    /** The state holds the text of every file agentry wrote, so it may be larger than a hand-written file. */
    static final int MAX_STATE_BYTES = 64 * 1024 * 1024;

    /** The JSON shape of the state file. */
    record StateFile(int format, String agentry, String catalog, String answersSha256, List<Entry> files) {
    }

    /** The JSON shape of one recorded file. */
    record Entry(String path, String block, String sha256, boolean createdFile, boolean removedByYou, List<String> text) {
    }

    private StateStore() {
    }

    public static State read(Workspace workspace) {
        if (!Files.isRegularFile(workspace.state())) {
            return State.EMPTY;
        }
        String source = Workspace.META + "/state.json";
        StateFile file;
        try {
            file = Codec.readJson(Codec.decode(Files.readAllBytes(workspace.state()), source, MAX_STATE_BYTES), source,
                    StateFile.class);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read " + workspace.state(), e);
        }
        if (file.format() != FORMAT) {
            throw AgentryException.usage(source + ": format " + file.format() + " is not one this agentry reads (" + FORMAT
                    + "); it was written by another agentry version.");
        }
        List<RecordedFile> files = new ArrayList<>();
        for (Entry entry : file.files() == null ? List.<Entry>of() : file.files()) {
            if (entry.path() == null || entry.text() == null) {
                throw AgentryException.usage(source + ": an entry has no path or text; the state file is damaged. Delete it"
                        + " and run 'agentry generate --force' to start tracking again (backups are kept).");
            }
            String text = String.join("\n", entry.text());
            if (!Hashing.sha256(text).equals(entry.sha256())) {
                throw AgentryException.usage(source + ": the recorded text of " + entry.path() + " does not match its"
                        + " SHA-256; the state file was edited or damaged. Restore it from version control, or delete it"
                        + " and run 'agentry generate --force'.");
            }
            files.add(new RecordedFile(entry.path(), entry.block(), text, entry.createdFile(), entry.removedByYou()));
        }
        return new State(file.agentry(), file.catalog(), file.answersSha256(), files);
    }

    public static String serialize(State state) {
        List<Entry> entries = new ArrayList<>();
        for (RecordedFile file : state.files()) {
            entries.add(new Entry(file.path(), file.blockId(), file.sha256(), file.createdFile(), file.removedByUser(),
                    Arrays.asList(file.text().split("\n", -1))));
        }
        return Codec.writeJson(new StateFile(FORMAT, state.agentryVersion(), state.catalogVersion(), state.answersSha256(),
                entries));
    }
}
