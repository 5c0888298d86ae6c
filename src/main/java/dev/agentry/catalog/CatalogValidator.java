package dev.agentry.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.agentry.support.AgentryException;
import dev.agentry.support.Ids;
import dev.agentry.support.RelativePaths;
import dev.agentry.support.Suggestions;

/** Checks the references and values of a merged catalogue, naming the file and key of each problem. */
final class CatalogValidator {

    private final Catalog catalog;
    private final Map<String, String> projectTypeOrigins;
    private final Map<String, String> deploymentOrigins;
    private final Map<String, String> stackOrigins;
    private final Map<String, String> agentOrigins;

    CatalogValidator(Catalog catalog, Map<String, String> projectTypeOrigins, Map<String, String> deploymentOrigins,
            Map<String, String> stackOrigins, Map<String, String> agentOrigins) {
        this.catalog = catalog;
        this.projectTypeOrigins = projectTypeOrigins;
        this.deploymentOrigins = deploymentOrigins;
        this.stackOrigins = stackOrigins;
        this.agentOrigins = agentOrigins;
    }

    void validate() {
        List<String> roleIds = catalog.roles().stream().map(AgentSpec::id).toList();
        List<String> projectTypeIds = catalog.projectTypes().stream().map(ProjectType::id).toList();
        for (AgentSpec agent : catalog.agents()) {
            validateAgent(agent, projectTypeIds);
        }
        if (catalog.agents().stream().filter(AgentSpec::deployment).count() > 1) {
            throw AgentryException.usage("The catalogue has more than one agent with 'deployment: true'; exactly one is the base of"
                    + " every deployment agent.");
        }
        for (ProjectType projectType : catalog.projectTypes()) {
            for (String agent : projectType.agents()) {
                requireKnown(projectTypeOrigins.get(projectType.id()), "agents", "agent", agent, roleIds);
            }
            if (projectType.teamIsChosen() && !projectType.agents().isEmpty()) {
                // a team the user chooses has no preset to fall back on: either would contradict the other
                throw AgentryException.usage(projectTypeOrigins.get(projectType.id()) + ": 'team: chosen' leaves the whole team"
                        + " to the user, yet 'agents' gives the type a team of its own (" + String.join(", ",
                        projectType.agents()) + "): remove 'team: chosen', or 'agents'.");
            }
        }
        new SurfaceRules(catalog, stackOrigins).validateCatalog(roleIds);
        for (Stack stack : catalog.stacks()) {
            for (String projectType : stack.projectTypes()) {
                requireKnown(stackOrigins.get(stack.id()), "project-types", "project type", projectType, projectTypeIds);
            }
            checkValues(stackOrigins.get(stack.id()), stack.variables());
            // a companion stack supplies the variables of the surfaces it covers for this one
            Map<String, String> declared = new java.util.LinkedHashMap<>(catalog.stackVariables());
            declared.keySet().removeIf(name -> catalog.surfaceOf(name).map(stack.companions()::containsKey).orElse(false));
            requireDefined(stackOrigins.get(stack.id()), stack.variables(), declared, "stack-variables");
            new SurfaceRules(catalog, stackOrigins).validateStack(stack);
            for (String name : declared.keySet()) {
                if ("none".equals(stack.variables().get(name)) && !catalog.optionalStackVariables().contains(name)) {
                    throw AgentryException.usage(stackOrigins.get(stack.id()) + ": variable '" + name + "' cannot be 'none':"
                            + " every stack has one (only " + String.join(", ", catalog.optionalStackVariables().stream().sorted()
                            .toList()) + " may be 'none').");
                }
            }
            for (String key : stack.guidance().keySet()) {
                // "role/surface": lines for the role that hold only while the team works on that surface
                int slash = key.indexOf('/');
                String role = slash < 0 ? key : key.substring(0, slash);
                if (!roleIds.contains(role) && catalog.agents().stream().noneMatch(a -> a.deployment() && a.id().equals(role))) {
                    requireKnown(stackOrigins.get(stack.id()), "guidance", "agent", role, roleIds);
                }
                if (slash >= 0) {
                    requireKnown(stackOrigins.get(stack.id()), "guidance." + key, "surface", key.substring(slash + 1),
                            List.copyOf(catalog.surfaces().keySet()));
                }
            }
        }
        validateDeployments(roleIds);
        new DetectValidator(catalog).validate(projectTypeOrigins, stackOrigins, deploymentOrigins, agentOrigins);
    }

