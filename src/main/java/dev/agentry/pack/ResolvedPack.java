package dev.agentry.pack;

import java.nio.file.Path;
import java.util.List;

/**
 * A pack resolved to one commit, its files in the cache.
 *
 * @param source the source as answers.yml is to record it (an upgrade of a {@code #TAG} source names the new tag)
 * @param notes what the user should know (the repository could not be reached and the cache served)
 */
public record ResolvedPack(PackSource source, Pin pin, Path folder, List<String> notes) {

    public ResolvedPack {
        notes = List.copyOf(notes);
    }
}
