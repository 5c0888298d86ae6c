package dev.agentry.detect;

/**
 * Something detection did not read, and why: a broken or oversized manifest, a folder it could not open, a symbolic
 * link it did not follow, the limit that stopped it.
 *
 * @param path the path relative to the repository, or "." for the repository as a whole
 */
public record Skipped(String path, String why) {
}
