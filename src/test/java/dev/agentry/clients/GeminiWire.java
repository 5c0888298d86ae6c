package dev.agentry.clients;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.JsonNode;

import static dev.agentry.clients.Http.data;
import static dev.agentry.clients.Http.obj;

/**
 * Google's Gemini API ({@code :generateContent}, {@code :streamGenerateContent} as server-sent events or a JSON array),
 * as Gemini CLI speaks it.
 */
final class GeminiWire implements Wire {

    @Override
    public boolean accepts(String path) {
        return path.contains(":generateContent") || path.contains(":streamGenerateContent");
    }

    @Override
    public List<String> toolNames(JsonNode body) {
        List<String> names = new ArrayList<>();
        for (JsonNode tool : body.path("tools")) {
            tool.path("functionDeclarations").forEach(f -> names.add(f.path("name").asString("")));
        }
        return names;
    }

    @Override
    public boolean returnsResultOf(RecordedRequest request, String tool) {
        for (JsonNode content : request.body().path("contents")) {
            for (JsonNode part : content.path("parts")) {
                if (part.path("functionResponse").path("name").asString("").equals(tool)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public void reply(HttpExchange exchange, RecordedRequest request, List<ToolCall> calls) throws IOException {
        List<Map<String, Object>> parts = new ArrayList<>();
        calls.forEach(call -> parts.add(obj("functionCall", obj("id", call.id(), "name", call.name(), "args", call.arguments()))));
        if (calls.isEmpty()) {
            parts.add(obj("text", TEXT));
        }
        Map<String, Object> answer = obj("candidates", List.of(obj("content", obj("role", "model", "parts", parts),
                "finishReason", "STOP", "index", 0)), "usageMetadata", obj("promptTokenCount", 10, "candidatesTokenCount", 1,
                "totalTokenCount", 11), "modelVersion", "fake-model");
        String path = request.uri();
        if (!path.contains(":streamGenerateContent")) {
            Http.json(exchange, answer);
        }
        else if (path.contains("alt=sse")) {
            Http.events(exchange, List.<Object[]>of(data(answer)));
        }
        else {
            Http.json(exchange, List.of(answer));
        }
    }
}
