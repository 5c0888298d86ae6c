package dev.agentry.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import dev.agentry.apply.FileSystem;
import dev.agentry.apply.Workspace;
import dev.agentry.codec.Codec;
import dev.agentry.compose.Team;
import dev.agentry.format.ClaudeFormat;
import dev.agentry.format.ClaudeSettings;
import dev.agentry.format.ClaudeSkills;
import dev.agentry.interview.Keys;
import dev.agentry.plan.DesiredFile;
import dev.agentry.support.AgentryException;
import dev.agentry.support.ExitCode;
import dev.agentry.support.IoFailures;
import dev.agentry.support.IoFailures.Doing;

/**
 * {@code export plugin}: a target's Claude Code team (its agents and workflow skills) as a Claude Code plugin, and
 * optionally a marketplace that lists it, so that one team can be installed in many repositories. Each agent and skill
 * is exported as it is in the target (with the user's edits), or as agentry renders it where the target has no such
 * file. The folder is agentry's: an export records what it wrote, and a later export replaces it.
 */
public final class ExportPlugin {

    /**
     * What an export was asked for.
     *
     * @param author the plugin's author, or null for the project's name
     */
    public record Request(Path target, Path out, Listing listing, Into into, String author) {
    }

    /** Whether the plugin comes with a marketplace that lists it ({@code --marketplace}). */
    public enum Listing {
        /** The plugin alone. */
        PLUGIN,
        /** The plugin and a {@code .claude-plugin/marketplace.json} that lists it, for {@code /plugin marketplace add}. */
        MARKETPLACE
    }

    /** Which folders an export may write into. */
    public enum Into {
        /** A new or empty folder, or an earlier export (whose files no longer part of it are deleted). */
        NEW_OR_EARLIER_EXPORT,
        /** Any folder ({@code --force}): files of the same names are overwritten, others left alone. */
        ANY_FOLDER
    }

    /**
     * What was written.
     *
     * @param notes what the export found to say besides, as every command does (an interrupted run it finished first)
     */
    public record Result(Path out, String name, String version, List<String> agents, List<String> skills, boolean marketplace,
            List<String> written, List<String> deleted, boolean updated, List<String> notes) {
    }

    public static final String MANIFEST = ".claude-plugin/plugin.json";
    public static final String MARKETPLACE = ".claude-plugin/marketplace.json";
    /** The record of an export, which tells a later export that the folder is agentry's. */
    public static final String RECORD = ".agentry-export.json";

    private final Pipeline pipeline;
    private final FileSystem fs;

    public ExportPlugin(Scaffolds scaffolds, FileSystem fs) {
        this.pipeline = new Pipeline(scaffolds, fs);
        this.fs = fs;
    }

    public Result run(Request request) {
        Workspace workspace = Workspace.of(request.target());
        // a run of the target's that stopped halfway is finished first, as by every command, so the export reads a whole
        // team
        List<String> notes = Opening.withTeam(workspace, fs, "run 'agentry generate' there first, then export it.");
        Path out = request.out().toAbsolutePath().normalize();
        if (out.startsWith(workspace.root().toAbsolutePath().normalize().resolve(".claude"))) {
            throw AgentryException.usage(out + " is inside the target's .claude/ folder, where Claude Code would read the"
                    + " export as part of the team: export to a folder of its own.");
        }
        // the team as Claude Code files; the settings and CLAUDE.md are the repository's, not the plugin's
        Pipeline.Prepared prepared = pipeline.prepare(workspace, dev.agentry.app.Request.to(workspace.root())
                .flags(Map.of(Keys.TARGETS, ClaudeFormat.ID))
                .sets(Map.of(ClaudeSettings.SETTING, "false", ClaudeFormat.SETTING, "false")).dryRun().build());
        Team team = prepared.team();
        Map<String, String> files = new LinkedHashMap<>();
        List<String> agents = new ArrayList<>();
        List<String> skills = new ArrayList<>();
        for (DesiredFile file : prepared.desired()) {
            String path = file.path();
            if (path.startsWith(ClaudeFormat.AGENTS_FOLDER)) {
                String name = path.substring(ClaudeFormat.AGENTS_FOLDER.length());
                files.put("agents/" + name, inTarget(workspace, file));
                agents.add(name.substring(0, name.length() - ".md".length()));
            }
            else if (path.startsWith(ClaudeSkills.FOLDER)) {
                String name = path.substring(ClaudeSkills.FOLDER.length());
                files.put("skills/" + name, inTarget(workspace, file));
                skills.add(name.substring(0, name.indexOf('/')));
            }
        }
        String name = pluginName(team.answers().projectName());
        String version = team.catalog().version();
        String author = request.author() == null || request.author().isBlank() ? team.answers().projectName() : request.author();
        String description = team.projectType().name() + " team of " + team.answers().projectName() + " (" + team.stack().name()
                + " on " + team.deployment().name() + "): " + agents.size() + " agents and " + skills.size()
                + " workflow skills, from agentry";
        files.put(MANIFEST, Codec.writeJson(manifest(name, version, description, author)));
        boolean marketplace = request.listing() == Listing.MARKETPLACE;
        if (marketplace) {
            files.put(MARKETPLACE, Codec.writeJson(marketplace(name, version, description, author)));
        }
        Written written = write(out, files, request.into());
        return new Result(out, name, version, agents, skills, marketplace, List.copyOf(files.keySet()),
                written.deleted(), written.updated(), notes);
    }

