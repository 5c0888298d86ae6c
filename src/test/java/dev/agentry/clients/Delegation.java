package dev.agentry.clients;

import java.util.List;
import java.util.Map;

/**
 * What the fake model does when a client offers it a delegation tool: one answer that calls the tool once per agent
 * (all calls in one message), then it waits until every agent's instructions reached it before the main agent's turn
 * ends (for clients that run subagents in the background).
 *
 * @param tool the client's delegation tool (namespace.name for a namespaced tool)
 * @param calls the arguments of each call, one per agent
 * @param instructions each agent's instructions as the client should send them, which mark its subagent's requests
 * @param atOnce how many calls one answer holds at most: the rest follow, a batch at a time, as the results come back
 */
record Delegation(String tool, List<Map<String, Object>> calls, List<String> instructions, int atOnce) {

    Delegation {
        calls = List.copyOf(calls);
        instructions = List.copyOf(instructions);
        if (atOnce < 1) {
            throw new IllegalArgumentException("atOnce must be positive");
        }
    }

    /** Every call in one answer. */
    Delegation(String tool, List<Map<String, Object>> calls, List<String> instructions) {
        this(tool, calls, instructions, Integer.MAX_VALUE);
    }
}
