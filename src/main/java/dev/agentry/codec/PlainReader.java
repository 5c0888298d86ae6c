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

    PlainReader(JsonParser parser, String source) {
        this.parser = parser;
        this.source = source;
        this.yaml = parser instanceof YAMLParser yamlParser ? yamlParser : null;
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
        while (next() == JsonToken.PROPERTY_NAME) {
            String key = parser.currentName();
            next();
            try {
                map.put(key, value());
            }
            catch (JacksonException e) {
                throw yaml != null ? e : e.prependPath(map, key);
            }
        }
        return map;
    }

    private List<Object> list() {
        List<Object> list = new ArrayList<>();
        while (next() != JsonToken.END_ARRAY) {
            try {
                list.add(value());
            }
            catch (JacksonException e) {
                throw yaml != null ? e : e.prependPath(list, list.size());
            }
        }
        return list;
    }
}
