package dev.agentry.detect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.agentry.catalog.Ecosystem;

/** What the manifests of a repository declare, as its readers found it, each with how much it counts where it is. */
final class Facts {

    /**
     * A package a manifest declares, or an action a CI step uses.
     *
     * @param name the name as the ecosystem compares it
     * @param shown the name as written
     * @param factor how much it counts where it was found ({@link Location})
     */
    record Dependency(Ecosystem ecosystem, String name, String shown, String path, double factor) {
    }

    /**
     * One line of a CI step or package script.
     *
     * @param commands the line's commands, each split into shell words
     * @param deploying true when the step belongs to a job, workflow or script about deploying or releasing
     */
    record Command(String line, List<List<String>> commands, String path, boolean deploying, double factor) {
    }

    private final Map<Ecosystem, List<Dependency>> dependencies = new LinkedHashMap<>();
    private final Map<String, Integer> seen = new LinkedHashMap<>();
    private final List<Command> commands = new ArrayList<>();
    private final Map<String, Set<String>> legacyFiles = new LinkedHashMap<>();

    /** A package declared by the manifest at {@code path}. */
    void dependency(Ecosystem ecosystem, String name, String path) {
        add(ecosystem, name, path, Location.manifest(path));
    }

    /** An action a CI step uses, which counts as the step does. */
    void stepDependency(Ecosystem ecosystem, String name, String path, boolean deploying) {
        add(ecosystem, name, path, Location.step(path, deploying));
    }

    private void add(Ecosystem ecosystem, String name, String path, double factor) {
        if (name == null || name.isBlank()) {
            return;
        }
        String normalized = ecosystem.normalize(name);
        List<Dependency> list = dependencies.computeIfAbsent(ecosystem, k -> new ArrayList<>());
        Dependency dependency = new Dependency(ecosystem, normalized, name.strip(), path, factor);
        // the same name declared twice in one file counts once, where it counts most
        Integer at = seen.putIfAbsent(ecosystem.id() + ":" + normalized + "@" + path, list.size());
        if (at == null) {
            list.add(dependency);
        }
        else if (factor > list.get(at).factor()) {
            list.set(at, dependency);
        }
    }

    void command(String line, String path, boolean deploying) {
        String stripped = line.strip();
        if (!stripped.isEmpty() && !stripped.startsWith("#")) {
            commands.add(new Command(stripped, Shell.commands(stripped), path, deploying, Location.step(path, deploying)));
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
