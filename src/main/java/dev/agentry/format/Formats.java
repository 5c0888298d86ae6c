package dev.agentry.format;

import java.util.List;
import java.util.Optional;

/** The agent tools agentry can write a team for, by target id. */
public final class Formats {

    /** In the order the wizard lists them; the first is the default target. */
    private static final List<ToolFormat> ALL = List.of(new ClaudeFormat(), new AgentsMdFormat(), new CopilotFormat(),
            new GeminiFormat(), new OpenCodeFormat(), new CodexFormat());

    private Formats() {
    }

    public static List<ToolFormat> all() {
        return ALL;
    }

    public static List<String> ids() {
        return ALL.stream().map(ToolFormat::id).toList();
    }

    public static Optional<ToolFormat> byId(String id) {
        return ALL.stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
