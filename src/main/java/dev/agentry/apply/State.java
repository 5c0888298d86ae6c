package dev.agentry.apply;

import java.util.List;
import java.util.Objects;

import dev.agentry.plan.RecordedFile;

/**
 * What agentry recorded at its last write to a target: versions, the answers' hash and every file it wrote
 * with the text needed to merge later.
 */
public record State(String agentryVersion, String catalogVersion, String answersSha256, List<RecordedFile> files) {

    public static final State EMPTY = new State(null, null, null, List.of());

    public State {
        files = List.copyOf(files);
    }

    public boolean isEmpty() {
        return files.isEmpty() && answersSha256 == null;
    }

    // equals and hashCode are written out: a record's generated ones are bootstrapped through method handles on
    // first use, which costs a cold run (an update that finds nothing to change) about 30 ms

    @Override
    public boolean equals(Object other) {
        return other instanceof State that && Objects.equals(agentryVersion, that.agentryVersion)
                && Objects.equals(catalogVersion, that.catalogVersion) && Objects.equals(answersSha256, that.answersSha256)
                && files.equals(that.files);
    }

    @Override
    public int hashCode() {
        return Objects.hash(agentryVersion, catalogVersion, answersSha256, files);
    }
}
