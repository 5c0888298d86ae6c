package dev.agentry.detect;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.agentry.catalog.Ecosystem;

/**
 * Gradle build and settings scripts, Groovy or Kotlin DSL. Scripts are programs that only Gradle can run, so their
 * declarations are read by pattern: plugin ids ({@code id("org.springframework.boot")}, {@code kotlin("jvm")},
 * {@code apply plugin: 'x'}) and quoted coordinates ({@code "group:artifact:version"}, {@code group: 'g', name: 'a'}).
 * Dependencies named through a version catalogue ({@code libs.x}) are read from the catalogue itself.
 */
final class GradleScript implements ManifestReader {

    private static final Pattern PLUGIN_ID = Pattern.compile("\\bid\\s*\\(?\\s*[\"']([A-Za-z0-9_.\\-]+)[\"']");
    private static final Pattern KOTLIN = Pattern.compile("\\bkotlin\\s*\\(\\s*[\"']([A-Za-z0-9_.\\-]+)[\"']");
    private static final Pattern APPLY = Pattern.compile(
            "\\bapply\\s*\\(?\\s*plugin\\s*[:=]\\s*[\"']([A-Za-z0-9_.\\-]+)[\"']");
    private static final Pattern COORDINATE = Pattern.compile(
            "[\"']([A-Za-z0-9_.\\-]+):([A-Za-z0-9_.\\-]+)(?::[^\"'\\s]*)?[\"']");
    private static final Pattern MAP_NOTATION = Pattern.compile(
            "\\bgroup\\s*[:=]\\s*[\"']([^\"']+)[\"']\\s*,\\s*name\\s*[:=]\\s*[\"']([^\"']+)[\"']");

    @Override
    public boolean reads(String path) {
        String name = PathIndex.name(path).toLowerCase(Locale.ROOT);
        return name.equals("build.gradle") || name.equals("build.gradle.kts") || name.equals("settings.gradle")
                || name.equals("settings.gradle.kts");
    }

    @Override
    public void read(String path, String text, Facts facts) {
        for (Matcher m = PLUGIN_ID.matcher(text); m.find();) {
            facts.dependency(Ecosystem.GRADLE_PLUGIN, m.group(1), path);
        }
        for (Matcher m = APPLY.matcher(text); m.find();) {
            facts.dependency(Ecosystem.GRADLE_PLUGIN, m.group(1), path);
        }
        for (Matcher m = KOTLIN.matcher(text); m.find();) {
            // kotlin("jvm") applies a plugin; kotlin("stdlib") in dependencies names a library: either shows Kotlin
            facts.dependency(Ecosystem.GRADLE_PLUGIN, "org.jetbrains.kotlin." + m.group(1), path);
            facts.dependency(Ecosystem.MAVEN, "org.jetbrains.kotlin:kotlin-" + m.group(1), path);
        }
        for (Matcher m = COORDINATE.matcher(text); m.find();) {
            facts.dependency(Ecosystem.MAVEN, m.group(1) + ":" + m.group(2), path);
        }
        for (Matcher m = MAP_NOTATION.matcher(text); m.find();) {
            facts.dependency(Ecosystem.MAVEN, m.group(1) + ":" + m.group(2), path);
        }
    }
}
