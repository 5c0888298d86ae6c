package dev.agentry.render;

import java.util.List;
import java.util.Objects;

/**
 * One agent rendered in memory, independent of any agent tool's file format.
 *
 * @param description one line: when the main agent should delegate to this agent
 * @param body the agent's instructions (Markdown)
 */
public record RenderedAgent(String name, String title, String description, String model, String color,
        List<String> tools, String stage, boolean deployment, String body) {

    public RenderedAgent {
        Objects.requireNonNull(name, "name is required");
        Objects.requireNonNull(description, "description is required");
        Objects.requireNonNull(body, "body is required");
        tools = tools == null ? List.of() : List.copyOf(tools);
    }
}
