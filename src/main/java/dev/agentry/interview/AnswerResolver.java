package dev.agentry.interview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.agentry.catalog.AgentSpec;
import dev.agentry.catalog.Catalog;
import dev.agentry.catalog.Deployment;
import dev.agentry.catalog.ProjectType;
import dev.agentry.catalog.Stack;
import dev.agentry.support.AgentryException;
import dev.agentry.support.Suggestions;

/**
 * Merges answer sources by precedence (the first source holding a key wins) and validates the result against
 * the catalogue. A missing answer is an error that lists the valid choices; nothing is ever asked.
 */
public final class AnswerResolver {

    private static final int MAX_NAME_LENGTH = 100;

    private final Catalog catalog;
    /** The keys an answer source may hold, made on first need. */
    private Set<String> known;
    private final List<String> knownTargets;

    public AnswerResolver(Catalog catalog, List<String> knownTargets) {
        this.catalog = catalog;
        this.knownTargets = List.copyOf(knownTargets);
    }

    /** Resolves the answers from sources ordered from highest to lowest precedence. */
    public Answers resolve(List<AnswerSource> sources) {
        sources.forEach(this::checkKeys);
        String projectType = text(sources, Keys.PROJECT_TYPE);
        String deployment = text(sources, Keys.DEPLOYMENT);
        String stack = text(sources, Keys.STACK);
        List<String> agents = agentsFor(sources, projectType);
        List<String> missing = new ArrayList<>();
        if (projectType == null) {
            missing.add(Keys.PROJECT_TYPE);
        }
        if (deployment == null) {
            missing.add(Keys.DEPLOYMENT);
        }
        if (stack == null) {
            missing.add(Keys.STACK);
        }
        if (Keys.CUSTOM.equals(projectType) && agents.isEmpty()) {
            missing.add(Keys.AGENTS);
        }
        if (!missing.isEmpty()) {
            throw new MissingAnswersException(missing, MissingAnswers.describe(missing, projectType, catalog));
        }
        ProjectType type = requireProjectType(projectType);
        requireDeployment(deployment);
        requireStack(stack, type);
        agents.forEach(this::requireRole);
        List<String> targets = list(sources, Keys.TARGETS);
        targets.forEach(this::requireTarget);
        return new Answers(requireName(text(sources, Keys.PROJECT_NAME)), projectType, deployment, stack, agents,
                targets.isEmpty() ? List.of(knownTargets.get(0)) : targets, values(sources), list(sources, Keys.SCAFFOLDS));
    }

    private void checkKeys(AnswerSource source) {
        for (String key : source.values().keySet()) {
            if (Keys.ANSWERS.contains(key)) {
                continue;
            }
            if (known == null) {
                // every variable of the catalogue, gathered only when a key is not an answer's (a fleet resolves many)
                known = new LinkedHashSet<>(Keys.ANSWERS);
                known.addAll(catalog.variableKeys());
            }
            if (!known.contains(key)) {
                throw AgentryException.usage(source.name() + ": unknown key '" + key + "'." + Suggestions.didYouMean(key, known)
                        + " Answers are " + String.join(", ", Keys.ANSWERS) + "; --set also takes the settings "
                        + String.join(", ", catalog.settings().keySet())
                        + " and the variables of stacks and deployments (see 'agentry list stacks --json').");
            }
        }
    }

    /**
     * The chosen agents. A team given by a lower source alongside another project type than the one now answered
     * is dropped, so that changing the project type brings that type's default team.
     */
    private List<String> agentsFor(List<AnswerSource> sources, String projectType) {
        for (AnswerSource source : sources) {
            if (!source.has(Keys.AGENTS)) {
                continue;
            }
            if (source.has(Keys.PROJECT_TYPE) && !String.valueOf(source.values().get(Keys.PROJECT_TYPE)).strip().equals(projectType)) {
                return List.of();
            }
            return List.copyOf(new LinkedHashSet<>(asList(source, Keys.AGENTS)));
        }
        return List.of();
    }

