package dev.agentry.clients;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

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
