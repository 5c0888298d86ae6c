package dev.agentry.compose;

import java.util.List;
import java.util.Objects;

/**
 * One group of stack-specific practices for an agent, shown under its own heading.
 *
 * @param stack the display name of the stack the lines come from (the team's stack or a companion)
 * @param platform the deployment platform's display name when the lines say how that platform runs the stack, else null
 */
public record Practice(String stack, String platform, List<String> lines) {

    public Practice {
        Objects.requireNonNull(stack, "stack is required");
        lines = List.copyOf(lines);
    }
}
