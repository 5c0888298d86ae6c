package dev.agentry.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * The user's home and config folders as the user's shell sees them: {@code $HOME} (Java's {@code user.home} comes from
 * the system's user database and ignores it) and {@code $XDG_CONFIG_HOME}, else {@code ~/.config}. The one owner of
 * both, for the shell's {@code ~}, its completion and its history.
 */
public final class Home {

    private Home() {
    }

    /** The home folder: {@code $HOME} when set, else Java's {@code user.home}. */
    public static String folder() {
        return folder(System.getenv());
    }

    static String folder(Map<String, String> env) {
        String home = env.get("HOME");
        return home == null || home.isBlank() ? System.getProperty("user.home") : home;
    }

    /** agentry's config folder: {@code $XDG_CONFIG_HOME/agentry}, else {@code ~/.config/agentry}. */
    public static Path configFolder() {
        return configFolder(System.getenv());
    }

    static Path configFolder(Map<String, String> env) {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path config = xdg == null || xdg.isBlank() ? Path.of(folder(env), ".config") : Path.of(xdg);
        return config.resolve("agentry");
    }
}
