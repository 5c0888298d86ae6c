package dev.agentry.catalog;

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
 */
public record Catalog(String version, Map<String, Object> settings, Map<String, String> stackVariables,
        Set<String> optionalStackVariables, Map<String, String> deploymentVariables, List<ProjectType> projectTypes,
        List<Deployment> deployments, List<Stack> stacks, List<AgentSpec> agents,
        Map<String, LegacyAgent> legacyAgents, List<ScaffoldLayer> layers) {

    public Catalog {
        settings = ordered(settings);
        stackVariables = ordered(stackVariables);
        optionalStackVariables = Set.copyOf(optionalStackVariables);
        deploymentVariables = ordered(deploymentVariables);
        projectTypes = List.copyOf(projectTypes);
        deployments = List.copyOf(deployments);
        stacks = List.copyOf(stacks);
        agents = List.copyOf(agents);
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

    /** Every key a stack or deployment declares as a variable, plus the catalogue's settings. */
    public Set<String> variableKeys() {
        Set<String> keys = new LinkedHashSet<>(settings.keySet());
        keys.addAll(stackVariables.keySet());
        keys.addAll(deploymentVariables.keySet());
        stacks.forEach(s -> keys.addAll(s.variables().keySet()));
        deployments.forEach(d -> keys.addAll(d.variables().keySet()));
        return keys;
    }
}
