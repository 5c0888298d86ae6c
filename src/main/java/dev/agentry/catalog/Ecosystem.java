package dev.agentry.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A kind of package a manifest declares, as a detection signal names it ({@code go:github.com/gin-gonic/gin}), with
 * the way its names compare.
 */
public enum Ecosystem {
    /** Maven and Gradle coordinates, {@code group:artifact}. */
    MAVEN("maven", "declares"),
    /** Gradle plugin ids ({@code org.springframework.boot}). */
    GRADLE_PLUGIN("gradle-plugin", "applies plugin"),
    NPM("npm", "depends on"),
    /** Python distributions, compared as PEP 503 normalises them. */
    PYPI("pypi", "requires"),
    GO("go", "requires module"),
    GEM("gem", "has gem"),
    /** NuGet packages and MSBuild project SDKs, compared without case. */
    NUGET("nuget", "references"),
    PUB("pub", "depends on"),
    /** Terraform providers by local name ({@code aws}, {@code google}, {@code azurerm}). */
    TERRAFORM("terraform", "uses provider"),
    /** CI actions and reusable workflows ({@code owner/repo}), compared without case. */
    ACTIONS("actions", "uses"),
    /** The images the services of a Compose file run, without registry or tag ({@code postgres}, {@code traefik}). */
    COMPOSE("compose", "runs image");

    private final String id;
    private final String verb;

    Ecosystem(String id, String verb) {
        this.id = id;
        this.verb = verb;
    }

    public String id() {
        return id;
    }

    /** How evidence says a manifest declares a name: "requires", "depends on" ... */
    public String verb() {
        return verb;
    }

    /** A name as it compares in this ecosystem. */
    public String normalize(String name) {
        String stripped = name.strip();
        return switch (this) {
            case PYPI -> stripped.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
            case NUGET, ACTIONS, TERRAFORM -> stripped.toLowerCase(Locale.ROOT);
            default -> stripped;
        };
    }

    public static Optional<Ecosystem> byId(String id) {
        return Arrays.stream(values()).filter(e -> e.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Ecosystem::id).toList();
    }
}
