package dev.agentry.render;

import java.util.Locale;

/** Converts kebab-case keys to the forms templates use: camelCase in FreeMarker, UPPER_SNAKE in legacy files. */
final class Names {

    private Names() {
    }

    static String camel(String kebab) {
        StringBuilder result = new StringBuilder();
        boolean upper = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-' || c == '_') {
                upper = true;
            }
            else {
                result.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return result.toString();
    }

    static String upperSnake(String kebab) {
        return kebab.replace('-', '_').toUpperCase(Locale.ROOT);
    }
}
