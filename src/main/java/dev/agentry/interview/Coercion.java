package dev.agentry.interview;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Converts a value given as text (by --set or by hand) to the type of the value it overrides. */
final class Coercion {

    private Coercion() {
    }

    /**
     * The value in the type of {@code declared} (a boolean, a number, a list), or as it is when nothing is declared;
     * a value that cannot be converted is blamed on its place in {@code source}.
     */
    static Object coerce(AnswerSource source, String key, Object value, Object declared) {
        if (declared instanceof Boolean) {
            if (value instanceof Boolean) {
                return value;
            }
            String text = String.valueOf(value).strip().toLowerCase(Locale.ROOT);
            return switch (text) {
                case "true", "yes", "on" -> Boolean.TRUE;
                case "false", "no", "off" -> Boolean.FALSE;
                default -> throw source.problem(key, -1, "'" + key + "' must be true or false, not '" + value + "'", "");
            };
        }
        if (declared instanceof Number) {
            if (value instanceof Number) {
                return value;
            }
            try {
                String text = String.valueOf(value).strip();
                return text.contains(".") ? (Object) Double.valueOf(text) : (Object) Long.valueOf(text);
            }
            catch (NumberFormatException e) {
                throw source.problem(key, -1, "'" + key + "' must be a number, not '" + value + "'", "");
            }
        }
        if (declared instanceof List<?> && !(value instanceof List<?>)) {
            return Arrays.stream(String.valueOf(value).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value instanceof Boolean || value instanceof Number ? value : String.valueOf(value);
    }
}
