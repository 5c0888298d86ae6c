package dev.agentry.app;

import java.util.Map;
import java.util.Optional;

import dev.agentry.apply.AnswersStore;
import dev.agentry.apply.State;
import dev.agentry.support.Hashing;

/**
 * The answers file a run writes, against the one stored.
 *
 * @param yaml the file's new text: the stored file with only the values that changed rewritten, so the same text
 *     means the same answers
 * @param rewritten true when that text differs from the stored file (or there is none), so the run writes it
 * @param editedByHand true when the stored file is not what agentry last wrote there (the state's hash)
 */
record AnswersText(String yaml, boolean rewritten, boolean editedByHand) {

    static AnswersText of(Optional<AnswersStore.Stored> stored, Map<String, Object> answers, State state) {
        String yaml = AnswersStore.updated(stored, answers);
        boolean rewritten = stored.isEmpty() || !yaml.equals(stored.get().text());
        boolean editedByHand = stored.isPresent() && state.answersSha256() != null
                && !state.answersSha256().equals(Hashing.sha256(stored.get().text()));
        return new AnswersText(yaml, rewritten, editedByHand);
    }
}
