package dev.agentry.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import dev.agentry.catalog.CatalogFiles.AgentsFile;
import dev.agentry.catalog.CatalogFiles.CatalogFile;
import dev.agentry.catalog.CatalogFiles.DeploymentsFile;
import dev.agentry.catalog.CatalogFiles.ProjectTypesFile;
import dev.agentry.catalog.CatalogFiles.ClaudeFile;
import dev.agentry.catalog.CatalogFiles.StacksFile;
import dev.agentry.codec.Codec;
import dev.agentry.support.AgentryException;
import dev.agentry.support.Ids;

/**
 * Loads the catalogue from its layers. Later layers win: an entry with the id of an earlier one replaces
 * it whole, a new id is added, a template of the same path overrides. Every file is read strictly and every
 * reference is checked, with errors that name the file and key.
 */
public final class CatalogLoader {

    static final String CATALOG = "catalog.yml";
    static final String PROJECT_TYPES = "project-types.yml";
    static final String DEPLOYMENTS = "deployments.yml";
    static final String STACKS = "stacks.yml";
    static final String AGENTS = "agents.yml";
    static final String CLAUDE = "claude.yml";
    static final String LEGACY_FOLDER = "agents";

    private static final String TEMPLATES = "templates";

    /** The built-in files as records, or null to parse every file (see {@link SnapshotWriter}). */
    private final Function<String, Object> snapshot;

    /** A loader that takes the built-in files from the build-time snapshot when the jar has one. */
    public CatalogLoader() {
        this(BuiltIn.SNAPSHOT);
    }

    /** A loader with this snapshot of the built-in files; null parses them. */
    CatalogLoader(Function<String, Object> snapshot) {
        this.snapshot = snapshot;
    }

    /** Loads the built-in catalogue followed by the given layers. */
    public Catalog load(List<ScaffoldLayer> extraLayers) {
        List<ScaffoldLayer> layers = new ArrayList<>();
        layers.add(new ClasspathLayer());
        layers.addAll(extraLayers);
        return loadLayers(layers);
    }

