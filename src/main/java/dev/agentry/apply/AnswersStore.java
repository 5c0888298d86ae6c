package dev.agentry.apply;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import dev.agentry.codec.Codec;
import dev.agentry.support.AgentryException;

/** Reads answers files ({@code --answers FILE} and {@code .agentry/answers.yml}) and writes the stored one. */
public final class AnswersStore {

    private static final String HEADER = """
            # agentry answers for this repository. Edit them by hand if you like, then run
            # `agentry update` to regenerate the team: your own edits to the agent files are kept.
            # agents: the chosen roles (empty: the project type's default team).
            # Other keys are --set values: stack or deployment variables and settings.
            """;

    private AnswersStore() {
    }

    /** A target's stored answers: the file's text (line endings normalised) and the values it holds. */
    public record Stored(String text, Map<String, Object> values) {
    }

    /** The answers in a file; a missing file is invalid input. */
    public static Map<String, Object> read(Path file, String displayName) {
        return readWithText(file, displayName).values();
    }

    /** The stored answers of a target, if it has any. */
    public static Optional<Stored> readStored(Workspace workspace) {
        if (!Files.isRegularFile(workspace.answers())) {
            return Optional.empty();
        }
        return Optional.of(readWithText(workspace.answers(), Workspace.META + "/answers.yml"));
    }

    private static Stored readWithText(Path file, String displayName) {
        if (!Files.isRegularFile(file)) {
            throw AgentryException.usage(displayName + ": no such file.");
        }
        try {
            String text = Codec.decode(Files.readAllBytes(file), displayName);
            return new Stored(text, Codec.readYamlMap(text, displayName));
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static String serialize(Map<String, Object> answers) {
        return HEADER + Codec.writeYaml(answers);
    }
}
