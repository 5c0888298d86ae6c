package dev.agentry.catalog;

import java.util.List;
import java.util.regex.Pattern;

/** The agent colors and model names Claude Code accepts. */
public final class Palette {

    /** Claude Code's documented agent colors, in the order agentry hands them out. */
    public static final List<String> COLORS = List.of("blue", "green", "purple", "yellow", "orange", "cyan", "pink", "red");

    public static final List<String> MODEL_ALIASES = List.of("sonnet", "opus", "haiku", "inherit");

    private static final Pattern MODEL_ID = Pattern.compile("claude-[a-z0-9.-]+");

    private Palette() {
    }

    public static boolean isColor(String color) {
        return COLORS.contains(color);
    }

    public static boolean isModel(String model) {
        return MODEL_ALIASES.contains(model) || MODEL_ID.matcher(model).matches();
    }
}
