package dev.agentry.clients;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/**
 * Where the real clients are installed and at which versions they must be: the pins of {@code .ci/agent-clients}, the
 * install folder ({@code -Dagentry.clients.dir}, else {@code AGENTRY_CLIENTS_DIR}, else
 * {@code ${XDG_CACHE_HOME:-~/.cache}/agentry-ci/clients}, as {@code .ci/install-clients} uses it), and which clients
 * a run drives ({@code -Dagentry.clients=ID,...}) or skips ({@code -Dagentry.clients.skip=true}, or a list of ids).
 */
final class ClientInstall {

    static final String PINS = ".ci/agent-clients";
    static final String DIR_PROPERTY = "agentry.clients.dir";
    static final String DIR_VARIABLE = "AGENTRY_CLIENTS_DIR";
    static final String USER_CACHE_PROPERTY = "agentry.clients.userCache";
    static final String SKIP_PROPERTY = "agentry.clients.skip";
    static final String ONLY_PROPERTY = "agentry.clients";

    /** One pinned client: its command and its npm packages as {@code name@version}. */
    record Pin(String id, String command, List<String> packages) {
    }

    private final Path dir;
    private final Map<String, Pin> pins;
    private final Set<String> skipped;
    private final Set<String> only;

    private ClientInstall(Path dir, Map<String, Pin> pins, Set<String> skipped, Set<String> only) {
        this.dir = dir;
        this.pins = pins;
        this.skipped = skipped;
        this.only = only;
    }

    static ClientInstall fromEnvironment() {
        return of(installDir(), readPins(Path.of(PINS)), System.getProperty(SKIP_PROPERTY, ""), System.getProperty(ONLY_PROPERTY, ""));
    }

    /** An install folder with these pins, skipping and selecting clients as the two properties would. */
    static ClientInstall of(Path dir, Map<String, Pin> pins, String skip, String only) {
        return new ClientInstall(dir, pins, ids(skip), ids(only));
    }

    private static Path installDir() {
        String configured = System.getProperty(DIR_PROPERTY, System.getenv().getOrDefault(DIR_VARIABLE, ""));
        if (!configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        // the build gives the tests a cache folder of their own (XDG_CACHE_HOME under target/) and says where the
        // user's is, where .ci/install-clients put the clients
        String cache = System.getProperty(USER_CACHE_PROPERTY, System.getenv().getOrDefault("XDG_CACHE_HOME", ""));
        Path base = cache.isBlank() ? Path.of(System.getProperty("user.home"), ".cache") : Path.of(cache);
        return base.resolve("agentry-ci/clients");
    }

    static Map<String, Pin> readPins(Path file) {
        Map<String, Pin> pins = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] words = line.strip().split("\\s+");
                if (words.length >= 3 && !words[0].startsWith("#")) {
                    pins.put(words[0], new Pin(words[0], words[1], List.of(Arrays.copyOfRange(words, 2, words.length))));
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read the client pins " + file.toAbsolutePath(), e);
        }
        return pins;
    }

    private static Set<String> ids(String property) {
        return Arrays.stream(property.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    Path dir() {
        return dir;
    }

    /**
     * True when this run drives the client: {@code -Dagentry.clients=ID,...} (when given) names it, and
     * {@code -Dagentry.clients.skip} ({@code true}, {@code all} or a list of ids) does not.
     */
    boolean selects(String id) {
        boolean skip = skipped.contains(id) || skipped.contains("true") || skipped.contains("all");
        return !skip && (only.isEmpty() || only.contains(id));
    }

    /** The client's command in the install folder. */
    Path command(String id) {
        return dir.resolve(id).resolve("node_modules/.bin").resolve(pin(id).command());
    }

    Pin pin(String id) {
        Pin pin = pins.get(id);
        if (pin == null) {
            throw new IllegalStateException("no pin for client " + id + " in " + PINS);
        }
        return pin;
    }

    /** Why the client cannot run (not installed, or at another version) and how to fix it; empty when it can. */
    Optional<String> problem(String id) {
        Pin pin = pin(id);
        String fix = " Install the pinned clients with `.ci/install-clients " + dir + "` (npm, about a minute), point the"
                + " tests at another install with -D" + DIR_PROPERTY + "=DIR (or " + DIR_VARIABLE + "), or skip this client with -D"
                + SKIP_PROPERTY + "=" + id + " (-D" + SKIP_PROPERTY + "=true skips them all).";
        if (!Files.isExecutable(command(id))) {
            return Optional.of(id + " is not installed: no " + command(id) + "." + fix);
        }
        for (String spec : pin.packages()) {
            int at = spec.lastIndexOf('@');
            String name = spec.substring(0, at);
            String version = spec.substring(at + 1);
            String installed = installedVersion(dir.resolve(id).resolve("node_modules").resolve(name).resolve("package.json"));
            if (!version.equals(installed)) {
                return Optional.of(id + " is installed in " + dir.resolve(id) + " with " + name + " " + installed + ", not the pinned "
                        + version + "." + fix);
            }
        }
        return Optional.empty();
    }

    private static String installedVersion(Path packageJson) {
        try {
            JsonNode json = Http.JSON.readTree(Files.readString(packageJson, StandardCharsets.UTF_8));
            return json.path("version").asString("(unknown)");
        }
        catch (IOException | RuntimeException e) {
            return "(none)";
        }
    }
}
