package dev.agentry.pack;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Where agentry keeps its pack cache and reads the user's configuration: {@code $XDG_CACHE_HOME/agentry/packs} and
 * {@code $XDG_CONFIG_HOME/agentry/config.yml}, by default under {@code ~/.cache} and {@code ~/.config}
 * ({@code %LOCALAPPDATA%} and {@code %APPDATA%} on Windows). A relative XDG folder is ignored, as the XDG rules say.
 */
public record Places(Path cacheHome, Path configHome) {

    public Places {
        cacheHome = cacheHome.toAbsolutePath().normalize();
        configHome = configHome.toAbsolutePath().normalize();
    }

    /** The folders of the current user's environment. */
    public static Places fromEnvironment() {
        return of(System::getenv, Path.of(System.getProperty("user.home")), System.getProperty("os.name", "").startsWith("Windows"));
    }

    /** The folders for an environment (a variable's value, or null when unset), home folder and system. */
    static Places of(UnaryOperator<String> environment, Path home, boolean windows) {
        Path cache = folder(environment.apply("XDG_CACHE_HOME"));
        Path config = folder(environment.apply("XDG_CONFIG_HOME"));
        if (cache == null) {
            Path local = windows ? folder(environment.apply("LOCALAPPDATA")) : null;
            cache = local != null ? local : home.resolve(".cache");
        }
        if (config == null) {
            Path roaming = windows ? folder(environment.apply("APPDATA")) : null;
            config = roaming != null ? roaming : home.resolve(".config");
        }
        return new Places(cache, config);
    }

    /** The pack cache. */
    public Path packs() {
        return cacheHome.resolve("agentry").resolve("packs");
    }

    /** The user's configuration file. */
    public Path config() {
        return configHome.resolve("agentry").resolve("config.yml");
    }

    private static Path folder(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Path path = Path.of(value);
        return path.isAbsolute() ? path : null;
    }
}
