package dev.agentry.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;

/**
 * The shells agentry prints a completion script for. Each script is a template (in {@code completion/} of the
 * class path: the logic, written once per shell) filled with the model's data ({@link CompletionModel}: commands,
 * options, fixed choices).
 */
enum CompletionShell {
    BASH("bash", "Bash, with or without the bash-completion package", "agentry.bash", BashScript::fill),
    ZSH("zsh", "Z shell (its completion system, compinit)", "_agentry", ZshScript::fill),
    FISH("fish", "fish", "agentry.fish", FishScript::fill);

    private final String id;
    private final String description;
    private final String template;
    private final Function<CompletionModel, Map<String, String>> fill;

    CompletionShell(String id, String description, String template, Function<CompletionModel, Map<String, String>> fill) {
        this.id = id;
        this.description = description;
        this.template = template;
        this.fill = fill;
    }

    String id() {
        return id;
    }

    String description() {
        return description;
    }

    /** The script for this model: the template with each {@code @NAME@} replaced by its data. */
    String script(CompletionModel model) {
        Map<String, String> data = new java.util.HashMap<>(fill.apply(model));
        data.put("VERSION", model.version());
        String text = template();
        for (Map.Entry<String, String> entry : data.entrySet()) {
            String marker = "@" + entry.getKey() + "@";
            if (!text.contains(marker)) {
                throw new IllegalStateException("completion/" + template + " has no " + marker);
            }
            text = text.replace(marker, entry.getValue());
        }
        return text;
    }

    private String template() {
        try (InputStream in = CompletionShell.class.getResourceAsStream("/completion/" + template)) {
            if (in == null) {
                throw new IllegalStateException("completion/" + template + " is missing from agentry's class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text inside single quotes, for bash and zsh: a quote ends the quoting, is escaped, and starts it again. */
    static String posixQuoted(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    /** A description on one line: a script's data is one entry a line. */
    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
