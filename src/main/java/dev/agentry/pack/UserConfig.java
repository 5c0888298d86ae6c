package dev.agentry.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.agentry.codec.Codec;
import dev.agentry.codec.YamlMapping;
import dev.agentry.support.AgentryException;
import dev.agentry.support.Suggestions;

/**
 * The user's own settings, {@code config.yml} in agentry's config folder (see {@link Places}); today the scaffold
 * sources a fleet run trusts:
 *
 * <pre>
 * trusted-sources:
 *   - https://github.com/acme/
 *   - git@github.com:acme/
 * </pre>
 *
 * A missing file means no restriction; a malformed one is an error naming its line.
 */
public record UserConfig(Trust trust) {

    static final String TRUSTED_SOURCES = "trusted-sources";
    private static final Set<String> KEYS = Set.of(TRUSTED_SOURCES);

    /** The configuration in this file; the defaults when it does not exist. */
    public static UserConfig read(Path file, Path home) {
        if (!Files.isRegularFile(file)) {
            return new UserConfig(Trust.ANY);
        }
        String name = file.toString();
        YamlMapping mapping;
        try {
            mapping = Codec.readYamlMapping(Codec.decode(Files.readAllBytes(file), name), name);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        for (String key : mapping.values().keySet()) {
            if (!KEYS.contains(key)) {
                throw AgentryException.usage(name + ":" + mapping.keyLines().getOrDefault(key, 0) + ": unknown key '" + key + "'."
                        + Suggestions.didYouMean(key, KEYS) + " Known keys: " + String.join(", ", KEYS) + ".");
            }
        }
        if (!mapping.values().containsKey(TRUSTED_SOURCES)) {
            return new UserConfig(Trust.ANY);
        }
        return new UserConfig(new Trust(prefixes(mapping, name, home), name));
    }

    private static List<String> prefixes(YamlMapping mapping, String name, Path home) {
        Object value = mapping.values().get(TRUSTED_SOURCES);
        int line = mapping.keyLines().getOrDefault(TRUSTED_SOURCES, 0);
        if (!(value instanceof List<?> list)) {
            throw AgentryException.usage(name + ":" + line + " (" + TRUSTED_SOURCES + "): must be a list of source prefixes,"
                    + " such as\n" + TRUSTED_SOURCES + ":\n  - https://github.com/acme/");
        }
        List<Integer> lines = mapping.itemLines().getOrDefault(TRUSTED_SOURCES, List.of());
        List<String> prefixes = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            if (item == null || item instanceof List<?> || item instanceof Map<?, ?> || String.valueOf(item).isBlank()) {
                throw AgentryException.usage(name + ":" + (i < lines.size() ? lines.get(i) : line) + " (" + TRUSTED_SOURCES
                        + "): item " + (i + 1) + " must be a URL or path prefix.");
            }
            String prefix = String.valueOf(item).strip();
            prefixes.add(prefix.startsWith("~/") ? home.resolve(prefix.substring(2)).toString() : prefix);
        }
        return prefixes;
    }
}
