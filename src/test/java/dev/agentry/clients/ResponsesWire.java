package dev.agentry.clients;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.JsonNode;

import static dev.agentry.clients.Http.event;
import static dev.agentry.clients.Http.obj;

/**
 * OpenAI's Responses API ({@code POST .../responses}), as Codex speaks it; a tool in a namespace (Codex's
 * {@code multi_agent_v1.spawn_agent}) is named {@code namespace.name}.
 */
final class ResponsesWire implements Wire {

    @Override
    public boolean accepts(String path) {
        return path.endsWith("/responses");
    }

    @Override
    public List<String> toolNames(JsonNode body) {
        List<String> names = new ArrayList<>();
        for (JsonNode tool : body.path("tools")) {
            String name = tool.path("name").asString("");
            names.add(name);
            tool.path("tools").forEach(inner -> names.add(name + "." + inner.path("name").asString("")));
        }
        return names;
    }

    @Override
    public boolean returnsResultOf(RecordedRequest request, String tool) {
        for (JsonNode item : request.body().path("input")) {
            if (item.path("type").asString("").equals("function_call_output")
                    && item.path("call_id").asString("").startsWith(FakeModelApi.CALL_ID_PREFIX)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void reply(HttpExchange exchange, RecordedRequest request, List<ToolCall> calls) throws IOException {
        String model = request.body().path("model").asString("fake-model");
        List<Map<String, Object>> items = new ArrayList<>();
        for (ToolCall call : calls) {
            int dot = call.name().lastIndexOf('.');
            Map<String, Object> item = obj("type", "function_call", "id", "fc_" + call.id(), "call_id", call.id(),
                    "status", "completed", "name", call.name().substring(dot + 1),
                    "arguments", Http.JSON.writeValueAsString(call.arguments()));
            if (dot > 0) {
                item.put("namespace", call.name().substring(0, dot));
            }
            items.add(item);
        }
        if (calls.isEmpty()) {
            items.add(obj("type", "message", "id", "msg_fake", "status", "completed", "role", "assistant",
                    "content", List.of(obj("type", "output_text", "text", TEXT, "annotations", List.of()))));
        }
        Map<String, Object> usage = obj("input_tokens", 10, "input_tokens_details", obj("cached_tokens", 0), "output_tokens", 1,
                "output_tokens_details", obj("reasoning_tokens", 0), "total_tokens", 11);
        Map<String, Object> response = obj("id", "resp_fake", "object", "response", "created_at", 0, "status", "completed",
                "model", model, "output", items, "usage", usage);
        if (!request.body().path("stream").asBoolean(false)) {
            Http.json(exchange, response);
            return;
        }
        List<Object[]> events = new ArrayList<>();
        Map<String, Object> started = new java.util.LinkedHashMap<>(response);
        started.put("status", "in_progress");
        started.put("output", List.of());
        events.add(event("response.created", obj("type", "response.created", "response", started)));
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> item = items.get(i);
            events.add(event("response.output_item.added", obj("type", "response.output_item.added", "output_index", i,
                    "item", item)));
            if (item.get("type").equals("function_call")) {
                events.add(event("response.function_call_arguments.done", obj("type", "response.function_call_arguments.done",
                        "item_id", item.get("id"), "output_index", i, "arguments", item.get("arguments"))));
            }
            else {
                events.add(event("response.output_text.delta", obj("type", "response.output_text.delta", "item_id",
                        item.get("id"), "output_index", i, "content_index", 0, "delta", TEXT)));
            }
            events.add(event("response.output_item.done", obj("type", "response.output_item.done", "output_index", i,
                    "item", item)));
        }
        events.add(event("response.completed", obj("type", "response.completed", "response", response)));
        Http.events(exchange, events);
    }
}
