package dev.agentry.detect;

import java.util.List;
import java.util.Map;

/**
 * The paths of a repository as the bounded walk found them, relative with forward slashes.
 *
 * @param files every regular file listed
 * @param manifests the files a reader reads, with their sizes in bytes, nearest the root first
 * @param folders every folder entered or skipped by name (a skipped folder's contents are not listed)
 * @param skipped what the walk left out and why
 * @param truncated true when a limit stopped the walk before it saw everything
 */
record Tree(List<String> files, Map<String, Long> manifests, List<String> folders, List<Skipped> skipped,
        boolean truncated) {
}
