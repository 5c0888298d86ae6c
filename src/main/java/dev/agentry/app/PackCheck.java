package dev.agentry.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.agentry.catalog.Catalog;
import dev.agentry.catalog.CatalogLoader;
import dev.agentry.catalog.DirectoryLayer;
import dev.agentry.compose.Member;
import dev.agentry.compose.Team;
import dev.agentry.format.Formats;
import dev.agentry.interview.AnswerResolver;
import dev.agentry.interview.AnswerSource;
import dev.agentry.interview.Keys;
import dev.agentry.pack.Manifest;
import dev.agentry.pack.PackSource;
import dev.agentry.pack.ResolvedPack;
import dev.agentry.render.TeamRenderer;
import dev.agentry.rules.Problem;
import dev.agentry.rules.Rules;
import dev.agentry.rules.TeamOutput;
import dev.agentry.rules.TeamRule;
import dev.agentry.support.AgentryException;
import dev.agentry.support.ExitCode;
import dev.agentry.support.Version;

/**
 * {@code agentry scaffolds check DIR|URL}: renders every combination of project type x suitable stack x deployment a
 * scaffold layer affects, for every agent tool, and runs the rules on each team; what a pack author runs before
 * tagging. A folder is checked as it is on disk (uncommitted changes included); a URL or {@code PATH#REF} is fetched
 * into the pack cache.
 */
public final class PackCheck {

    /** Where a render error names its template: {@code FILE:LINE[:COLUMN]: message}. */
    private static final Pattern LOCATED = Pattern.compile("^(\\S+?):(\\d+)(?::\\d+)?: (.*)$", Pattern.DOTALL);

    /**
     * One problem and the combinations it was found in.
     *
     * @param origin the scaffold file of the pack that made the file, when the pack has it (or null)
     */
    public record Finding(Problem problem, String origin, List<String> combinations) {

        public Finding {
            combinations = List.copyOf(combinations);
        }
    }

    /**
     * What a check found.
     *
     * @param label the pack's name and version (its manifest's), or the source
     * @param version what was checked: "the folder as it is" or the ref and commit
     */
    public record Result(String source, String label, String version, int combinations, List<Finding> findings) {

        public Result {
            findings = List.copyOf(findings);
        }

        public ExitCode exitCode() {
            return findings.isEmpty() ? ExitCode.OK : ExitCode.USAGE;
        }
    }

    private final Scaffolds scaffolds;
    private final List<TeamRule> rules;

    public PackCheck(Scaffolds scaffolds) {
        this(scaffolds, Rules.standard());
    }

    public PackCheck(Scaffolds scaffolds, List<TeamRule> rules) {
        this.scaffolds = scaffolds;
        this.rules = List.copyOf(rules);
    }

    public Result run(String given) {
        Path here = Path.of("").toAbsolutePath();
        PackSource source = PackSource.parse(given, here);
        Path folder = here.resolve(given.strip()).normalize();
        boolean workTree = !source.isUrl() && Files.isDirectory(folder) && !isBare(folder);
        String version = "the folder as it is";
        if (!workTree && !source.isGit()) {
            throw AgentryException.usage("Scaffold folder " + folder + " does not exist: give a folder of scaffolds, or a git"
                    + " repository (URL, or PATH#REF).");
        }
        if (!workTree) {
            ResolvedPack pack = scaffolds.packs().at(source, source.ref());
            folder = pack.folder();
            version = pack.pin().label();
        }
        DirectoryLayer layer = new DirectoryLayer(folder, given.strip());
        Manifest manifest = Manifest.of(layer);
        manifest.requireAgentry(Version.current(), "Scaffold pack " + manifest.label(given.strip()), "");
        // loaded afresh, not from the process's cache: an author checks again after each edit
        Catalog builtIn = scaffolds.load(List.of()).catalog();
        Catalog merged = new CatalogLoader().load(List.of(layer));
        TeamRenderer renderer = new TeamRenderer(merged.layers());
        List<AffectedCombinations.Combination> combinations = AffectedCombinations.of(builtIn, merged, layer);
        Map<String, Finding> findings = new LinkedHashMap<>();
        for (AffectedCombinations.Combination combination : combinations) {
            for (Located problem : check(merged, renderer, layer, combination)) {
                findings.merge(problem.problem().toString(), new Finding(problem.problem(), problem.origin(),
                        List.of(combination.toString())), (a, b) -> new Finding(a.problem(), a.origin(),
                        concat(a.combinations(), b.combinations())));
            }
        }
        return new Result(given.strip(), manifest.label(given.strip()), version, combinations.size(),
                new ArrayList<>(findings.values()));
    }

    private record Located(Problem problem, String origin) {
    }

    /** The problems of one combination's team: its render errors, or what the rules find in its files. */
    private List<Located> check(Catalog catalog, TeamRenderer renderer, DirectoryLayer layer,
            AffectedCombinations.Combination combination) {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put(Keys.PROJECT_NAME, "pack-check");
        answers.put(Keys.PROJECT_TYPE, combination.projectType());
        answers.put(Keys.STACK, combination.stack());
        answers.put(Keys.DEPLOYMENT, combination.deployment());
        answers.put(Keys.TARGETS, String.join(",", Formats.ids()));
        if (!combination.agents().isEmpty()) {
            answers.put(Keys.AGENTS, String.join(",", combination.agents()));
        }
        TeamGenerator.Generated files;
        try {
            files = new TeamGenerator(catalog, renderer).generate(new AnswerResolver(catalog, Formats.ids())
                    .resolve(List.of(AnswerSource.options(answers))));
        }
        catch (AgentryException e) {
            return List.of(new Located(renderError(e, layer.name()), null));
        }
        Team team = files.team();
        List<Located> problems = new ArrayList<>();
        for (Problem problem : Rules.check(rules, new TeamOutput(team, files.rendered(), files.texts()))) {
            problems.add(new Located(problem, origin(problem.file(), team, catalog, layer)));
        }
        return problems;
    }

    private static Problem renderError(AgentryException e, String layerName) {
        Matcher located = LOCATED.matcher(e.getMessage());
        return located.matches() ? new Problem(located.group(1), Integer.parseInt(located.group(2)), "render", located.group(3))
                : new Problem(layerName, 0, "render", e.getMessage());
    }

    /** The pack's file an agent's output comes from (its template or legacy agent file), when the pack has it. */
    private static String origin(String file, Team team, Catalog catalog, DirectoryLayer layer) {
        String name = file.substring(file.lastIndexOf('/') + 1).replaceFirst("(\\.agent)?\\.(md|toml)$", "");
        Member member = team.member(name).orElse(null);
        if (member == null || !file.contains("/")) {
            return null;
        }
        if (catalog.legacyAgents().containsKey(name)) {
            String legacy = catalog.legacyAgents().get(name).source();
            return legacy.startsWith(layer.name() + "/") ? legacy : null;
        }
        String template = "templates/" + member.template();
        return layer.exists(template) ? layer.name() + "/" + template : null;
    }

    private static boolean isBare(Path folder) {
        return Files.isRegularFile(folder.resolve("HEAD")) && Files.isDirectory(folder.resolve("objects"))
                && !Files.exists(folder.resolve(".git"));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
