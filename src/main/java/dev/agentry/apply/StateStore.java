package dev.agentry.apply;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.agentry.codec.Codec;
import dev.agentry.codec.Fields;
import dev.agentry.plan.ConflictMarkers;
import dev.agentry.plan.RecordedFile;
import dev.agentry.support.AgentryException;
import dev.agentry.support.Hashing;
import dev.agentry.support.IoFailures;
import dev.agentry.support.IoFailures.Doing;

/**
 * Reads and writes {@code .agentry/state.json}. Each file's text is stored as a list of lines so that the
 * state diffs well in version control; its SHA-256 is checked when read.
 *
 * <p>Format 3 added the scaffold packs and the commit each was resolved to; it is written only by a team that uses
 * packs, so that a team without any keeps format 2, which agentry versions before packs read too. Format 2 added the
 * released files and each file's pending .rej (a released file has one when it left the team with its conflict open);
 * format 1 (agentry 0.1) is still read: its {@code removedByYou} flag is ignored, since a deleted file still in the team
 * is now written again.
 */
public final class StateStore {

    /** The format of a state with packs. */
    static final int FORMAT = 3;

    /** The format of a state without packs. */
    static final int WITHOUT_PACKS = 2;

    private static final int FIRST_FORMAT = 1;

    /** The state holds the text of every file agentry wrote, so it may be larger than a hand-written file. */
    static final int MAX_STATE_BYTES = 64 * 1024 * 1024;

    private static final Set<String> STATE_KEYS = Set.of("format", "agentry", "catalog", "answersSha256", "files", "released",
            "packs");

    private static final Set<String> WITHOUT_PACKS_KEYS = Set.of("format", "agentry", "catalog", "answersSha256", "files",
            "released");

    private static final Set<String> PACK_KEYS = Set.of("source", "ref", "commit");

    private static final Set<String> FILE_KEYS = Set.of("path", "block", "sha256", "createdFile", "rejSha256", "text");

    private static final Set<String> RELEASED_KEYS = Set.of("path", "block", "sha256", "createdFile", "rejSha256", "text");

    private static final Set<String> FIRST_STATE_KEYS = Set.of("format", "agentry", "catalog", "answersSha256", "files");

    private static final Set<String> FIRST_FILE_KEYS = Set.of("path", "block", "sha256", "createdFile", "removedByYou", "text");

    private StateStore() {
    }

    /**
     * The state of a target; empty when it has none. The recorded texts are checked against their hashes as they
     * are relied upon ({@link State#verify}); {@link State#verifyAll()} checks them all.
     */
    public static State read(Workspace workspace) {
        String source = Workspace.META + "/state.json";
        if (!Files.exists(workspace.state(), LinkOption.NOFOLLOW_LINKS)) {
            return State.EMPTY;
        }
        if (!Files.isRegularFile(workspace.state())) {
            throw AgentryException.usage(source + " is " + (Files.isDirectory(workspace.state()) ? "a folder" : "not a file")
                    + ": agentry keeps its record of the files it wrote there. Move it away, then restore " + source
                    + " from version control, or run 'agentry update --adopt' to keep the team's files as they are, as"
                    + " yours, and record a new state.");
        }
        Fields file;
        try {
            byte[] bytes = Files.readAllBytes(workspace.state());
            refuseMergeConflict(bytes, source);
            file = Fields.of(Codec.readJsonMap(bytes, source, MAX_STATE_BYTES), source);
        }
        catch (IOException e) {
            throw IoFailures.of(e, Doing.READ, workspace.state());
        }
        int format = file.integer("format");
        if (format != FORMAT && format != WITHOUT_PACKS && format != FIRST_FORMAT) {
            throw AgentryException.usage(source + ": format " + format + " is not one this agentry reads (" + FIRST_FORMAT
                    + " to " + FORMAT + "); it was written by another agentry version.");
        }
        boolean first = format == FIRST_FORMAT;
        file.only(first ? FIRST_STATE_KEYS : format == WITHOUT_PACKS ? WITHOUT_PACKS_KEYS : STATE_KEYS);
        List<RecordedFile> files = new ArrayList<>();
        Map<String, String> hashes = new LinkedHashMap<>();
        for (Fields entry : file.mappings("files")) {
            RecordedFile recorded = recordedFile(entry.only(first ? FIRST_FILE_KEYS : FILE_KEYS), source);
            if (first) {
                // checked as agentry 0.1 wrote it, then ignored
                entry.bool("removedByYou");
            }
            files.add(recorded);
            hashes.put(recorded.key(), entry.string("sha256"));
        }
        List<RecordedFile> released = new ArrayList<>();
        for (Fields entry : file.mappings("released")) {
            RecordedFile recorded = recordedFile(entry.only(RELEASED_KEYS), source);
            // few and rarely there: checked now rather than when relied upon
            if (!recorded.sha256().equals(entry.string("sha256"))) {
                throw State.damaged(recorded);
            }
            released.add(recorded);
        }
        List<RecordedPack> packs = new ArrayList<>();
        for (Fields entry : file.mappings("packs")) {
            entry.only(PACK_KEYS);
            if (entry.string("source") == null || entry.string("ref") == null || entry.string("commit") == null) {
                throw AgentryException.usage(source + ": a pack entry lacks its source, ref or commit; the state file was"
                        + " edited or damaged. Restore it from version control.");
            }
            packs.add(new RecordedPack(entry.string("source"), entry.string("ref"), entry.string("commit")));
        }
        // each tracked text is checked against its hash when it is relied upon (State.verify), not here
        return new State(file.string("agentry"), file.string("catalog"), file.string("answersSha256"), files, released,
                packs, hashes);
    }

