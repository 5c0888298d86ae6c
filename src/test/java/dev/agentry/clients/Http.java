package dev.agentry.clients;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.json.JsonMapper;

/** Writes the fake model's HTTP answers: one JSON document, or server-sent events. */
final class Http {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private Http() {
    }

    static void json(HttpExchange exchange, Object document) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(document);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /**
     * Server-sent events, each {@code [name, data]} (with an {@code event:} line) or a bare data object; a string
     * data is written as it is (such as {@code [DONE]}).
     */
    static void events(HttpExchange exchange, List<Object[]> events) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            for (Object[] event : events) {
                StringBuilder chunk = new StringBuilder();
                if (event[0] != null) {
                    chunk.append("event: ").append(event[0]).append('\n');
                }
                Object data = event[1];
                chunk.append("data: ").append(data instanceof String s ? s : JSON.writeValueAsString(data)).append("\n\n");
                out.write(chunk.toString().getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        }
    }

    /** A JSON object from alternating keys and values, in that order (values may be null). */
    static Map<String, Object> obj(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }

    /** A named event. */
    static Object[] event(String name, Object data) {
        return new Object[] {name, data};
    }

    /** A data-only event. */
    static Object[] data(Object data) {
        return new Object[] {null, data};
    }
}
