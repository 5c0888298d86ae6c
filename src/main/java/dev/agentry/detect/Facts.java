package dev.agentry.detect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.agentry.catalog.Ecosystem;

/** What the manifests of a repository declare, as its readers found it. */
final class Facts {

    /**
     * A package a manifest declares.
     *
     * @param name the name as the ecosystem compares it
     * @param shown the name as written
     */
    record Dependency(Ecosystem ecosystem, String name, String shown, String path) {
    }

    /**
     * One line of a CI step or package script.
     *
     * @param words the line split into shell words
     * @param deploying true when the step belongs to a job, workflow or script about deploying or releasing
     */
    record Command(String line, List<String> words, String path, boolean deploying) {
    }

    private final Map<Ecosystem, List<Dependency>> dependencies = new LinkedHashMap<>();
    private final Set<String> seen = new LinkedHashSet<>();
    private final List<Command> commands = new ArrayList<>();
    private final Map<String, Set<String>> legacyFiles = new LinkedHashMap<>();

    void dependency(Ecosystem ecosystem, String name, String path) {
        if (name == null || name.isBlank()) {
            return;
        }
        String normalized = ecosystem.normalize(name);
        if (seen.add(ecosystem.id() + ":" + normalized + "@" + path)) {
            dependencies.computeIfAbsent(ecosystem, k -> new ArrayList<>()).add(new Dependency(ecosystem, normalized,
                    name.strip(), path));
        }
    }

    void command(String line, String path, boolean deploying) {
        String stripped = line.strip();
        if (!stripped.isEmpty() && !stripped.startsWith("#")) {
            commands.add(new Command(stripped, Shell.words(stripped), path, deploying));
        }
    }

    /** Every line of a script (a multi-line {@code run:} block), continuation lines joined. */
    void script(String text, String path, boolean deploying) {
        for (String line : text.replace("\\\n", " ").split("\n")) {
            command(line, path, deploying);
        }
    }

    void legacyAgent(String path, Set<String> placeholders) {
        legacyFiles.put(path, placeholders);
    }

    List<Dependency> dependencies(Ecosystem ecosystem) {
        return dependencies.getOrDefault(ecosystem, List.of());
    }

    List<Command> commands() {
        return commands;
    }

    Map<String, Set<String>> legacyFiles() {
        return legacyFiles;
    }
}
