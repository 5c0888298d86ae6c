package dev.agentry.render;

import java.util.Objects;

/**
 * One workflow skill rendered in memory.
 *
 * @param name the skill's name, typed as {@code /name}
 * @param description one line: when to use the skill
 * @param argumentHint what to type after {@code /name}, or null
 * @param body the skill's instructions (Markdown)
 */
public record RenderedSkill(String name, String description, String argumentHint, String body) {

    public RenderedSkill {
        Objects.requireNonNull(name, "name is required");
        Objects.requireNonNull(description, "description is required");
        Objects.requireNonNull(body, "body is required");
    }
}
