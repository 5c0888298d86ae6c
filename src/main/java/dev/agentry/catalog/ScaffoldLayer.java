package dev.agentry.catalog;

import java.util.List;
import java.util.Optional;

/**
 * One layer of scaffolds: the built-in catalogue or a folder given with {@code --scaffolds} or found in
 * {@code .agentry/scaffolds/}. Reads are confined to the layer: a path that would leave it reads nothing.
 */
public interface ScaffoldLayer {

    /** How the layer is named in messages and recorded in the answers: "built-in" or a folder path. */
    String name();

    /** The text of a file in the layer, by a relative path with forward slashes. */
    Optional<String> read(String relativePath);

    /** True when the layer has this file. */
    default boolean exists(String relativePath) {
        return read(relativePath).isPresent();
    }

    /** Names of the files directly inside a folder of the layer, sorted; empty when the folder is absent. */
    List<String> list(String relativeFolder);

    /** True when the layer has this folder (empty or not). */
    default boolean isFolder(String relativeFolder) {
        return !list(relativeFolder).isEmpty();
    }

    /** True for the layer packaged inside agentry. */
    default boolean builtIn() {
        return false;
    }
}
