package dev.agentry.pack;

import java.util.Optional;

import dev.agentry.catalog.ScaffoldLayer;
import dev.agentry.codec.Codec;
import dev.agentry.codec.YamlMapping;
import dev.agentry.support.AgentryException;

/**
 * What a scaffold layer says about itself in its {@code catalog.yml}: its name, its version and the agentry versions
 * it needs ({@code requires-agentry}). Read before the catalogue, and leniently, so that a pack written for a newer
 * agentry (whose files this one may not understand) is refused for that reason, with that message.
 *
 * @param name the pack's name, or null
 * @param version the pack's version, or null
 * @param requires the agentry versions it needs, or null for any
 * @param requiresLine the line of {@code requires-agentry} in the file (0 when absent)
 */
public record Manifest(String source, String name, String version, Requirement requires, int requiresLine) {

    public static final String FILE = "catalog.yml";
    static final String REQUIRES = "requires-agentry";

    /** The manifest of a layer; empty values when it has no catalog.yml. */
    public static Manifest of(ScaffoldLayer layer) {
        String source = layer.name() + "/" + FILE;
        Optional<String> text = layer.read(FILE);
        if (text.isEmpty()) {
            return new Manifest(source, null, null, null, 0);
        }
        YamlMapping mapping = Codec.readYamlMapping(text.get(), source);
        int line = mapping.keyLines().getOrDefault(REQUIRES, 0);
        Requirement requires = null;
        Object given = mapping.values().get(REQUIRES);
        if (given != null) {
            try {
                requires = Requirement.parse(String.valueOf(given));
            }
            catch (IllegalArgumentException e) {
                throw AgentryException.usage(source + ":" + line + " (" + REQUIRES + "): '" + given + "' is not a version"
                        + " requirement: " + e.getMessage() + ".");
            }
        }
        return new Manifest(source, text(mapping, "name"), text(mapping, "version"), requires, line);
    }

    private static String text(YamlMapping mapping, String key) {
        Object value = mapping.values().get(key);
        return value == null ? null : String.valueOf(value).strip();
    }

    /**
     * Refuses (exit 2) a layer that needs another agentry than this one.
     *
     * @param what how the message names the layer, for example "Scaffold pack acme-team 1.4.0 (https://...)"
     * @param fix what the user can do instead, starting with a space (or empty)
     */
    public void requireAgentry(String agentryVersion, String what, String fix) {
        if (requires != null && !requires.admits(agentryVersion)) {
            throw AgentryException.usage(what + " needs agentry " + requires.text() + " (" + source + ":" + requiresLine
                    + "), and this is agentry " + agentryVersion + ": upgrade agentry." + fix);
        }
    }

    /** The name and version for messages: "acme-team 1.4.0", or the fallback when the manifest names none. */
    public String label(String fallback) {
        String shown = name == null || name.isEmpty() ? fallback : name;
        return version == null || version.isEmpty() ? shown : shown + " " + version;
    }
}
