package dev.agentry.compose;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.agentry.catalog.AgentSpec;
import dev.agentry.catalog.Catalog;
import dev.agentry.catalog.Deployment;
import dev.agentry.catalog.Palette;
import dev.agentry.catalog.ProjectType;
import dev.agentry.catalog.Stack;
import dev.agentry.interview.Answers;
import dev.agentry.support.AgentryException;

/** Turns validated answers into a team: its members in workflow order, their colors and the variables. */
public final class Composer {

    public Team compose(Answers answers, Catalog catalog) {
        ProjectType projectType = catalog.projectType(answers.projectType()).orElseThrow();
        Deployment deployment = catalog.deployment(answers.deployment()).orElseThrow();
        Stack stack = catalog.stack(answers.stack()).orElseThrow();
        List<String> chosen = answers.agents().isEmpty() ? catalog.defaultTeam(projectType) : answers.agents();
        List<AgentSpec> roles = catalog.roles().stream().filter(role -> chosen.contains(role.id())).toList();
        Surfaces surfaces = new Surfaces(catalog, stack, deployment.id(), new HashSet<>(chosen));
        Map<String, Object> settings = new LinkedHashMap<>(catalog.settings());
        Map<String, Object> overrides = new LinkedHashMap<>();
        // the values already have the types of what they override: the resolver converted them, naming their place
        answers.values().forEach((key, value) -> (settings.containsKey(key) ? settings : overrides).put(key, value));
        Map<String, Object> variables = TeamVariables.resolve(catalog, stack, deployment, surfaces, overrides);
        Practices practices = new Practices(catalog, stack, deployment, surfaces, variables);
        List<Member> members = new ArrayList<>();
        Set<String> usedColors = new HashSet<>();
        for (AgentSpec role : roles) {
            String color = pickColor(role.color(), usedColors);
            members.add(new Member(role, role.id(), role.name(), color, role.template(), false,
                    stack.guidance().getOrDefault(role.id(), List.of()), practices.forRole(role.id(), false)));
        }
        members.add(deploymentMember(catalog, deployment, stack, usedColors, practices));
        return new Team(catalog, answers, projectType, deployment, stack, members, variables, settings, surfaces.active(),
                surfaces.workloads(variables));
    }

    private static Member deploymentMember(Catalog catalog, Deployment deployment, Stack stack, Set<String> usedColors,
            Practices practices) {
        AgentSpec base = catalog.deploymentBase().orElseGet(() -> {
            if (!catalog.legacyAgents().containsKey(deployment.agent())) {
                throw AgentryException.usage("The catalogue has no deployment agent base (an agent with 'deployment: true').");
            }
            return new AgentSpec(deployment.agent(), deployment.agentName(), "", null, null, null, null, null, null, null, true);
        });
        List<String> guidance = stack.guidance().getOrDefault(base.id(), List.of());
        String preferred = deployment.color() != null ? deployment.color() : base.color();
        String template = deployment.template() != null ? deployment.template() : base.template();
        return new Member(base, deployment.agent(), deployment.agentName(), pickColor(preferred, usedColors), template,
                true, guidance, practices.forRole(base.id(), true));
    }

    /** The preferred color when still free, else the first free one of the palette, else the preferred one again. */
    private static String pickColor(String preferred, Set<String> used) {
        String color = preferred;
        if (color == null || !Palette.isColor(color) || used.contains(color)) {
            color = Palette.COLORS.stream().filter(c -> !used.contains(c)).findFirst()
                    .orElse(preferred != null && Palette.isColor(preferred) ? preferred : Palette.COLORS.get(0));
        }
        used.add(color);
        return color;
    }
}
