package dev.agentry.apply;

import java.util.List;

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
}
