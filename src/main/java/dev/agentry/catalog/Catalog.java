package dev.agentry.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The merged scaffold catalogue: project types, deployments, stacks and agents from every layer,
 * validated, with the layers kept for template lookup.
 *
 * @param surfaces the surfaces of a product by id, each with its builder role and its own variables
 * @param perSurfaceVariables general variables of which each surface with variables has its own copy
 *     ({@code web-test-command} for {@code test-command})
 * @param extraVariables variables a stack or deployment may leave out (then "none"), name to description
 * @param skills the workflow skills written for Claude Code, in catalogue order
 * @param secretFiles the path patterns Claude Code's permission rules keep every agent from reading
 * @param summaryHeadings the sections of an agent's body that documents show condensed
 */
public record Catalog(String version, Map<String, Object> settings, Map<String, String> stackVariables,
        Set<String> optionalStackVariables, Map<String, String> deploymentVariables, Map<String, Surface> surfaces,
        List<String> perSurfaceVariables, Map<String, String> extraVariables, List<ProjectType> projectTypes,
        List<Deployment> deployments, List<Stack> stacks, List<AgentSpec> agents,
        List<SkillSpec> skills, List<String> secretFiles, Map<String, LegacyAgent> legacyAgents, SummaryHeadings summaryHeadings,
        List<ScaffoldLayer> layers) {

    public Catalog {
        surfaces = ordered(surfaces);
        perSurfaceVariables = List.copyOf(perSurfaceVariables);
        extraVariables = ordered(extraVariables);
        settings = ordered(settings);
        stackVariables = ordered(stackVariables);
        optionalStackVariables = Set.copyOf(optionalStackVariables);
        deploymentVariables = ordered(deploymentVariables);
        projectTypes = List.copyOf(projectTypes);
        deployments = List.copyOf(deployments);
        stacks = List.copyOf(stacks);
        agents = List.copyOf(agents);
        skills = List.copyOf(skills);
        secretFiles = List.copyOf(secretFiles);
        legacyAgents = ordered(legacyAgents);
        layers = List.copyOf(layers);
    }

    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    public Optional<ProjectType> projectType(String id) {
        return projectTypes.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Deployment> deployment(String id) {
        return deployments.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public Optional<Stack> stack(String id) {
        return stacks.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<AgentSpec> agent(String id) {
        return agents.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The agents a user can pick for a team: every agent but the base of the deployment agents. */
    public List<AgentSpec> roles() {
        return agents.stream().filter(a -> !a.deployment()).toList();
    }

    /** The base spec every deployment agent is rendered from. */
    public Optional<AgentSpec> deploymentBase() {
        return agents.stream().filter(AgentSpec::deployment).findFirst();
    }

    /** Stacks suited to a project type, in catalogue order. */
    public List<Stack> stacksFor(String projectType) {
        return stacks.stream().filter(s -> s.suits(projectType)).toList();
    }

    /** The default team of a project type: its own list plus agents that name it, in catalogue order. */
    public List<String> defaultTeam(ProjectType projectType) {
        Set<String> ids = new LinkedHashSet<>();
        for (AgentSpec agent : roles()) {
            if (projectType.agents().contains(agent.id()) || agent.projectTypes().contains(projectType.id())) {
                ids.add(agent.id());
            }
        }
        return List.copyOf(ids);
    }

    /**
     * The variables a stack may leave out, each with the variable its value then comes from (null: "none"): every
     * surface's copy of the per-surface variables ({@code web-test-command} from {@code test-command}) and the
     * extra variables.
     */
    public Map<String, String> derivedVariables() {
        Map<String, String> derived = new LinkedHashMap<>();
        surfaces.forEach((id, surface) -> {
            if (surface.describedByVariables()) {
                perSurfaceVariables.forEach(base -> derived.put(id + "-" + base, base));
            }
        });
        extraVariables.keySet().forEach(name -> derived.putIfAbsent(name, null));
        return derived;
    }

    /** The surface a variable describes: one of a surface's own variables or its copy of a per-surface one. */
    public Optional<String> surfaceOf(String variable) {
        for (Map.Entry<String, Surface> surface : surfaces.entrySet()) {
            if (surface.getValue().variables().contains(variable)) {
                return Optional.of(surface.getKey());
            }
            if (surface.getValue().describedByVariables() && variable.startsWith(surface.getKey() + "-")
                    && perSurfaceVariables.contains(variable.substring(surface.getKey().length() + 1))) {
                return Optional.of(surface.getKey());
            }
        }
        return Optional.empty();
    }

    /**
     * The surfaces a stack covers itself: those it lists, else each surface whose first variable (its framework) the
     * stack sets to something other than "none".
     */
    public List<String> surfacesOf(Stack stack) {
        if (!stack.surfaces().isEmpty()) {
            return stack.surfaces();
        }
        List<String> covered = new ArrayList<>();
        surfaces.forEach((id, surface) -> {
            if (surface.describedByVariables() && !stack.companions().containsKey(id)) {
                Object framework = stack.variables().get(surface.variables().get(0));
                if (framework != null && !"none".equals(String.valueOf(framework)) && !String.valueOf(framework).isBlank()) {
                    covered.add(id);
                }
            }
        });
        return covered;
    }

    /** The surface a role builds, if it is a builder. */
    public Optional<String> surfaceBuiltBy(String role) {
        return surfaces.entrySet().stream().filter(s -> s.getValue().role().equals(role)).map(Map.Entry::getKey).findFirst();
    }

    /** Every key a stack or deployment declares as a variable, plus the catalogue's settings. */
    public Set<String> variableKeys() {
        Set<String> keys = new LinkedHashSet<>(settings.keySet());
        keys.addAll(stackVariables.keySet());
        keys.addAll(deploymentVariables.keySet());
        keys.addAll(derivedVariables().keySet());
        stacks.forEach(s -> keys.addAll(s.variables().keySet()));
        deployments.forEach(d -> keys.addAll(d.variables().keySet()));
        return keys;
    }
}
