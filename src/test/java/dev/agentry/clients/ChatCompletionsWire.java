package dev.agentry.clients;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.JsonNode;

import static dev.agentry.clients.Http.data;
import static dev.agentry.clients.Http.obj;

/** OpenAI's Chat Completions API ({@code POST .../chat/completions}), as Copilot CLI and OpenCode speak it. */
final class ChatCompletionsWire implements Wire {

    @Override
    public boolean accepts(String path) {
        return path.endsWith("/chat/completions");
    }

    @Override
    public List<String> toolNames(JsonNode body) {
        List<String> names = new ArrayList<>();
        // a function tool names itself under "function", a freeform one (Copilot's apply_patch) under "custom"
        body.path("tools").forEach(tool -> names.add(tool.path("function").path("name")
                .asString(tool.path("custom").path("name").asString(tool.path("name").asString("")))));
        return names;
    }

    @Override
    public boolean returnsResultOf(RecordedRequest request, String tool) {
        return request.hasField("tool_call_id", FakeModelApi.CALL_ID_PREFIX);
    }

    @Override
    public void reply(HttpExchange exchange, RecordedRequest request, List<ToolCall> calls) throws IOException {
        String model = request.body().path("model").asString("fake-model");
        List<Map<String, Object>> toolCalls = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            ToolCall call = calls.get(i);
            toolCalls.add(obj("index", i, "id", call.id(), "type", "function", "function",
                    obj("name", call.name(), "arguments", Http.JSON.writeValueAsString(call.arguments()))));
        }
        String finish = calls.isEmpty() ? "stop" : "tool_calls";
        Map<String, Object> usage = obj("prompt_tokens", 10, "completion_tokens", 1, "total_tokens", 11);
        if (!request.body().path("stream").asBoolean(false)) {
            Map<String, Object> message = calls.isEmpty() ? obj("role", "assistant", "content", TEXT)
                    : obj("role", "assistant", "content", null, "tool_calls", toolCalls);
            Http.json(exchange, obj("id", "chatcmpl-fake", "object", "chat.completion", "created", 0, "model", model,
                    "choices", List.of(obj("index", 0, "finish_reason", finish, "message", message)), "usage", usage));
            return;
        }
        Map<String, Object> delta = calls.isEmpty() ? obj("role", "assistant", "content", TEXT)
                : obj("role", "assistant", "content", null, "tool_calls", toolCalls);
        Http.events(exchange, List.of(
                data(chunk(model, obj("index", 0, "delta", delta, "finish_reason", null), null)),
                data(chunk(model, obj("index", 0, "delta", obj(), "finish_reason", finish), usage)),
                data("[DONE]")));
    }

    private static Map<String, Object> chunk(String model, Map<String, Object> choice, Map<String, Object> usage) {
        Map<String, Object> chunk = obj("id", "chatcmpl-fake", "object", "chat.completion.chunk", "created", 0, "model", model,
                "choices", List.of(choice));
        if (usage != null) {
            chunk.put("usage", usage);
        }
        return chunk;
    }
}
