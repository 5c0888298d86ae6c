package dev.agentry.detect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.agentry.catalog.Ecosystem;

/** Bundler's {@code Gemfile} (or {@code gems.rb}): the gems it declares, each {@code gem "name"} line. */
final class Gemfile implements ManifestReader {

    private static final Pattern GEM = Pattern.compile("(?m)^\\s*gem\\s*\\(?\\s*[\"']([^\"']+)[\"']");

    @Override
    public boolean reads(String path) {
        String name = PathIndex.name(path);
        return name.equals("Gemfile") || name.equals("gems.rb");
    }

    @Override
    public void read(String path, String text, Facts facts) {
        for (Matcher m = GEM.matcher(text); m.find();) {
            facts.dependency(Ecosystem.GEM, m.group(1), path);
        }
    }
}
