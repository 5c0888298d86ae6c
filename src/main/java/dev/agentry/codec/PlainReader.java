package dev.agentry.codec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.agentry.support.AgentryException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads one YAML or JSON document into plain values in a single streaming pass, with no data binding: the
 * values Jackson's untyped deserializer gives ({@link LinkedHashMap}, {@link ArrayList}, {@link String},
 * {@link Integer}, {@link Long} or {@link java.math.BigInteger}, {@link Double}, {@link Boolean}, {@code null}
 * and embedded objects such as the {@code byte[]} of {@code !!binary}).
 *
 * <p>YAML anchors and aliases are refused as they are met. Errors in JSON carry the path of the value being
 * read, as data binding reported it before; errors in YAML carry none, as the up-front alias check reported them.
 */
final class PlainReader {

    private final JsonParser parser;
    private final String source;
    private final YAMLParser yaml;
    /** Where the top-level keys and their lists' items are, when asked for; else null. */
    private final Map<String, Integer> keyLines;
    private final Map<String, List<Integer>> itemLines;
    /** How many mappings and lists enclose the value being read. */
    private int depth;

    PlainReader(JsonParser parser, String source) {
        this(parser, source, null, null);
    }

    /** A reader that also notes the line of each top-level key and of each item of a top-level list. */
    PlainReader(JsonParser parser, String source, Map<String, Integer> keyLines, Map<String, List<Integer>> itemLines) {
        this.parser = parser;
        this.source = source;
        this.yaml = parser instanceof YAMLParser yamlParser ? yamlParser : null;
        this.keyLines = keyLines;
        this.itemLines = itemLines;
    }

    /** Moves to the first token; false when the input holds no value (empty, or only YAML comments). */
    boolean hasValue() {
        return next() != null;
    }

    /** Reads the value at the current token and refuses anything after it (a second YAML document, more JSON). */
    Object readOnlyValue() {
        Object value = value();
        if (next() != null) {
            throw AgentryException.usage(Codec.where(source, parser.currentTokenLocation()) + (yaml != null
                    ? "a second YAML document is not allowed here; remove the '---' line and what follows it."
                    : "unexpected content after the JSON value."));
        }
        return value;
    }

    private JsonToken next() {
        JsonToken token = parser.nextToken();
        if (yaml != null && token != null
                && (yaml.getObjectId() != null || token == JsonToken.VALUE_STRING && yaml.isCurrentAlias())) {
            throw AgentryException.usage(Codec.where(source, parser.currentLocation())
                    + "YAML anchors and aliases (&name, *name) are not allowed here; write the values out.");
        }
        return token;
    }

    private Object value() {
        return switch (parser.currentToken()) {
            case START_OBJECT -> mapping();
            case START_ARRAY -> list();
            case VALUE_STRING -> parser.getString();
            case VALUE_NUMBER_INT -> parser.getNumberValue();
            // JSON and YAML parsers do not know a float's precision, so the untyped deserializer made it a Double
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_EMBEDDED_OBJECT -> parser.getEmbeddedObject();
            case VALUE_NULL -> null;
            default -> throw new IllegalStateException("not at the start of a value: " + parser.currentToken());
        };
    }

    private Map<String, Object> mapping() {
        Map<String, Object> map = new LinkedHashMap<>();
        boolean top = depth == 0 && keyLines != null;
        depth++;
        while (next() == JsonToken.PROPERTY_NAME) {
            String key = parser.currentName();
            if (top) {
                keyLines.put(key, parser.currentTokenLocation().getLineNr());
            }
            next();
            try {
                map.put(key, top && parser.currentToken() == JsonToken.START_ARRAY ? list(key) : value());
            }
            catch (JacksonException e) {
                throw yaml != null ? e : e.prependPath(map, key);
            }
        }
        depth--;
        return map;
    }

    private List<Object> list() {
        return list(null);
    }

    /** A list; when it is the value of the top-level key {@code key}, the line of each item is noted. */
    private List<Object> list(String key) {
        List<Object> list = new ArrayList<>();
        List<Integer> lines = key == null ? null : itemLines.computeIfAbsent(key, k -> new ArrayList<>());
        depth++;
        while (next() != JsonToken.END_ARRAY) {
            if (lines != null) {
                lines.add(parser.currentTokenLocation().getLineNr());
            }
            try {
                list.add(value());
            }
            catch (JacksonException e) {
                throw yaml != null ? e : e.prependPath(list, list.size());
            }
        }
        depth--;
        return list;
    }
}
