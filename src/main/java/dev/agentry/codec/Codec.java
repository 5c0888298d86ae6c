package dev.agentry.codec;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.agentry.support.AgentryException;
import dev.agentry.support.Suggestions;
import dev.agentry.support.Text;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.type.TypeReference;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/** Strict YAML and JSON reading into records and maps, and stable YAML and JSON writing. */
public final class Codec {

    /** The largest input file agentry reads, in bytes. */
    public static final int MAX_INPUT_BYTES = 1024 * 1024;

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");

    private static final JsonMapper JSON = JsonMapper.builder()
            .defaultPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("")
                    .withObjectEmptySeparator(""))
                    .withArrayIndenter(INDENT).withObjectIndenter(INDENT))
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private Codec() {
    }

    /** Decodes bytes as UTF-8 text, refusing binary content and input over {@link #MAX_INPUT_BYTES}. */
    public static String decode(byte[] bytes, String source) {
        return decode(bytes, source, MAX_INPUT_BYTES);
    }

    /** Decodes bytes as UTF-8 text, refusing binary content and input over {@code limit} bytes. */
    public static String decode(byte[] bytes, String source, int limit) {
        if (bytes.length > limit) {
            throw AgentryException.usage(source + ": the file is " + bytes.length + " bytes; the limit is " + limit + " bytes.");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        }
        catch (CharacterCodingException e) {
            throw AgentryException.usage(source + ": not a UTF-8 text file (binary content?).");
        }
        if (text.indexOf('\u0000') >= 0) {
            throw AgentryException.usage(source + ": not a text file (it contains NUL bytes).");
        }
        return Text.normalize(text);
    }

    /** Reads a YAML document into a record, with errors that name the file, line, column and key. */
    public static <T> T readYaml(String text, String source, Class<T> type) {
        String checked = checkedYaml(text, source);
        if (checked.isBlank()) {
            throw AgentryException.usage(source + ": the file is empty.");
        }
        try {
            return YAML.readValue(checked, type);
        }
        catch (UnrecognizedPropertyException e) {
            throw translate(e, source + ":" + keyLine(checked, e.getPropertyName(), e.getLocation()), null);
        }
        catch (JacksonException e) {
            throw translate(e, source);
        }
    }

    /**
     * The line of an unknown key: the parser reports where it stopped, after the key's value, so look back from
     * there for the line that declares the key.
     */
    private static String keyLine(String text, String key, TokenStreamLocation location) {
        String[] lines = text.split("\n", -1);
        int from = location == null ? lines.length : Math.min(lines.length, (int) location.getLineNr());
        for (int i = from - 1; i >= 0; i--) {
            String line = lines[i].strip();
            if (line.startsWith("- ")) {
                line = line.substring(2).strip();
            }
            if (line.startsWith(key + ":") || line.startsWith("\"" + key + "\":") || line.startsWith("'" + key + "':")) {
                return (i + 1) + ":" + (lines[i].indexOf(key) + 1);
            }
        }
        return location == null ? "?" : location.getLineNr() + ":" + location.getColumnNr();
    }

    /** Reads a YAML mapping into an ordered map of plain values (strings, numbers, booleans, lists, maps). */
    public static Map<String, Object> readYamlMap(String text, String source) {
        String checked = checkedYaml(text, source);
        if (checked.isBlank()) {
            return new LinkedHashMap<>();
        }
        try {
            Object value = YAML.readValue(checked, Object.class);
            if (value == null) {
                return new LinkedHashMap<>();
            }
            if (!(value instanceof Map<?, ?>)) {
                throw AgentryException.usage(source + ": expected a mapping of keys to values at the top level.");
            }
            return YAML.convertValue(value, new TypeReference<LinkedHashMap<String, Object>>() {
            });
        }
        catch (JacksonException e) {
            throw translate(e, source);
        }
    }

    /** Writes a map as block-style YAML with minimal quoting. */
    public static String writeYaml(Map<String, ?> values) {
        return YAML.writeValueAsString(values);
    }

    /** Writes any value (records, maps, lists) as indented JSON, ending with a newline. */
    public static String writeJson(Object value) {
        return JSON.writeValueAsString(value) + "\n";
    }

    /** Reads JSON into a record. */
    public static <T> T readJson(String text, String source, Class<T> type) {
        try {
            return JSON.readValue(text, type);
        }
        catch (JacksonException e) {
            throw translate(e, source);
        }
    }

    /** Refuses aliases and anchors up front: agentry's files have no use for them and they can explode in size. */
    private static String checkedYaml(String text, String source) {
        String normalized = Text.normalize(text);
        try (JsonParser parser = YAML.createParser(normalized)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (parser instanceof YAMLParser yaml && (yaml.getObjectId() != null || isAlias(yaml, token))) {
                    throw AgentryException.usage(where(source, parser.currentLocation())
                            + "YAML anchors and aliases (&name, *name) are not allowed here; write the values out.");
                }
            }
        }
        catch (JacksonException e) {
            throw translate(e, source);
        }
        return normalized;
    }

    private static boolean isAlias(YAMLParser parser, JsonToken token) {
        return token == JsonToken.VALUE_STRING && parser.isCurrentAlias();
    }

    private static AgentryException translate(JacksonException e, String source) {
        return translate(e, source, e.getLocation());
    }

    private static AgentryException translate(JacksonException e, String source, TokenStreamLocation location) {
        String where = where(source, location);
        String key = e.getPath().isEmpty() ? "" : " (at " + path(e) + ")";
        if (e instanceof UnrecognizedPropertyException unknown) {
            Collection<String> known = new ArrayList<>();
            unknown.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
            return AgentryException.usage(where + "unknown key '" + unknown.getPropertyName() + "'" + key + "."
                    + Suggestions.didYouMean(unknown.getPropertyName(), known)
                    + " Known keys: " + String.join(", ", known.stream().sorted().toList()) + ".");
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return AgentryException.usage(where + "wrong type" + key + ": expected " + describe(mismatch.getTargetType())
                    + ". " + firstLine(e.getOriginalMessage()));
        }
        String message = firstLine(e.getOriginalMessage());
        if (message.contains("Duplicate field") || message.contains("Duplicate Object property")) {
            return AgentryException.usage(where + "duplicate key" + key + ": " + message);
        }
        return AgentryException.usage(where + "invalid " + (source.endsWith(".json") ? "JSON" : "YAML") + key + ": " + message);
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a mapping";
        }
        if (type == String.class) {
            return "a text value";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + String.join(", ", Arrays.stream(type.getEnumConstants())
                    .map(c -> c.toString().toLowerCase()).toList());
        }
        return "a " + type.getSimpleName().toLowerCase();
    }

    private static String where(String source, TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return source + ": ";
        }
        return source + ":" + location.getLineNr() + ":" + location.getColumnNr() + ": ";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }

    /** Exposed for tests of the codec itself. */
    static ObjectMapper yamlMapper() {
        return YAML;
    }
}