    /** Loads exactly the given layers, the first being the base. */
    public Catalog loadLayers(List<ScaffoldLayer> layers) {
        Entries<ProjectType> projectTypes = new Entries<>("project type", ProjectType::id);
        Entries<Deployment> deployments = new Entries<>("deployment", Deployment::id);
        Entries<Stack> stacks = new Entries<>("stack", Stack::id);
        Entries<AgentSpec> agents = new Entries<>("agent", AgentSpec::id);
        Entries<SkillSpec> skills = new Entries<>("skill", SkillSpec::id);
        Set<String> secretFiles = new LinkedHashSet<>();
        Map<String, LegacyAgent> legacy = new LinkedHashMap<>();
        String version = null;
        Map<String, Object> settings = new LinkedHashMap<>();
        Map<String, String> stackVariables = new LinkedHashMap<>();
        Map<String, String> deploymentVariables = new LinkedHashMap<>();
        Set<String> optionalStackVariables = new LinkedHashSet<>();
        Map<String, Surface> surfaces = new LinkedHashMap<>();
        Set<String> perSurfaceVariables = new LinkedHashSet<>();
        Map<String, String> extraVariables = new LinkedHashMap<>();
        SummaryHeadings headings = SummaryHeadings.NONE;
        for (ScaffoldLayer layer : layers) {
            boolean found = false;
            Optional<CatalogFile> catalogFile = read(layer, CATALOG, CatalogFile.class);
            if (catalogFile.isPresent()) {
                found = true;
                version = catalogFile.get().version() != null ? catalogFile.get().version() : version;
                if (catalogFile.get().settings() != null) {
                    settings.putAll(catalogFile.get().settings());
                }
                if (catalogFile.get().stackVariables() != null) {
                    stackVariables.putAll(catalogFile.get().stackVariables());
                }
                if (catalogFile.get().optionalStackVariables() != null) {
                    optionalStackVariables.addAll(catalogFile.get().optionalStackVariables());
                }
                if (catalogFile.get().deploymentVariables() != null) {
                    deploymentVariables.putAll(catalogFile.get().deploymentVariables());
                }
                mergeVariables(catalogFile.get(), surfaces, perSurfaceVariables, extraVariables);
                if (catalogFile.get().summaryHeadings() != null) {
                    headings = headings.overriddenBy(catalogFile.get().summaryHeadings());
                }
            }
            found |= read(layer, PROJECT_TYPES, ProjectTypesFile.class)
                    .map(f -> projectTypes.addAll(f.projectTypes(), source(layer, PROJECT_TYPES), "project-types")).isPresent();
            found |= read(layer, DEPLOYMENTS, DeploymentsFile.class)
                    .map(f -> deployments.addAll(f.deployments(), source(layer, DEPLOYMENTS), "deployments")).isPresent();
            found |= read(layer, STACKS, StacksFile.class)
                    .map(f -> stacks.addAll(f.stacks(), source(layer, STACKS), "stacks")).isPresent();
            found |= read(layer, AGENTS, AgentsFile.class)
                    .map(f -> agents.addAll(f.agents(), source(layer, AGENTS), "agents")).isPresent();
            Optional<ClaudeFile> claude = read(layer, CLAUDE, ClaudeFile.class);
            if (claude.isPresent()) {
                found = true;
                if (claude.get().skills() != null) {
                    skills.addAll(claude.get().skills(), source(layer, CLAUDE), "skills");
                }
                if (claude.get().secretFiles() != null) {
                    secretFiles.addAll(claude.get().secretFiles());
                }
            }
            for (String file : layer.list(LEGACY_FOLDER)) {
                if (file.endsWith(".md")) {
                    String relative = LEGACY_FOLDER + "/" + file;
                    LegacyAgent agent = LegacyAgentReader.read(layer.read(relative).orElseThrow(), source(layer, relative));
                    legacy.put(agent.name(), agent);
                    found = true;
                }
            }
            // a layer may hold only templates of the library (templates/lib/), which override the built-in ones
            found = found || !layer.list(TEMPLATES).isEmpty() || !layer.list(TEMPLATES + "/lib").isEmpty();
            if (!found) {
                throw AgentryException.usage("Scaffold layer " + layer.name() + " holds no scaffolds: expected at least one of "
                        + String.join(", ", List.of(CATALOG, PROJECT_TYPES, DEPLOYMENTS, STACKS, AGENTS, CLAUDE))
                        + ", an agents/ folder with Markdown agents (.md) or a templates/ folder with templates (.ftl)"
                        + emptyFolders(layer) + ".");
            }
        }
        if (version == null) {
            throw AgentryException.usage("The scaffold catalogue has no version: " + CATALOG + " must set 'version'.");
        }
        List<AgentSpec> agentList = withLegacy(agents, legacy,
                projectTypes.values().stream().map(ProjectType::id).toList());
        Catalog catalog = new Catalog(version, settings, stackVariables, optionalStackVariables, deploymentVariables,
                surfaces, List.copyOf(perSurfaceVariables), extraVariables, projectTypes.values(), deployments.values(),
                stacks.values(), agentList, skills.values(), List.copyOf(secretFiles), legacy, headings, layers);
        new CatalogValidator(catalog, projectTypes.origins, deployments.origins, stacks.origins, agents.origins).validate();
        new SkillValidator(catalog, skills.origins).validate();
        return catalog;
    }

    /** A layer's surfaces replace those with the same id; its per-surface and extra variables are added. */
    private static void mergeVariables(CatalogFile file, Map<String, Surface> surfaces, Set<String> perSurfaceVariables,
            Map<String, String> extraVariables) {
        if (file.surfaces() != null) {
            surfaces.putAll(file.surfaces());
        }
        if (file.perSurfaceVariables() != null) {
            perSurfaceVariables.addAll(file.perSurfaceVariables());
        }
        if (file.moreStackVariables() != null) {
            extraVariables.putAll(file.moreStackVariables());
        }
        if (file.moreDeploymentVariables() != null) {
            extraVariables.putAll(file.moreDeploymentVariables());
        }
    }

    /**
     * Legacy agents replace the spec with the same name (keeping its place in teams) or join every project type's
     * team as new roles.
     */
    private static List<AgentSpec> withLegacy(Entries<AgentSpec> agents, Map<String, LegacyAgent> legacy,
            List<String> projectTypes) {
        List<AgentSpec> result = new ArrayList<>();
        for (AgentSpec spec : agents.values()) {
            LegacyAgent replacement = legacy.get(spec.id());
            result.add(replacement == null ? spec : legacySpec(replacement, spec, List.of()));
        }
        for (LegacyAgent agent : legacy.values()) {
            if (agents.byId.containsKey(agent.name()) || !Ids.isValidAgentName(agent.name())) {
                continue;
            }
            result.add(legacySpec(agent, null, projectTypes));
        }
        return result;
    }

