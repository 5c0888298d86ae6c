package dev.agentry.app;

/**
 * A scaffold pack whose version a run set, moved or found newer: {@code update --upgrade} moved it from one version to
 * another, a first run resolved it (from is null), {@code check --upgrades} found a newer version.
 *
 * @param name the pack's name (its manifest's, else its repository's)
 * @param source the source as answers.yml records it
 * @param from the version used before, such as {@code v1.2.0 (3f2a9c1)}; null for a pack new to the target
 * @param to the version now used, or the newer one found
 */
public record PackChange(String name, String source, String from, String to) {
}
