package dev.agentry.plan;

import java.util.Optional;

/** Read access to the target's files, so that planning stays a pure function (tests pass a map). */
@FunctionalInterface
public interface DiskView {

    /** The text of a file relative to the target, or empty when there is no file. */
    Optional<String> read(String path);
}
