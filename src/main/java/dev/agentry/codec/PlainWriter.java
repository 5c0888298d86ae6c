package dev.agentry.codec;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

import tools.jackson.core.JsonGenerator;

/** Writes plain values (maps, collections, text, numbers, booleans, null, byte arrays) to a streaming generator. */
final class PlainWriter {

    private PlainWriter() {
    }

    /** Writes the value and everything in it; any other type is refused with {@link IllegalArgumentException}. */
    static void write(JsonGenerator generator, Object value) {
        if (value instanceof Map<?, ?> map) {
            writeMapping(generator, map);
        }
        else if (value instanceof Collection<?> collection) {
            generator.writeStartArray();
            collection.forEach(element -> write(generator, element));
            generator.writeEndArray();
        }
        else if (value instanceof Number number) {
            writeNumber(generator, number);
        }
        else if (value instanceof String text) {
            generator.writeString(text);
        }
        else if (value instanceof Boolean flag) {
            generator.writeBoolean(flag);
        }
        else if (value instanceof byte[] bytes) {
            generator.writeBinary(bytes);
        }
        else if (value == null) {
            generator.writeNull();
        }
        else {
            throw unsupported(value);
        }
    }

    private static void writeMapping(JsonGenerator generator, Map<?, ?> map) {
        generator.writeStartObject();
        map.forEach((key, value) -> {
            if (!(key instanceof String name)) {
                throw new IllegalArgumentException("cannot write a key of type "
                        + (key == null ? "null" : key.getClass().getName()) + ": keys must be text");
            }
            generator.writeName(name);
            write(generator, value);
        });
        generator.writeEndObject();
    }

    private static void writeNumber(JsonGenerator generator, Number number) {
        if (number instanceof Integer || number instanceof Short || number instanceof Byte) {
            generator.writeNumber(number.intValue());
        }
        else if (number instanceof Long) {
            generator.writeNumber(number.longValue());
        }
        else if (number instanceof Double) {
            generator.writeNumber(number.doubleValue());
        }
        else if (number instanceof Float) {
            generator.writeNumber(number.floatValue());
        }
        else if (number instanceof BigInteger big) {
            generator.writeNumber(big);
        }
        else if (number instanceof BigDecimal big) {
            generator.writeNumber(big);
        }
        else {
            throw unsupported(number);
        }
    }

    private static IllegalArgumentException unsupported(Object value) {
        return new IllegalArgumentException("cannot write a value of type " + value.getClass().getName()
                + ": only maps, lists, text, numbers, booleans and null are written");
    }
}
