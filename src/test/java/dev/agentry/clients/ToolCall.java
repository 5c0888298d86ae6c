package dev.agentry.clients;

import java.util.Map;

/** A tool call the fake model makes, with the id it gets in the reply and its arguments as a JSON object. */
record ToolCall(String id, String name, Map<String, Object> arguments) {
}
