package dev.agentry.clients;

import java.io.IOException;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.JsonNode;

/** One model API's wire format, as a client speaks it: what it offers the model, and how the fake model answers. */
interface Wire {

    /** The reply text of every answer that is not a tool call. */
    String TEXT = "ok";

    /** True for the request paths of this wire format. */
    boolean accepts(String path);

    /** The names of the tools a request offers the model (namespace.name for a namespaced tool). */
    List<String> toolNames(JsonNode body);

    /** True when a request returns the result of one of the fake model's calls to the tool. */
    boolean returnsResultOf(RecordedRequest request, String tool);

    /** Answers with the calls, or with {@link #TEXT} when there are none; streamed when the request asks for it. */
    void reply(HttpExchange exchange, RecordedRequest request, List<ToolCall> calls) throws IOException;

    static List<Wire> all() {
        return List.of(new AnthropicWire(), new ChatCompletionsWire(), new ResponsesWire(), new GeminiWire());
    }
}
