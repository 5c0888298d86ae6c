package dev.agentry.apply;

import java.util.Objects;

/**
 * A scaffold pack a target uses, as its state records it: the source as answers.yml names it, and the version it was
 * resolved to, which later runs use until {@code update --upgrade} moves it.
 *
 * @param ref the tag, branch or commit the source resolved to
 * @param commit the full commit id
 */
public record RecordedPack(String source, String ref, String commit) {

    public RecordedPack {
        Objects.requireNonNull(source, "source is required");
        Objects.requireNonNull(ref, "ref is required");
        Objects.requireNonNull(commit, "commit is required");
    }
}
