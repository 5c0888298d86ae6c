package dev.agentry.clients;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * One request a client sent to the fake model API: its path and JSON body (null when the body was not JSON).
 *
 * @param seq the order of arrival, from 1
 * @param millis when it arrived, in milliseconds after the fake API started
 * @param uri the path and query
 */
record RecordedRequest(int seq, long millis, String method, String uri, String raw, JsonNode body) {

    /** The path without the query. */
    String path() {
        int query = uri.indexOf('?');
        return query < 0 ? uri : uri.substring(0, query);
    }

    /** Every string value anywhere in the body (system prompts, messages, tool descriptions ...). */
    List<String> strings() {
        return strings(body);
    }

    /** Every string value anywhere in a JSON tree. */
    static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    /** True when one string of the body contains the text. */
    boolean carries(String text) {
        return strings().stream().anyMatch(s -> s.contains(text));
    }

    /** True when some object anywhere in the body has the field with a string value that starts with the prefix. */
    boolean hasField(String field, String prefix) {
        return hasField(body, field, prefix);
    }

    private static boolean hasField(JsonNode node, String field, String prefix) {
        if (node == null || !node.isContainer()) {
            return false;
        }
        if (node.isObject() && node.path(field).isString() && node.path(field).asString().startsWith(prefix)) {
            return true;
        }
        for (JsonNode child : node.values()) {
            if (hasField(child, field, prefix)) {
                return true;
            }
        }
        return false;
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node == null) {
            return;
        }
        if (node.isString()) {
            out.add(node.asString());
        }
        else if (node.isContainer()) {
            node.values().forEach(child -> collect(child, out));
        }
    }
}
