package dev.agentry.detect;

/** Reads one kind of manifest into facts. */
interface ManifestReader {

    /** True when this reader reads the file at this repository path (forward slashes, relative). */
    boolean reads(String path);

    /**
     * Adds what the manifest declares.
     *
     * @throws dev.agentry.support.AgentryException when it cannot be read (its message names the place)
     */
    void read(String path, String text, Facts facts);
}
