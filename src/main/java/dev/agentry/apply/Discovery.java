package dev.agentry.apply;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the folder a command works on when no {@code --target} is given, as git finds its repository: the nearest
 * enclosing folder that holds {@code .agentry/}, never above the top of the repository (the nearest folder holding
 * {@code .git}, a folder or a file); without one, the top of the enclosing git repository, or the current folder
 * outside one.
 */
public final class Discovery {

    private static final String GIT = ".git";

    private Discovery() {
    }

    /** How the folder was found. */
    public enum How {
        /** It holds {@code .agentry/}: the team's folder. */
        TEAM,
        /** No team up to the top of the git repository: its top. */
        REPOSITORY_TOP,
        /** Neither a team nor a git repository: the folder the command started in. */
        CURRENT_FOLDER
    }

    /** The folder found from {@code start}, and how. */
    public record Located(Path folder, How how, Path start) {

        /** True when the folder is another than the one the command started in. */
        public boolean moved() {
            return !folder.equals(start);
        }

        /** Why this folder, for a note: "the nearest folder above the current one that holds .agentry/". */
        public String why() {
            return switch (how) {
                case TEAM -> "the nearest folder above the current one that holds " + Workspace.META + "/";
                case REPOSITORY_TOP -> "the top of the git repository the current folder is in (no " + Workspace.META
                        + "/ on the way up)";
                case CURRENT_FOLDER -> "the current folder";
            };
        }
    }

    /** The folder a command started in {@code start} works on. */
    public static Located locate(Path start) {
        Path from = start.toAbsolutePath().normalize();
        for (Path folder = from; folder != null; folder = folder.getParent()) {
            if (Files.isDirectory(folder.resolve(Workspace.META))) {
                return new Located(folder, How.TEAM, from);
            }
            if (Files.exists(folder.resolve(GIT), LinkOption.NOFOLLOW_LINKS)) {
                return new Located(folder, How.REPOSITORY_TOP, from);
            }
        }
        return new Located(from, How.CURRENT_FOLDER, from);
    }

    /** The top of the git repository {@code folder} is in (the nearest folder at or above it holding .git), if any. */
    public static Optional<Path> repositoryTop(Path folder) {
        for (Path at = folder.toAbsolutePath().normalize(); at != null; at = at.getParent()) {
            if (Files.exists(at.resolve(GIT), LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(at);
            }
        }
        return Optional.empty();
    }
}
