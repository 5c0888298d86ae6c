package dev.agentry.merge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.merge.MergeAlgorithm;
import org.eclipse.jgit.merge.MergeChunk;
import org.eclipse.jgit.merge.MergeFormatter;
import org.eclipse.jgit.merge.MergeResult;

/** Three-way merges of text (JGit's MergeAlgorithm over RawText) and unified diffs. */
public final class Merge {

    /** The label of the user's side in conflict markers ({@code <<<<<<< yours}). */
    public static final String YOURS = "yours";

    /** The label of agentry's side in conflict markers ({@code >>>>>>> agentry}). */
    public static final String AGENTRY = "agentry";

    private Merge() {
    }

    /**
     * The result of a merge.
     *
     * @param text the merged text, with git-style conflict markers where both sides changed the same lines
     * @param conflicts true when there are conflict markers in {@code text}
     * @param withYours the merge with the user's side where both sides changed the same lines, and every other change
     *     of both sides applied (what {@code patch} leaves in a file whose hunks it rejects)
     * @param withAgentrys the same merge with agentry's side where both sides changed the same lines
     */
    public record Result(String text, boolean conflicts, String withYours, String withAgentrys) {
    }

    /** Merges the user's changes (base to yours) with agentry's (base to theirs). */
    public static Result threeWay(String base, String yours, String theirs) {
        MergeAlgorithm algorithm = new MergeAlgorithm(DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM));
        MergeResult<RawText> result = algorithm.merge(RawTextComparator.DEFAULT, raw(base), raw(yours), raw(theirs));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new MergeFormatter().formatMerge(out, result, List.of("base", YOURS, AGENTRY), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder withYours = new StringBuilder();
        StringBuilder withAgentrys = new StringBuilder();
        List<RawText> sequences = result.getSequences();
        for (MergeChunk chunk : result) {
            String lines = lines(sequences.get(chunk.getSequenceIndex()), chunk.getBegin(), chunk.getEnd());
            switch (chunk.getConflictState()) {
                case NO_CONFLICT -> {
                    withYours.append(lines);
                    withAgentrys.append(lines);
                }
                case FIRST_CONFLICTING_RANGE -> withYours.append(lines);
                case NEXT_CONFLICTING_RANGE -> withAgentrys.append(lines);
                case BASE_CONFLICTING_RANGE -> {
                    // the base's lines of a conflict belong to neither side
                }
            }
        }
        return new Result(out.toString(StandardCharsets.UTF_8), result.containsConflicts(), withYours.toString(),
                withAgentrys.toString());
    }

    /** The lines from {@code begin} to {@code end} (exclusive) with their line breaks; empty for an empty range. */
    private static String lines(RawText text, int begin, int end) {
        return begin >= end ? "" : text.getString(begin, end, false);
    }

    /** A unified diff from {@code before} to {@code after} with three lines of context, headed by the path. */
    public static String unifiedDiff(String path, String before, String after) {
        RawText a = raw(before == null ? "" : before);
        RawText b = raw(after == null ? "" : after);
        EditList edits = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
                .diff(RawTextComparator.DEFAULT, a, b);
        if (edits.isEmpty()) {
            return "";
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DiffFormatter formatter = new DiffFormatter(out)) {
            formatter.setContext(3);
            formatter.format(edits, a, b);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String header = "--- " + (before == null ? "/dev/null" : "a/" + path) + "\n+++ "
                + (after == null ? "/dev/null" : "b/" + path) + "\n";
        return header + out.toString(StandardCharsets.UTF_8);
    }

    private static RawText raw(String text) {
        return new RawText(text.getBytes(StandardCharsets.UTF_8));
    }
}
