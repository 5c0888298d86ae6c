package dev.agentry.clients;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.JsonNode;

import static dev.agentry.clients.Http.event;
import static dev.agentry.clients.Http.obj;

/** Anthropic's Messages API ({@code POST .../v1/messages}), as Claude Code speaks it. */
final class AnthropicWire implements Wire {

    @Override
    public boolean accepts(String path) {
        return path.endsWith("/messages");
    }

    @Override
    public List<String> toolNames(JsonNode body) {
        List<String> names = new ArrayList<>();
        body.path("tools").forEach(tool -> names.add(tool.path("name").asString("")));
        return names;
    }

    @Override
    public boolean returnsResultOf(RecordedRequest request, String tool) {
        return request.hasField("tool_use_id", FakeModelApi.CALL_ID_PREFIX);
    }

    @Override
    public void reply(HttpExchange exchange, RecordedRequest request, List<ToolCall> calls) throws IOException {
        String model = request.body().path("model").asString("fake-model");
        List<Map<String, Object>> content = new ArrayList<>();
        if (calls.isEmpty()) {
            content.add(obj("type", "text", "text", TEXT));
        }
        calls.forEach(call -> content.add(obj("type", "tool_use", "id", call.id(), "name", call.name(), "input", call.arguments())));
        String stop = calls.isEmpty() ? "end_turn" : "tool_use";
        if (!request.body().path("stream").asBoolean(false)) {
            Http.json(exchange, obj("id", "msg_fake", "type", "message", "role", "assistant", "model", model, "content", content,
                    "stop_reason", stop, "stop_sequence", null, "usage", obj("input_tokens", 10, "output_tokens", 1)));
            return;
        }
        List<Object[]> events = new ArrayList<>();
        events.add(event("message_start", obj("type", "message_start", "message", obj("id", "msg_fake", "type", "message",
                "role", "assistant", "model", model, "content", List.of(), "stop_reason", null, "stop_sequence", null,
                "usage", obj("input_tokens", 10, "output_tokens", 0)))));
        for (int i = 0; i < content.size(); i++) {
            Map<String, Object> block = content.get(i);
            boolean text = block.get("type").equals("text");
            Object start = text ? obj("type", "text", "text", "")
                    : obj("type", "tool_use", "id", block.get("id"), "name", block.get("name"), "input", obj());
            Object delta = text ? obj("type", "text_delta", "text", TEXT)
                    : obj("type", "input_json_delta", "partial_json", Http.JSON.writeValueAsString(block.get("input")));
            events.add(event("content_block_start", obj("type", "content_block_start", "index", i, "content_block", start)));
            events.add(event("content_block_delta", obj("type", "content_block_delta", "index", i, "delta", delta)));
            events.add(event("content_block_stop", obj("type", "content_block_stop", "index", i)));
        }
        events.add(event("message_delta", obj("type", "message_delta", "delta", obj("stop_reason", stop, "stop_sequence", null),
                "usage", obj("output_tokens", 1))));
        events.add(event("message_stop", obj("type", "message_stop")));
        Http.events(exchange, events);
    }
}
