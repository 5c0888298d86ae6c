package dev.agentry.detect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The distribution name at the start of a Python requirement ({@code fastapi[all]>=0.110; python_version>"3.9"}). */
final class Pep508 {

    private static final Pattern NAME = Pattern.compile("^\\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)");

    private Pep508() {
    }

    /** The name, or null when the text does not start with one. */
    static String name(String requirement) {
        Matcher m = NAME.matcher(requirement);
        return m.find() ? m.group(1) : null;
    }
}
