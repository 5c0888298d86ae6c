package dev.agentry.support;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** agentry's own version, as built. */
public final class Version {

    private static final String VERSION = load();

    private Version() {
    }

    public static String current() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = Version.class.getClassLoader().getResourceAsStream("agentry-version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "dev");
            return version.startsWith("@") ? "dev" : version;
        }
        catch (IOException e) {
            return "dev";
        }
    }
}
