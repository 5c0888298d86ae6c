package dev.agentry.apply;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.agentry.plan.RecordedFile;
import dev.agentry.support.AgentryException;
import dev.agentry.support.Hashing;

/**
 * What agentry recorded at its last write to a target: versions, the answers' hash, every file it tracks with the text
 * needed to merge later, and the files it released.
 *
 * @param released files agentry wrote and no longer tracks, which the user kept because they edited them (a role,
 *     target or block that left the team), with the text agentry last wrote there: the base of a merge should they
 *     come back into the team
 * @param packs the scaffold packs (git sources) the team was rendered from, each at the commit it was resolved to
 * @param unverified for a state read from disk, the SHA-256 recorded for each tracked file (by key) whose text has not
 *     been checked against it yet (see {@link #verify(RecordedFile)}); not part of the state's value
 */
public record State(String agentryVersion, String catalogVersion, String answersSha256, List<RecordedFile> files,
        List<RecordedFile> released, List<RecordedPack> packs, Map<String, String> unverified) {

    public static final State EMPTY = new State(null, null, null, List.of());

    public State {
        files = List.copyOf(files);
        released = List.copyOf(released);
        packs = packs == null ? List.of() : List.copyOf(packs);
        unverified = unverified == null ? Map.of() : Map.copyOf(unverified);
    }

    /** A state whose texts need no check (made by this run, not read from disk). */
    public State(String agentryVersion, String catalogVersion, String answersSha256, List<RecordedFile> files,
            List<RecordedFile> released, List<RecordedPack> packs) {
        this(agentryVersion, catalogVersion, answersSha256, files, released, packs, Map.of());
    }

    /** A state made by this run that uses no scaffold pack. */
    public State(String agentryVersion, String catalogVersion, String answersSha256, List<RecordedFile> files,
            List<RecordedFile> released) {
        this(agentryVersion, catalogVersion, answersSha256, files, released, List.of(), Map.of());
    }

    /** A state that has released nothing and uses no pack, and whose texts need no check. */
    public State(String agentryVersion, String catalogVersion, String answersSha256, List<RecordedFile> files) {
        this(agentryVersion, catalogVersion, answersSha256, files, List.of(), List.of(), Map.of());
    }

    /** The recorded version of the pack with this source, if the state has one. */
    public Optional<RecordedPack> pack(String source) {
        return packs.stream().filter(p -> p.source().equals(source)).findFirst();
    }

    /**
     * Checks a recorded text against the SHA-256 recorded with it, before the text is relied upon: as the base of a
     * merge, or to tell an edited file from an unedited one when they differ. A text equal to the file on disk needs
     * no check, which spares check and update hashing every file of every target.
     *
     * @throws AgentryException (exit 2) when the state file was edited or damaged
     */
    public void verify(RecordedFile file) {
        String expected = unverified.get(file.key());
        if (expected != null && !Hashing.sha256(file.text()).equals(expected)) {
            throw damaged(file);
        }
    }

    static AgentryException damaged(RecordedFile file) {
        return AgentryException.usage(Workspace.META + "/state.json: the recorded text of " + file.path()
                + " does not match its SHA-256; the state file was edited or damaged. Restore it from version"
                + " control, or delete it and run 'agentry update --adopt', which keeps your files as they are and"
                + " tracks them again.");
    }

    /** Checks every recorded text (see {@link #verify(RecordedFile)}). */
    public State verifyAll() {
        files.forEach(this::verify);
        return this;
    }

    public boolean isEmpty() {
        return files.isEmpty() && released.isEmpty() && answersSha256 == null;
    }

    // equals and hashCode are written out to leave out which texts are still to be checked (unverified), which is not
    // part of the state's value (the speed they once saved no longer shows: see RecordedFile, which has a record's own)

    @Override
    public boolean equals(Object other) {
        return other instanceof State that && Objects.equals(agentryVersion, that.agentryVersion)
                && Objects.equals(catalogVersion, that.catalogVersion) && Objects.equals(answersSha256, that.answersSha256)
                && files.equals(that.files) && released.equals(that.released) && packs.equals(that.packs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(agentryVersion, catalogVersion, answersSha256, files, released, packs);
    }
}
