package dev.agentry.codec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.agentry.support.AgentryException;
import dev.agentry.support.Suggestions;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads YAML into records with Jackson data binding: the only user of data binding, kept apart from {@link Codec}
 * so that loading the codec loads none of it. The mapper is built when this class is first used (the holder class
 * idiom), since building it costs about 300 ms on a cold JVM.
 */
final class RecordBinding {

    private static final YAMLMapper MAPPER = YAMLMapper.builder(Codec.YAML)
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private RecordBinding() {
    }

    /** Binds YAML, already checked for anchors and emptiness, to a record, naming unknown keys and wrong types. */
    static <T> T read(String yaml, String source, Class<T> type) {
        try {
            return MAPPER.readValue(yaml, type);
        }
        catch (UnrecognizedPropertyException e) {
            throw unknownKey(e, source + ":" + keyLine(yaml, e.getPropertyName(), e.getLocation()) + ": ");
        }
        catch (MismatchedInputException e) {
            throw e.getTargetType() == null ? Codec.translate(e, source) : wrongType(e, source);
        }
        catch (JacksonException e) {
            throw Codec.translate(e, source);
        }
    }

    private static AgentryException unknownKey(UnrecognizedPropertyException e, String where) {
        Collection<String> known = new ArrayList<>();
        e.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
        return AgentryException.usage(where + "unknown key '" + e.getPropertyName() + "'" + Codec.at(e) + "."
                + Suggestions.didYouMean(e.getPropertyName(), known)
                + " Known keys: " + String.join(", ", known.stream().sorted().toList()) + ".");
    }

    private static AgentryException wrongType(MismatchedInputException e, String source) {
        return AgentryException.usage(Codec.where(source, e.getLocation()) + "wrong type" + Codec.at(e) + ": expected "
                + describe(e.getTargetType()) + ". " + Codec.firstLine(e.getOriginalMessage()));
    }

    /**
     * The line of an unknown key: the parser reports where it stopped, after the key's value, so look back from
     * there for the line that declares the key.
     */
    private static String keyLine(String text, String key, TokenStreamLocation location) {
        String[] lines = text.split("\n", -1);
        int from = location == null ? lines.length : Math.min(lines.length, (int) location.getLineNr());
        for (int i = from - 1; i >= 0; i--) {
            String line = lines[i].strip();
            if (line.startsWith("- ")) {
                line = line.substring(2).strip();
            }
            if (line.startsWith(key + ":") || line.startsWith("\"" + key + "\":") || line.startsWith("'" + key + "':")) {
                return (i + 1) + ":" + (lines[i].indexOf(key) + 1);
            }
        }
        return location == null ? "?" : location.getLineNr() + ":" + location.getColumnNr();
    }

    private static String describe(Class<?> type) {
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a mapping";
        }
        if (type == String.class) {
            return "a text value";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + String.join(", ", Arrays.stream(type.getEnumConstants())
                    .map(c -> c.toString().toLowerCase()).toList());
        }
        return "a " + type.getSimpleName().toLowerCase();
    }
}
