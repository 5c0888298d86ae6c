package dev.agentry.detect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.agentry.catalog.Ecosystem;

/**
 * Terraform files ({@code *.tf}): the providers they configure, require, or use through resources, data sources and
 * registry modules ({@code terraform-aws-modules/vpc/aws}), by their local names.
 */
final class Terraform implements ManifestReader {

    private static final Pattern PROVIDER = Pattern.compile("(?m)^\\s*provider\\s+\"([a-z0-9_-]+)\"");
    private static final Pattern RESOURCE = Pattern.compile("(?m)^\\s*(?:resource|data)\\s+\"([a-z0-9]+)_");
    private static final Pattern SOURCE = Pattern.compile("\\bsource\\s*=\\s*\"([^\"]+)\"");

    @Override
    public boolean reads(String path) {
        return path.endsWith(".tf");
    }

    @Override
    public void read(String path, String text, Facts facts) {
        for (Matcher m = PROVIDER.matcher(text); m.find();) {
            facts.dependency(Ecosystem.TERRAFORM, m.group(1), path);
        }
        for (Matcher m = RESOURCE.matcher(text); m.find();) {
            facts.dependency(Ecosystem.TERRAFORM, m.group(1), path);
        }
        for (Matcher m = SOURCE.matcher(text); m.find();) {
            facts.dependency(Ecosystem.TERRAFORM, registryProvider(m.group(1)), path);
        }
    }

    /**
     * The provider of a registry address: {@code hashicorp/aws} (a provider), {@code terraform-aws-modules/vpc/aws} (a
     * module), either with a registry host first; null for local paths, git and web addresses.
     */
    static String registryProvider(String source) {
        if (source.startsWith(".") || source.startsWith("/") || source.contains("::") || source.contains("://")
                || source.startsWith("git@") || source.startsWith("github.com") || source.startsWith("bitbucket.org")) {
            return null;
        }
        String[] parts = source.split("//")[0].split("/");
        int first = parts.length > 0 && parts[0].contains(".") ? 1 : 0;
        int count = parts.length - first;
        return count == 2 || count == 3 ? parts[parts.length - 1] : null;
    }
}