    private static String text(List<AnswerSource> sources, String key) {
        for (AnswerSource source : sources) {
            if (source.has(key)) {
                Object value = source.values().get(key);
                if (value instanceof List<?> || value instanceof Map<?, ?>) {
                    throw AgentryException.usage(source.name() + ": '" + key + "' must be a single value, not a list or mapping.");
                }
                String text = String.valueOf(value).strip();
                return text.isEmpty() ? null : text;
            }
        }
        return null;
    }

    private static List<String> list(List<AnswerSource> sources, String key) {
        for (AnswerSource source : sources) {
            if (source.has(key)) {
                return asList(source, key);
            }
        }
        return List.of();
    }

    private static List<String> asList(AnswerSource source, String key) {
        Object value = source.values().get(key);
        List<String> items = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof List<?> || item instanceof Map<?, ?> || item == null) {
                    throw AgentryException.usage(source.name() + ": '" + key + "' must be a list of names.");
                }
                items.add(String.valueOf(item).strip());
            }
        }
        else if (value instanceof Map<?, ?>) {
            throw AgentryException.usage(source.name() + ": '" + key + "' must be a list of names, not a mapping.");
        }
        else {
            for (String item : String.valueOf(value).split(",")) {
                items.add(item.strip());
            }
        }
        return items.stream().filter(s -> !s.isEmpty()).toList();
    }

    private Map<String, Object> values(List<AnswerSource> sources) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = sources.size() - 1; i >= 0; i--) {
            sources.get(i).values().forEach((key, value) -> {
                if (!Keys.ANSWERS.contains(key) && value != null) {
                    values.put(key, value);
                }
            });
        }
        return values;
    }

    private ProjectType requireProjectType(String id) {
        return catalog.projectType(id).orElseThrow(() -> unknown("project type", "--project-type", id,
                catalog.projectTypes().stream().map(ProjectType::id).toList()));
    }

    private void requireDeployment(String id) {
        if (catalog.deployment(id).isEmpty()) {
            throw unknown("deployment", "--deployment", id, catalog.deployments().stream().map(Deployment::id).toList());
        }
    }

    private void requireStack(String id, ProjectType type) {
        Stack stack = catalog.stack(id).orElseThrow(() -> unknown("stack", "--stack", id,
                catalog.stacks().stream().map(Stack::id).toList()));
        if (!stack.suits(type.id())) {
            List<String> suited = catalog.stacksFor(type.id()).stream().map(Stack::id).toList();
            throw AgentryException.usage("Stack '" + id + "' (" + stack.name() + ") does not suit project type '" + type.id()
                    + "' (" + type.name() + "). Stacks for " + type.id() + ": " + String.join(", ", suited)
                    + ". Choose one with --stack, or another project type with --project-type.");
        }
    }

    private void requireRole(String id) {
        List<String> roles = catalog.roles().stream().map(AgentSpec::id).toList();
        if (roles.contains(id)) {
            return;
        }
        catalog.deployments().stream().filter(d -> d.agent().equals(id)).findFirst().ifPresent(d -> {
            throw AgentryException.usage("'" + id + "' is the deployment agent of '" + d.id() + "': it joins the team through"
                    + " --deployment " + d.id() + ", not --agents.");
        });
        throw unknown("agent", "--agents", id, roles);
    }

    private void requireTarget(String id) {
        if (!knownTargets.contains(id)) {
            throw unknown("target", "--targets", id, knownTargets);
        }
    }

    private static String requireName(String name) {
        if (name == null) {
            throw AgentryException.usage("The project name is empty: give one with --project-name.");
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                throw AgentryException.usage("The project name contains a line break or control character: give a single line"
                        + " with --project-name.");
            }
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw AgentryException.usage("The project name is " + name.length() + " characters long; the limit is "
                    + MAX_NAME_LENGTH + ".");
        }
        return name;
    }

    private static AgentryException unknown(String kind, String option, String id, List<String> valid) {
        return AgentryException.usage("Unknown " + kind + " '" + id + "' (" + option + ")." + Suggestions.didYouMean(id, valid)
                + " Valid: " + String.join(", ", valid) + ".");
    }
}