    private void validateAgent(AgentSpec agent, List<String> projectTypeIds) {
        LegacyAgent legacy = catalog.legacyAgents().get(agent.id());
        String origin = legacy != null ? legacy.source() : agentOrigins.get(agent.id());
        if (!Ids.isValidAgentName(agent.id())) {
            throw AgentryException.usage(origin + ": '" + agent.id() + "' is not a valid agent name: use 3 to 50 "
                    + Ids.describeRule() + ".");
        }
        if (legacy != null) {
            return;
        }
        if (agent.template() == null || agent.template().isBlank()) {
            throw AgentryException.usage(origin + ": 'template' is required (a file under templates/).");
        }
        requireTemplate(origin, agent.template());
        if (agent.color() != null && !Palette.isColor(agent.color())) {
            throw AgentryException.usage(origin + ": color '" + agent.color() + "' is not one Claude Code accepts."
                    + Suggestions.didYouMean(agent.color(), Palette.COLORS) + " Valid colors: " + String.join(", ", Palette.COLORS) + ".");
        }
        if (!Palette.isModel(agent.model())) {
            throw AgentryException.usage(origin + ": model '" + agent.model() + "' is not valid: use "
                    + String.join(", ", Palette.MODEL_ALIASES) + " or a full model id such as claude-sonnet-4-5.");
        }
        for (String projectType : agent.projectTypes()) {
            requireKnown(origin, "project-types", "project type", projectType, projectTypeIds);
        }
        if (agent.memory() != null) {
            requireKnown(origin, "memory", "memory scope", agent.memory(), AgentSpec.MEMORY_SCOPES);
            // Claude Code hands an agent with memory the Read, Write and Edit tools, whatever its list says
            if (!agent.tools().isEmpty() && !(agent.tools().contains("Write") && agent.tools().contains("Edit"))) {
                throw AgentryException.usage(origin + ": memory '" + agent.memory() + "' would give this agent the Write and"
                        + " Edit tools its list leaves out (Claude Code adds them to keep the agent's notes): remove"
                        + " 'memory', or add Write and Edit to 'tools'.");
            }
        }
        if (agent.description().isBlank()) {
            throw AgentryException.usage(origin + ": 'description' is required: one sentence on when to delegate to this agent.");
        }
    }

    private void validateDeployments(List<String> roleIds) {
        Set<String> agentNames = new HashSet<>();
        boolean hasBase = catalog.deploymentBase().isPresent();
        for (Deployment deployment : catalog.deployments()) {
            String origin = deploymentOrigins.get(deployment.id());
            if (!Ids.isValidAgentName(deployment.agent())) {
                throw AgentryException.usage(origin + ": agent '" + deployment.agent() + "' is not a valid agent name: use 3 to 50 "
                        + Ids.describeRule() + ".");
            }
            if (roleIds.contains(deployment.agent())) {
                throw AgentryException.usage(origin + ": agent '" + deployment.agent() + "' is already the name of a role.");
            }
            if (!agentNames.add(deployment.agent())) {
                throw AgentryException.usage(origin + ": agent '" + deployment.agent() + "' is already the agent of another deployment.");
            }
            if (!hasBase && !catalog.legacyAgents().containsKey(deployment.agent())) {
                throw AgentryException.usage(origin + ": no agent in agents.yml has 'deployment: true' to render '"
                        + deployment.agent() + "' from.");
            }
            if (deployment.template() != null) {
                requireTemplate(origin, deployment.template());
            }
            if (deployment.color() != null && !Palette.isColor(deployment.color())) {
                throw AgentryException.usage(origin + ": color '" + deployment.color() + "' is not one Claude Code accepts."
                        + Suggestions.didYouMean(deployment.color(), Palette.COLORS));
            }
            checkValues(origin, deployment.variables());
            requireDefined(origin, deployment.variables(), catalog.deploymentVariables(), "deployment-variables");
            for (String workload : deployment.workloadGuidance().keySet()) {
                requireKnown(origin, "workload-guidance", "workload", workload, Workload.ids());
            }
            deployment.variables().forEach((name, value) -> {
                if ("none".equals(value)) {
                    throw AgentryException.usage(origin + ": variable '" + name + "' cannot be 'none': the deployment agent's"
                            + " text uses every deployment variable; describe what the platform does instead.");
                }
            });
        }
    }

    private void requireTemplate(String origin, String template) {
        requireTemplate(catalog, origin, template);
    }

    /** The template must be a path inside templates/ that one of the catalogue's layers holds. */
    static void requireTemplate(Catalog catalog, String origin, String template) {
        if (!RelativePaths.isSafe(template)) {
            throw AgentryException.unsafe(origin + ": template '" + template + "' is not a path inside templates/ (absolute,"
                    + " '..' or a drive): refused. Nothing was written.");
        }
        boolean found = catalog.layers().stream().anyMatch(layer -> layer.exists("templates/" + template));
        if (!found) {
            throw AgentryException.usage(origin + ": template '" + template + "' was not found under templates/ in any scaffold layer.");
        }
    }

    static void checkValues(String origin, Map<String, Object> variables) {
        variables.forEach((key, value) -> {
            if (!Ids.isValid(key)) {
                throw AgentryException.usage(origin + ": variable '" + key + "' is not a valid name: use " + Ids.describeRule() + ".");
            }
            boolean plain = value instanceof String || value instanceof Number || value instanceof Boolean
                    || value instanceof List<?> list && list.stream().allMatch(v -> v instanceof String || v instanceof Number);
            if (!plain) {
                throw AgentryException.usage(origin + ": variable '" + key + "' must be text, a number, true/false or a list of text.");
            }
        });
    }

    /** Every variable the catalogue declares must be defined, so templates can use it without a default. */
    private static void requireDefined(String origin, Map<String, Object> variables, Map<String, String> declared,
            String key) {
        for (String name : declared.keySet()) {
            if (!variables.containsKey(name)) {
                throw AgentryException.usage(origin + ": variables has no '" + name + "' (catalog.yml " + key
                        + " declares it: " + declared.get(name) + "). Set it, or 'none' when it does not apply.");
            }
        }
    }

    static void requireKnown(String origin, String key, String kind, String value, List<String> valid) {
        if (!valid.contains(value)) {
            throw AgentryException.usage(origin + ": " + key + " names an unknown " + kind + " '" + value + "'."
                    + Suggestions.didYouMean(value, valid) + " Valid: " + String.join(", ", valid) + ".");
        }
    }
}
