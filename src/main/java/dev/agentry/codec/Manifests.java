package dev.agentry.codec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.agentry.support.AgentryException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.toml.TomlFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads other tools' files (package.json, pubspec.yaml, CI workflows, pyproject.toml ...) into plain values, as
 * leniently as those tools do: a key given twice keeps its last value and a YAML alias reads as null (it is never
 * expanded, so no alias bomb grows). Broken syntax is an error naming the file, line and column, for the caller to
 * report and skip. Streaming only: no data-binding mapper is built.
 */
public final class Manifests {

    private static final JsonFactory JSON = new JsonFactory();
    private static final YAMLFactory YAML = new YAMLFactory();

    private Manifests() {
    }

    /** The value of a JSON document (a map, list or scalar). */
    public static Object json(String text, String source) {
        List<Object> values = read(JSON, text, source, "JSON");
        if (values.size() != 1) {
            String problem = values.isEmpty() ? "the file is empty" : "more than one JSON value";
            throw AgentryException.usage(source + ": " + problem + ".");
        }
        return values.get(0);
    }

    /** The values of every document of a YAML stream ({@code ---} separates them), in order. */
    public static List<Object> yaml(String text, String source) {
        return read(YAML, text, source, "YAML");
    }

    /** The table of a TOML document, as a map. */
    public static Map<String, Object> toml(String text, String source) {
        List<Object> values = read(Toml.FACTORY, text, source, "TOML");
        return values.isEmpty() || !(values.get(0) instanceof Map<?, ?>) ? new LinkedHashMap<>() : mapping(values.get(0));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapping(Object value) {
        return (Map<String, Object>) value;
    }

    private static List<Object> read(TokenStreamFactory factory, String text, String source, String format) {
        List<Object> values = new ArrayList<>();
        try (JsonParser parser = factory.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                values.add(value(parser, token));
            }
            return values;
        }
        catch (JacksonException e) {
            throw AgentryException.usage(Codec.position(source, e) + "invalid " + format + ": " + Codec.problem(e));
        }
    }

    private static Object value(JsonParser parser, JsonToken token) {
        return switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String key = parser.currentName();
                    map.put(key, value(parser, parser.nextToken()));
                }
                yield map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                    list.add(value(parser, item));
                }
                yield list;
            }
            case VALUE_STRING -> parser instanceof YAMLParser yaml && yaml.isCurrentAlias() ? null : parser.getString();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getNumberValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_EMBEDDED_OBJECT -> String.valueOf(parser.getEmbeddedObject());
            default -> null;
        };
    }

    /** The TOML factory, made on first use: its parser builds a tree of data-binding nodes, which only TOML needs. */
    private static final class Toml {
        static final TomlFactory FACTORY = new TomlFactory();
    }
}
