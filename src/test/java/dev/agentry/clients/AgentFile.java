package dev.agentry.clients;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.toml.TomlMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * One agent file as a client should load it, read with real parsers: the name the client registers, its description,
 * its instructions, the tool kinds the file grants, and its parsed fields.
 */
record AgentFile(Path file, String name, String description, String instructions, Set<ToolKind> grants, JsonNode fields) {

    private static final YAMLMapper YAML = YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final TomlMapper TOML = new TomlMapper();

    /** A Markdown agent file: its YAML frontmatter and the instructions after it. */
    record Markdown(JsonNode fields, String body) {
    }

    /** Where a client takes an agent's name from. */
    enum Naming {
        /** The frontmatter's {@code name}. */
        FRONTMATTER,
        /** The file's name without its suffix (OpenCode and its forks). */
        FILE_NAME
    }

    /**
     * Each Markdown agent file directly in a folder, sorted: its name (as the client takes it), the frontmatter's
     * description, the instructions, and the kinds of tool the frontmatter grants.
     */
    static List<AgentFile> markdownAgents(Path folder, String suffix, Naming naming,
            Function<JsonNode, Set<ToolKind>> grants) throws IOException {
        List<AgentFile> agents = new ArrayList<>();
        for (Path file : AgentClient.files(folder, suffix)) {
            Markdown md = markdown(file);
            String name = naming == Naming.FILE_NAME ? file.getFileName().toString().replaceFirst(Pattern.quote(suffix) + "$", "")
                    : md.fields().path("name").asString();
            agents.add(new AgentFile(file, name, md.fields().path("description").asString(), md.body().strip(),
                    grants.apply(md.fields()), md.fields()));
        }
        return agents;
    }

    static Markdown markdown(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.startsWith("---\n")) {
            throw new IllegalStateException(file + " has no frontmatter");
        }
        int end = text.indexOf("\n---\n", 3);
        if (end < 0) {
            throw new IllegalStateException(file + " has no end to its frontmatter");
        }
        return new Markdown(YAML.readTree(text.substring(4, end + 1)), text.substring(end + 5));
    }

    static JsonNode toml(Path file) throws IOException {
        return TOML.readTree(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The file's name without the folder, for messages. */
    String fileName() {
        return file.getFileName().toString();
    }
}
