package dev.agentry.apply;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import dev.agentry.codec.Codec;
import dev.agentry.codec.YamlEditor;
import dev.agentry.codec.YamlMapping;
import dev.agentry.plan.ConflictMarkers;
import dev.agentry.support.AgentryException;

/**
 * Reads answers files ({@code --answers FILE} and {@code .agentry/answers.yml}) and writes the stored one, editing
 * it in place so that what the user wrote by hand stays as they wrote it.
 */
public final class AnswersStore {

    /** How messages name the stored answers. */
    public static final String STORED = Workspace.META + "/answers.yml";

    private static final String HEADER = """
            # agentry answers for this repository. Edit them by hand if you like, then run
            # `agentry update` to regenerate the team: your own edits to the agent files are kept.
            # agents: the chosen roles (empty: the project type's default team).
            # Other keys are --set values: stack or deployment variables and settings.
            """;

    private AnswersStore() {
    }

    /**
     * A target's stored answers.
     *
     * @param text the file's text exactly as it is (byte order mark and line endings included)
     * @param mapping the values it holds, with the line of each key
     */
    public record Stored(String text, YamlMapping mapping) {

        public Map<String, Object> values() {
            return mapping.values();
        }
    }

    /** The answers in a file, with their lines; a missing file is invalid input. */
    public static YamlMapping read(Path file, String displayName) {
        return readWithText(file, displayName).mapping();
    }

    /** The stored answers of a target, if it has any. */
    public static Optional<Stored> readStored(Workspace workspace) {
        if (!Files.exists(workspace.answers(), LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(workspace.answers())) {
            throw AgentryException.usage(STORED + " is " + (Files.isDirectory(workspace.answers()) ? "a folder" : "not a file")
                    + ": agentry keeps the team's answers there. Move it away, then restore " + STORED + " from version"
                    + " control, or write it again with 'agentry update --project-type TYPE --deployment DEPLOYMENT --stack"
                    + " STACK'.");
        }
        return Optional.of(readWithText(workspace.answers(), STORED));
    }

    private static Stored readWithText(Path file, String displayName) {
        if (!Files.isRegularFile(file)) {
            throw AgentryException.usage(displayName + ": no such file" + (Files.isDirectory(file) ? " (it is a folder)" : "")
                    + ". Give an answers file (YAML, the keys of " + STORED + ") with --answers FILE.");
        }
        try {
            String text = Codec.exactText(Files.readAllBytes(file), displayName);
            ConflictMarkers.find(text).ifPresent(markers -> {
                throw AgentryException.usage(displayName + ":" + markers.line() + ": holds a git merge conflict ("
                        + markers.shown() + "): keep the answers you want from each side, remove the <<<<<<< / ======= /"
                        + " >>>>>>> lines (then 'git add' it), and run 'agentry update': it writes the team for the answers"
                        + " you kept.");
            });
            return new Stored(text, Codec.readYamlMapping(text, displayName));
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** A new answers file: a header that explains it, then the answers. */
    public static String serialize(Map<String, Object> answers) {
        return HEADER + Codec.writeYaml(answers);
    }

    /**
     * The text of answers.yml holding {@code answers}: the stored file with only the values that differ rewritten in
     * place (the same text when none does), or a new file when there is none.
     */
    public static String updated(Optional<Stored> stored, Map<String, Object> answers) {
        if (stored.isEmpty()) {
            return serialize(answers);
        }
        String text = stored.get().text();
        return YamlEditor.update(text, stored.get().values(), answers).orElseGet(() -> {
            // a layout not edited in place (a flow mapping at the top) is written afresh, in the file's line endings
            String fresh = serialize(answers);
            String eol = YamlEditor.lineEnding(text);
            return (text.startsWith("\uFEFF") ? "\uFEFF" : "") + (eol.equals("\n") ? fresh : fresh.replace("\n", eol));
        });
    }
}
