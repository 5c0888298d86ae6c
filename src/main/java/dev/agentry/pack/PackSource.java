package dev.agentry.pack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

import dev.agentry.support.AgentryException;

/**
 * Where one {@code --scaffolds} entry comes from: a git repository (a URL such as {@code https://...},
 * {@code ssh://...}, {@code file://...} or {@code git@host:org/repo.git}, or a local path to a repository), with an
 * optional {@code #REF} (tag, branch or commit), or else a plain folder.
 *
 * @param given the entry as recorded in answers.yml
 * @param location for a repository: what git is given (the URL, or the repository's absolute path); for a folder: the
 *     folder's absolute path
 * @param ref the ref after {@code #}, or null for the default choice (the highest version tag, else the default branch)
 */
public record PackSource(String given, Kind kind, String location, String ref) {

    /** A repository to fetch, or a folder used as it is. */
    public enum Kind { GIT, FOLDER }

    private static final Pattern URL = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://.+");

    /** scp-like syntax, as git reads it: {@code user@host:path} (no slash before the colon). */
    private static final Pattern SCP = Pattern.compile("[A-Za-z0-9._-]+@[A-Za-z0-9._-]+:(?!//).+");

    public PackSource {
        Objects.requireNonNull(given, "given is required");
        Objects.requireNonNull(kind, "kind is required");
        Objects.requireNonNull(location, "location is required");
    }

    /**
     * Reads an entry; a local path is taken relative to {@code base} (the target's folder).
     *
     * @throws AgentryException (exit 2) for a {@code #REF} with nothing after it, or on a folder that is not a repository
     */
    public static PackSource parse(String given, Path base) {
        String text = given.strip();
        if (URL.matcher(text).matches() || SCP.matcher(text).matches()) {
            int hash = text.lastIndexOf('#');
            String location = hash < 0 ? text : text.substring(0, hash);
            return new PackSource(given, Kind.GIT, trimSlash(location), hash < 0 ? null : ref(given, text.substring(hash + 1)));
        }
        Path whole = local(base, text);
        if (whole != null && Files.isDirectory(whole)) {
            return isRepository(whole) ? new PackSource(given, Kind.GIT, real(whole).toString(), null)
                    : new PackSource(given, Kind.FOLDER, whole.toString(), null);
        }
        int hash = text.lastIndexOf('#');
        Path repository = hash <= 0 ? null : local(base, text.substring(0, hash));
        if (repository != null && Files.isDirectory(repository)) {
            if (!isRepository(repository)) {
                throw AgentryException.usage("'" + given + "': a #REF needs a git repository, and " + repository
                        + " is a plain folder. Give the folder without #REF to use it as it is.");
            }
            return new PackSource(given, Kind.GIT, real(repository).toString(), ref(given, text.substring(hash + 1)));
        }
        return new PackSource(given, Kind.FOLDER, whole == null ? text : whole.toString(), null);
    }

    public boolean isGit() {
        return kind == Kind.GIT;
    }

    /** True for a URL or {@code user@host:path}, as opposed to a path on this machine. */
    public boolean isUrl() {
        String text = given.strip();
        return URL.matcher(text).matches() || SCP.matcher(text).matches();
    }

    /** The source without its #REF, as given. */
    public String withoutRef() {
        int hash = given.lastIndexOf('#');
        return ref == null || hash < 0 ? given : given.substring(0, hash);
    }

    /** The same source at another ref, written as the user wrote it ({@code URL#REF}). */
    public PackSource at(String otherRef) {
        return new PackSource(withoutRef() + "#" + otherRef, kind, location, otherRef);
    }

    /** A short name for messages and for {@code --upgrade NAME=REF}: the repository's last path segment, without .git. */
    public String shortName() {
        String path = location.replace('\\', '/');
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String last = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf(':')) + 1);
        return last.endsWith(".git") ? last.substring(0, last.length() - 4) : last;
    }

    /** True for a folder that is the top of a git work tree or a bare repository. */
    static boolean isRepository(Path folder) {
        return Files.exists(folder.resolve(".git")) || Files.isRegularFile(folder.resolve("HEAD"))
                && Files.isDirectory(folder.resolve("objects")) && Files.isDirectory(folder.resolve("refs"));
    }

    private static String ref(String given, String ref) {
        if (ref.isBlank()) {
            throw AgentryException.usage("'" + given + "' ends with '#' and no ref: write a tag, branch or commit after it"
                    + " (URL#v1.2.0), or leave '#' out for the highest version tag.");
        }
        return ref.strip();
    }

    private static String trimSlash(String location) {
        return location.endsWith("/") && location.length() > 1 ? location.substring(0, location.length() - 1) : location;
    }

    private static Path local(Path base, String text) {
        try {
            return base.resolve(text).toAbsolutePath().normalize();
        }
        catch (InvalidPathException e) {
            return null;
        }
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        }
        catch (IOException e) {
            return path;
        }
    }
}
