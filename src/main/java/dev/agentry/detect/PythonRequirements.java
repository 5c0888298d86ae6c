package dev.agentry.detect;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.agentry.catalog.Ecosystem;

/**
 * pip's requirements files ({@code requirements*.txt}, {@code requirements/*.txt}), one requirement per line, and the
 * quoted requirements of {@code setup.py}'s {@code install_requires} and {@code extras_require}.
 */
final class PythonRequirements implements ManifestReader {

    private static final Pattern EGG = Pattern.compile("#egg=([A-Za-z0-9._-]+)");
    private static final Pattern SETUP_LISTS = Pattern.compile(
            "(?s)(?:install_requires|extras_require)\\s*=\\s*([\\[{].*?[\\]}])\\s*[,)]");
    /** A list inside those: extras_require maps names of extras to lists, and only the lists name packages. */
    private static final Pattern LIST = Pattern.compile("(?s)\\[(.*?)]");
    private static final Pattern QUOTED = Pattern.compile("[\"']([^\"']+)[\"']");

    @Override
    public boolean reads(String path) {
        String name = PathIndex.name(path).toLowerCase(Locale.ROOT);
        return name.equals("setup.py") || name.endsWith(".txt") && (name.contains("requirements")
                || path.contains("requirements/"));
    }

    @Override
    public void read(String path, String text, Facts facts) {
        if (PathIndex.name(path).equals("setup.py")) {
            for (Matcher lists = SETUP_LISTS.matcher(text); lists.find();) {
                for (Matcher list = LIST.matcher(lists.group(1)); list.find();) {
                    for (Matcher quoted = QUOTED.matcher(list.group(1)); quoted.find();) {
                        facts.dependency(Ecosystem.PYPI, Pep508.name(quoted.group(1)), path);
                    }
                }
            }
            return;
        }
        for (String line : text.split("\n")) {
            String requirement = line.replaceFirst("(^|\\s)#.*", "").strip();
            Matcher egg = EGG.matcher(line);
            if (egg.find()) {
                facts.dependency(Ecosystem.PYPI, egg.group(1), path);
            }
            else if (!requirement.isEmpty() && !requirement.startsWith("-") && !requirement.contains("://")) {
                facts.dependency(Ecosystem.PYPI, Pep508.name(requirement), path);
            }
        }
    }
}
