package dev.agentry.codec;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;

/**
 * The layout of the JSON agentry writes: {@code "key": value}, one entry per line, two-space indents, {@code []} and
 * {@code {}} when empty. The same output as Jackson's {@code DefaultPrettyPrinter} set up that way, without building
 * one: its set-up runs Jackson's first string concatenation, whose bootstrap costs a cold run some 20 ms. Stateful:
 * one per generator.
 */
final class JsonLayout implements PrettyPrinter {

    private int nesting;

    private void newLine(JsonGenerator g) {
        g.writeRaw('\n');
        for (int i = 0; i < nesting; i++) {
            g.writeRaw("  ");
        }
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) {
        g.writeRaw(' ');
    }

    @Override
    public void writeStartObject(JsonGenerator g) {
        g.writeRaw('{');
        nesting++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) {
        newLine(g);
    }

    @Override
    public void writeObjectNameValueSeparator(JsonGenerator g) {
        g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) {
        g.writeRaw(',');
        newLine(g);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) {
        nesting--;
        if (entries > 0) {
            newLine(g);
        }
        g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) {
        nesting++;
        g.writeRaw('[');
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) {
        newLine(g);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) {
        g.writeRaw(',');
        newLine(g);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) {
        nesting--;
        if (values > 0) {
            newLine(g);
        }
        g.writeRaw(']');
    }
}