    private static AgentSpec legacySpec(LegacyAgent agent, AgentSpec base, List<String> joins) {
        Map<String, String> fm = agent.frontmatter();
        String color = fm.getOrDefault("color", base == null ? null : base.color());
        String model = fm.getOrDefault("model", base == null ? null : base.model());
        List<String> tools = fm.containsKey("tools")
                ? List.of(fm.get("tools").split("\\s*,\\s*"))
                : base == null ? List.of() : base.tools();
        return new AgentSpec(agent.name(), base == null ? titleOf(agent.name()) : base.name(),
                fm.getOrDefault("description", ""), null, color, model, tools,
                base == null ? joins : base.projectTypes(), base == null ? Stage.BUILD : base.stage(),
                base == null ? null : base.focus(), false, base == null ? null : base.detect());
    }

    static String titleOf(String id) {
        StringBuilder title = new StringBuilder();
        for (String word : id.split("-")) {
            if (!word.isEmpty()) {
                title.append(title.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return title.toString();
    }

    private <T> Optional<T> read(ScaffoldLayer layer, String file, Class<T> type) {
        if (snapshot != null && layer instanceof ClasspathLayer builtIn && builtIn.isDefault()) {
            Object parsed = snapshot.apply(file);
            if (parsed != null) {
                return Optional.of(type.cast(parsed));
            }
        }
        return layer.read(file).map(text -> parse(text, layer, file, type));
    }

    /** Reads the text of one file of a layer into its record. */
    static <T> T parse(String text, ScaffoldLayer layer, String file, Class<T> type) {
        return Codec.readYaml(text, source(layer, file), type);
    }

    static String source(ScaffoldLayer layer, String file) {
        return layer.builtIn() ? "built-in scaffolds/" + file : layer.name() + "/" + file;
    }

    /** The snapshot class generated at build time, when this jar or class folder has one. */
    static final class BuiltIn {
        static final Function<String, Object> SNAPSHOT = load();

        private BuiltIn() {
        }

        @SuppressWarnings("unchecked")
        private static Function<String, Object> load() {
            try {
                return (Function<String, Object>) Class.forName(CatalogLoader.class.getPackageName() + "."
                        + SnapshotWriter.CLASS_NAME).getDeclaredConstructor().newInstance();
            }
            catch (ReflectiveOperationException | LinkageError e) {
                return null;
            }
        }
    }

    /** Entries of one kind, merged by id across layers, remembering which file each came from. */
    static final class Entries<T> {
        private final String kind;
        private final Function<T, String> id;
        private final Map<String, T> byId = new LinkedHashMap<>();
        final Map<String, String> origins = new LinkedHashMap<>();

        Entries(String kind, Function<T, String> id) {
            this.kind = kind;
            this.id = id;
        }

        Entries<T> addAll(List<T> items, String source, String key) {
            if (items == null) {
                throw AgentryException.usage(source + ": '" + key + "' must be a list of entries.");
            }
            Map<String, Integer> seen = new LinkedHashMap<>();
            for (int i = 0; i < items.size(); i++) {
                T item = items.get(i);
                if (item == null) {
                    throw AgentryException.usage(source + ": " + key + "[" + i + "] is empty.");
                }
                String itemId = id.apply(item);
                if (!Ids.isValid(itemId)) {
                    throw AgentryException.usage(source + ": " + key + "[" + i + "].id '" + itemId + "' is not a valid "
                            + kind + " id: use " + Ids.describeRule() + ".");
                }
                Integer previous = seen.put(itemId, i);
                if (previous != null) {
                    throw AgentryException.usage(source + ": " + key + "[" + i + "] repeats the id '" + itemId
                            + "' of " + key + "[" + previous + "].");
                }
                byId.put(itemId, item);
                origins.put(itemId, source + " " + key + "[" + i + "] ('" + itemId + "')");
            }
            return this;
        }

        List<T> values() {
            return List.copyOf(byId.values());
        }
    }

    /** "; its templates/ folder is empty" for the folders a layer has but that hold nothing agentry reads. */
    private static String emptyFolders(ScaffoldLayer layer) {
        List<String> empty = new ArrayList<>();
        for (String folder : List.of(LEGACY_FOLDER, TEMPLATES)) {
            if (layer.isFolder(folder)) {
                empty.add(folder + "/");
            }
        }
        return empty.isEmpty() ? "" : "; its " + String.join(" and ", empty) + (empty.size() > 1 ? " folders hold" : " folder holds")
                + " none";
    }
}