    /**
     * A state git could not merge (two teammates' updates): it is not merged by hand, one side is taken whole, and the
     * update after merges the team's files again against that side's record.
     */
    private static void refuseMergeConflict(byte[] bytes, String source) {
        if (bytes.length > 0 && bytes[0] == '{' && indexOf(bytes, "\n<<<<<<<") < 0) {
            // the common case, told without decoding 64 MB of text
            return;
        }
        ConflictMarkers.find(new String(bytes, StandardCharsets.UTF_8)).ifPresent(markers -> {
            throw AgentryException.usage(source + ":" + markers.line() + ": holds a git merge conflict (" + markers.shown()
                    + "): do not merge it by hand. Take one side whole ('git checkout --ours " + source + "' or 'git checkout"
                    + " --theirs " + source + "', then 'git add' it), resolve " + AnswersStore.STORED + " if it conflicts"
                    + " too, and run 'agentry update': it merges the team's files again from that record, and names every"
                    + " file that still holds a merge conflict.");
        });
    }

    private static int indexOf(byte[] bytes, String ascii) {
        byte[] wanted = ascii.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + wanted.length <= bytes.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (bytes[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static RecordedFile recordedFile(Fields entry, String source) {
        String path = entry.string("path");
        String block = entry.string("block");
        boolean createdFile = entry.bool("createdFile");
        String rejSha256 = entry.string("rejSha256");
        List<String> lines = entry.strings("text");
        if (path == null || lines == null) {
            throw AgentryException.usage(source + ": an entry has no path or text; the state file is damaged. Delete it"
                    + " and run 'agentry update --adopt' to track your files again as they are.");
        }
        if (entry.string("sha256") == null) {
            throw AgentryException.usage(source + ": the entry of " + path + " has no SHA-256; the state file was edited"
                    + " or damaged. Restore it from version control, or delete it and run 'agentry update --adopt', which keeps"
                    + " your files as they are and tracks them again.");
        }
        return new RecordedFile(path, block, String.join("\n", lines), createdFile, rejSha256);
    }

    /** The state as JSON: each file's text as a list of lines, so that it diffs well. */
    public static String serialize(State state) {
        List<Object> files = new ArrayList<>();
        for (RecordedFile file : state.files()) {
            files.add(entry(file, true));
        }
        List<Object> released = new ArrayList<>();
        for (RecordedFile file : state.released()) {
            released.add(entry(file, false));
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("format", state.packs().isEmpty() ? WITHOUT_PACKS : FORMAT);
        map.put("agentry", state.agentryVersion());
        map.put("catalog", state.catalogVersion());
        map.put("answersSha256", state.answersSha256());
        map.put("files", files);
        map.put("released", released);
        if (!state.packs().isEmpty()) {
            List<Object> packs = new ArrayList<>();
            for (RecordedPack pack : state.packs()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("source", pack.source());
                entry.put("ref", pack.ref());
                entry.put("commit", pack.commit());
                packs.add(entry);
            }
            map.put("packs", packs);
        }
        return Codec.writeJson(map);
    }

    private static Map<String, Object> entry(RecordedFile file, boolean tracked) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("path", file.path());
        entry.put("block", file.blockId());
        entry.put("sha256", file.sha256());
        entry.put("createdFile", file.createdFile());
        // a released file has a .rej only when it left the team with its conflict open: written only then, so that a
        // state without one reads as before
        if (tracked || file.rejSha256() != null) {
            entry.put("rejSha256", file.rejSha256());
        }
        entry.put("text", Arrays.asList(file.text().split("\n", -1)));
        return entry;
    }
}
