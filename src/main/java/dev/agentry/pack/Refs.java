package dev.agentry.pack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The tags and branches of a repository (the remote's, or those already in the cache), by name, with the object
 * each points at (for an annotated tag, the tag object), and its default branch.
 *
 * @param defaultBranch the branch HEAD names, or null when unknown
 */
record Refs(Map<String, String> tags, Map<String, String> branches, String defaultBranch) {

    private static final Pattern COMMIT = Pattern.compile("[0-9a-fA-F]{7,40}");

    Refs {
        tags = Map.copyOf(tags);
        branches = Map.copyOf(branches);
    }

    /** What a ref names. */
    enum Kind { TAG, BRANCH, COMMIT, UNKNOWN }

    Kind kindOf(String ref) {
        if (tags.containsKey(ref)) {
            return Kind.TAG;
        }
        if (branches.containsKey(ref)) {
            return Kind.BRANCH;
        }
        return COMMIT.matcher(ref).matches() ? Kind.COMMIT : Kind.UNKNOWN;
    }

    /** The full name of a tag or branch ({@code refs/tags/v1.2.0}). */
    String fullName(String ref) {
        return (kindOf(ref) == Kind.TAG ? "refs/tags/" : "refs/heads/") + ref;
    }

    /** The highest version tag that is not a pre-release, if any tag has a version's form. */
    Optional<String> highestTag() {
        return versionTags().stream().filter(t -> !SemVer.parse(t).orElseThrow().isPreRelease()).reduce((a, b) -> b);
    }

    /** The tags that have a version's form, lowest first. */
    List<String> versionTags() {
        return tags.keySet().stream().filter(t -> SemVer.parse(t).isPresent())
                .sorted(Comparator.comparing((String t) -> SemVer.parse(t).orElseThrow()).thenComparing(t -> t)).toList();
    }

    /** What the default choice (no #REF) is: the highest version tag, else the default branch; empty when neither. */
    Optional<String> defaultRef() {
        Optional<String> tag = highestTag();
        return tag.isPresent() ? tag : Optional.ofNullable(defaultBranch).filter(branches::containsKey);
    }

    /** The tags (version tags in order first) and branches, for a message about a ref that is not there. */
    String describe() {
        List<String> ordered = new ArrayList<>(versionTags());
        tags.keySet().stream().filter(t -> !ordered.contains(t)).sorted().forEach(ordered::add);
        String tagText = ordered.isEmpty() ? "no tags" : "tags " + String.join(", ", ordered);
        String branchText = branches.isEmpty() ? "no branches" : "branches " + String.join(", ", branches.keySet().stream()
                .sorted().toList());
        return tagText + "; " + branchText;
    }

    /** Reads JGit's view of refs (by full name) into tags and branches. */
    static Refs of(Map<String, String> byFullName, String defaultBranch) {
        Map<String, String> tags = new LinkedHashMap<>();
        Map<String, String> branches = new LinkedHashMap<>();
        byFullName.forEach((name, id) -> {
            if (name.startsWith("refs/tags/") && !name.endsWith("^{}")) {
                tags.put(name.substring("refs/tags/".length()), id);
            }
            else if (name.startsWith("refs/heads/")) {
                branches.put(name.substring("refs/heads/".length()), id);
            }
        });
        return new Refs(tags, branches, defaultBranch);
    }
}
