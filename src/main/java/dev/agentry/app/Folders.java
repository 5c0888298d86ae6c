package dev.agentry.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.agentry.apply.AnswersStore;
import dev.agentry.apply.Discovery;
import dev.agentry.apply.Workspace;
import dev.agentry.interview.Answers;
import dev.agentry.pack.PackSource;
import dev.agentry.support.AgentryException;

/**
 * How scaffold sources on this machine (folders, and local repositories with an optional #REF) are recorded in
 * answers.yml, where a teammate's clone finds them too: relative to the target when inside the repository that holds
 * it (the enclosing git work tree, or the target itself), else absolute, with a note. URLs are recorded as given.
 */
final class Folders {

    private Folders() {
    }

    /** A {@code --scaffolds} entry (relative to the current folder) as answers.yml is to record it. */
    static String recorded(Workspace workspace, String given, List<String> notes) {
        PackSource source = PackSource.parse(given, Path.of("").toAbsolutePath());
        if (source.isUrl()) {
            return given.strip();
        }
        Path absolute = Path.of(source.location());
        if (!Files.isDirectory(absolute)) {
            throw AgentryException.usage("Scaffold folder " + absolute + " (--scaffolds) does not exist.");
        }
        String ref = source.ref() == null ? "" : "#" + source.ref();
        Path real = realPath(absolute);
        return insideRepository(workspace, real).map(relative -> relative + ref).orElseGet(() -> {
            notes.add("scaffold " + (source.isGit() ? "repository " : "folder ") + real + " is outside the repository: it is"
                    + " recorded in " + AnswersStore.STORED + " as an absolute path, which will not exist on other machines"
                    + " (move it into the repository" + (source.isGit() ? ", or give its URL," : "") + " to share it)");
            return real + ref;
        });
    }

    /**
     * The answers with every absolute scaffold folder that lies inside the repository made relative, as {@link #recorded}
     * records a new one: an answers.yml written before that rule, or edited by hand, then works in other clones too.
     */
    static Answers portable(Workspace workspace, Answers answers, List<String> notes) {
        List<String> folders = new ArrayList<>();
        for (String text : answers.scaffolds()) {
            Path path = Path.of(text);
            Optional<String> relative = path.isAbsolute() && Files.isDirectory(path)
                    ? insideRepository(workspace, realPath(path)) : Optional.empty();
            relative.ifPresent(r -> notes.add("scaffold folder " + text + " is inside the repository: it is now recorded as '"
                    + r + "', relative to the target, so that other clones find it"));
            folders.add(relative.orElse(text));
        }
        return folders.equals(answers.scaffolds()) ? answers : answers.withScaffolds(folders);
    }

    /** A folder's path relative to the target when it lies inside the target's repository, else empty. */
    static Optional<String> insideRepository(Workspace workspace, Path folder) {
        Path root = base(workspace);
        Path real = realPath(folder);
        if (!real.startsWith(Discovery.repositoryTop(root).orElse(root))) {
            return Optional.empty();
        }
        String relative = root.relativize(real).toString().replace('\\', '/');
        return Optional.of(relative.isEmpty() ? "." : relative);
    }

    /** The target's folder with symbolic links resolved (as given when it does not exist yet). */
    static Path base(Workspace workspace) {
        return realPath(workspace.root());
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        }
        catch (IOException e) {
            return path;
        }
    }
}
