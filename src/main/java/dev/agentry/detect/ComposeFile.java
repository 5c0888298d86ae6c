package dev.agentry.detect;

import java.util.regex.Pattern;

import dev.agentry.catalog.Ecosystem;
import dev.agentry.codec.Manifests;

/**
 * Docker Compose files ({@code compose.yaml}, {@code docker-compose.*.yml}): the images their services run, so that a
 * file that only starts local databases can be told from one that puts the project behind a reverse proxy on a server.
 */
final class ComposeFile implements ManifestReader {

    private static final Pattern NAME = Pattern.compile("(?:docker-)?compose(?:[.-][^/]*)?\\.ya?ml");

    @Override
    public boolean reads(String path) {
        return NAME.matcher(PathIndex.name(path)).matches();
    }

    @Override
    public void read(String path, String text, Facts facts) {
        for (Object document : Manifests.yaml(text, path)) {
            Values.map(Values.at(document, "services")).values().forEach(service -> {
                if (Values.at(service, "image") instanceof String image) {
                    facts.dependency(Ecosystem.COMPOSE, repository(image), path);
                }
            });
        }
    }

    /** {@code ghcr.io/owner/app:1.2@sha256:...} as {@code owner/app}; {@code library/postgres:16} as {@code postgres}. */
    static String repository(String image) {
        String name = image.strip().replaceFirst("@.*$", "");
        int slash = name.lastIndexOf('/');
        int colon = name.lastIndexOf(':');
        if (colon > slash) {
            name = name.substring(0, colon);
        }
        String[] parts = name.split("/");
        boolean registry = parts[0].contains(".") || parts[0].contains(":") || parts[0].equals("localhost");
        int first = parts.length > 1 && registry ? 1 : 0;
        String repository = String.join("/", java.util.Arrays.copyOfRange(parts, first, parts.length));
        return repository.startsWith("library/") ? repository.substring("library/".length()) : repository;
    }
}
