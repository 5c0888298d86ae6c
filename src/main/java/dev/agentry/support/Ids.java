package dev.agentry.support;

import java.util.regex.Pattern;

/** The shape every catalogue id and agent name must have: lowercase letters, digits and hyphens. */
public final class Ids {

    private static final Pattern ID = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?");

    private Ids() {
    }

    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches() && !id.contains("--");
    }

    /** True when {@code name} is a valid Claude Code agent name (3 to 50 characters). */
    public static boolean isValidAgentName(String name) {
        return isValid(name) && name.length() >= 3;
    }

    public static String describeRule() {
        return "lowercase letters, digits and single hyphens, starting and ending with a letter or digit, at most 50 characters";
    }
}
