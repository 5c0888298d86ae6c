package dev.agentry.detect;

import dev.agentry.codec.Codec;

/**
 * How far detection goes, so that a huge or hostile repository costs bounded time and memory.
 *
 * @param maxPaths files and folders listed before the walk stops
 * @param maxDepth folder levels below the root that are entered
 * @param maxManifests manifests read (the nearest to the root first)
 * @param maxManifestBytes the largest manifest read; a bigger one is skipped and reported
 * @param maxTotalBytes the bytes of all manifests read together
 */
public record Limits(int maxPaths, int maxDepth, int maxManifests, long maxManifestBytes, long maxTotalBytes) {

    /** The limits the README documents. */
    public static final Limits DEFAULT = new Limits(200_000, 24, 1_000, Codec.MAX_INPUT_BYTES, 32L * 1024 * 1024);
}