    /** The file as the target has it (the user's edits included), or agentry's render where it has none. */
    private static String inTarget(Workspace workspace, DesiredFile file) {
        Path path = workspace.resolve(file.path());
        if (!Files.isRegularFile(path)) {
            return file.content();
        }
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            if (text.contains("\n<<<<<<< ") || text.startsWith("<<<<<<< ")) {
                throw new AgentryException(ExitCode.CONFLICTS, file.path() + " still holds conflict markers from an update:"
                        + " resolve them, then export again. Nothing was written.");
            }
            return text;
        }
        catch (IOException e) {
            throw IoFailures.of(e, Doing.READ, path);
        }
    }

    /** A plugin name Claude Code accepts: kebab-case, from the project's name. */
    static String pluginName(String projectName) {
        String name = projectName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return name.isEmpty() ? "team" : name;
    }

    private static Map<String, Object> manifest(String name, String version, String description, String author) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("name", name);
        manifest.put("version", version);
        manifest.put("description", description);
        manifest.put("author", Map.of("name", author));
        return manifest;
    }

    private static Map<String, Object> marketplace(String name, String version, String description, String author) {
        Map<String, Object> plugin = new LinkedHashMap<>();
        plugin.put("name", name);
        plugin.put("source", "./");
        plugin.put("description", description);
        plugin.put("version", version);
        Map<String, Object> marketplace = new LinkedHashMap<>();
        marketplace.put("name", name + "-marketplace");
        marketplace.put("owner", Map.of("name", author));
        marketplace.put("description", description);
        marketplace.put("plugins", List.of(plugin));
        return marketplace;
    }

    private record Written(List<String> deleted, boolean updated) {
    }

    /**
     * Writes the export: into a new or empty folder, over an earlier export (whose files that are no longer part of it
     * are deleted), or, when asked, into any folder (files of the same names are overwritten, others left alone).
     */
    private static Written write(Path out, Map<String, String> files, Into into) {
        try {
            List<String> earlier = earlierExport(out, into);
            List<String> deleted = new ArrayList<>();
            for (String path : earlier) {
                if (!files.containsKey(path) && !path.equals(RECORD) && Files.deleteIfExists(out.resolve(path))) {
                    deleted.add(path);
                    deleteEmptyParents(out, out.resolve(path).getParent());
                }
            }
            for (Map.Entry<String, String> file : files.entrySet()) {
                writeAtomically(out.resolve(file.getKey()), file.getValue());
            }
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("exportedBy", "agentry");
            record.put("files", new ArrayList<>(files.keySet()));
            writeAtomically(out.resolve(RECORD), Codec.writeJson(record));
            return new Written(deleted, earlier != null && !earlier.isEmpty());
        }
        catch (IOException e) {
            throw IoFailures.of(e, Doing.WRITE, out);
        }
    }

    /** The files an earlier export recorded; empty for a new or empty folder; refused for any other folder. */
    @SuppressWarnings("unchecked")
    private static List<String> earlierExport(Path out, Into into) throws IOException {
        if (!Files.exists(out)) {
            return List.of();
        }
        if (!Files.isDirectory(out)) {
            throw AgentryException.usage(out + " is a file: --out needs a folder for the plugin. Nothing was written.");
        }
        Path record = out.resolve(RECORD);
        if (Files.isRegularFile(record)) {
            Map<String, Object> map = Codec.readJsonMap(Files.readString(record), RECORD);
            List<String> recorded = new ArrayList<>();
            for (Object path : (List<Object>) map.getOrDefault("files", List.of())) {
                String text = String.valueOf(path);
                // only paths inside the folder are agentry's to delete
                if (!text.startsWith("/") && !text.contains("..") && !text.contains("\\")) {
                    recorded.add(text);
                }
            }
            return recorded;
        }
        try (Stream<Path> entries = Files.list(out)) {
            List<String> present = entries.map(p -> p.getFileName().toString()).sorted().toList();
            if (!present.isEmpty() && into != Into.ANY_FOLDER) {
                throw AgentryException.usage(out + " is not an earlier agentry export (it has no " + RECORD + ") and is not"
                        + " empty: " + String.join(", ", new TreeSet<>(present).stream().limit(5).toList())
                        + (present.size() > 5 ? ", ..." : "") + ". Export to a new or empty folder, or add --force to write"
                        + " the plugin into it (files of the same names are overwritten, the others left alone)."
                        + " Nothing was written.");
            }
        }
        return List.of();
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), ".agentry-", ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void deleteEmptyParents(Path out, Path folder) throws IOException {
        for (Path at = folder; at != null && at.startsWith(out) && !at.equals(out); at = at.getParent()) {
            try (Stream<Path> entries = Files.list(at)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(at);
        }
    }
}
