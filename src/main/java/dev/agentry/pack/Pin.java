package dev.agentry.pack;

import java.util.Objects;

/**
 * The version of a pack a target uses, as its state records it.
 *
 * @param ref the tag, branch or commit the source resolved to ({@code v1.2.0}, {@code main})
 * @param commit the full commit id
 */
public record Pin(String ref, String commit) {

    public Pin {
        Objects.requireNonNull(ref, "ref is required");
        Objects.requireNonNull(commit, "commit is required");
    }

    /** The ref and the commit's first characters, for messages: {@code v1.2.0 (3f2a9c1)}. */
    public String label() {
        String shortCommit = commit.substring(0, Math.min(7, commit.length()));
        return ref.equals(commit) || commit.startsWith(ref) ? shortCommit : ref + " (" + shortCommit + ")";
    }
}
