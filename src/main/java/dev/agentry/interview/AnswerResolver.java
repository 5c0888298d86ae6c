package dev.agentry.interview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import dev.agentry.catalog.AgentSpec;
import dev.agentry.catalog.Catalog;
import dev.agentry.catalog.Deployment;
import dev.agentry.catalog.ProjectType;
import dev.agentry.catalog.Stack;
import dev.agentry.support.AgentryException;
import dev.agentry.support.Suggestions;

/**
 * Merges answer sources by precedence, key by key (the first source holding a key wins, whatever the others hold),
 * and validates the result against the catalogue, blaming each bad value on the source that gave it. A missing
 * answer is an error that lists the valid choices; nothing is ever asked.
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

    /** A value and the source it was taken from, to blame. */
    private record Given<T>(T value, AnswerSource source) {
    }

    /**
     * Resolves the answers from sources ordered from highest to lowest precedence. Every problem is reported at once:
     * each bad value (an unknown id, a stack that does not suit the type, a value of the wrong type), then the answers
     * no source gives, so that one run names everything to fix.
     */
    public Answers resolve(List<AnswerSource> sources) {
        Checked given = check(sources, true);
        List<String> missing = given.missing();
        if (!missing.isEmpty()) {
            String problems = given.problems.stream().map(AgentryException::getMessage).map(m -> m + "\n")
                    .reduce("", String::concat);
            throw new MissingAnswersException(missing, problems, MissingAnswers.guidance(missing,
                    given.type == null ? null : given.type.id(), catalog));
        }
        given.throwProblems();
        return new Answers(given.name, given.projectType.value(), given.deployment.value(), given.stack.value(),
                List.copyOf(new LinkedHashSet<>(given.agents.value())),
                given.targets.value().isEmpty() ? List.of(knownTargets.get(0))
                        : List.copyOf(new LinkedHashSet<>(given.targets.value())),
                given.values, given.scaffolds);
    }

    /**
     * Checks what the sources give without requiring anything: unknown keys, ids and values are errors (all of them
     * in one message), answers no source gives are not. For the init wizard, which asks for those afterwards.
     */
    public void check(List<AnswerSource> sources) {
        check(sources, false).throwProblems();
    }

    /** What the sources give, each value checked against the catalogue; the problems found are collected. */
    private Checked check(List<AnswerSource> sources, boolean nameRequired) {
        Checked given = new Checked();
        sources.forEach(source -> checkKeys(source, given));
        given.projectType = given.collect(() -> text(sources, Keys.PROJECT_TYPE), NO_TEXT);
        given.deployment = given.collect(() -> text(sources, Keys.DEPLOYMENT), NO_TEXT);
        given.stack = given.collect(() -> text(sources, Keys.STACK), NO_TEXT);
        // an empty team, given or not, means the project type's default team, so it follows a change of type
        given.agents = given.collect(() -> names(sources, Keys.AGENTS), NO_NAMES);
        given.targets = given.collect(() -> names(sources, Keys.TARGETS), NO_NAMES);
        if (given.projectType.value() != null) {
            given.type = given.collect(() -> requireProjectType(given.projectType), null);
        }
        if (given.deployment.value() != null) {
            given.platform = given.collect(() -> requireDeployment(given.deployment), null);
        }
        if (given.stack.value() != null) {
            given.chosenStack = given.collect(() -> requireStack(given.stack, given.type, given.projectType), null);
        }
        for (int i = 0; i < given.agents.value().size(); i++) {
            int item = i;
            given.collect(() -> requireRole(given.agents, item));
        }
        for (int i = 0; i < given.targets.value().size(); i++) {
            int item = i;
            given.collect(() -> requireTarget(given.targets, item));
        }
        Given<String> name = given.collect(() -> text(sources, Keys.PROJECT_NAME), NO_TEXT);
        if (nameRequired || name.value() != null) {
            given.name = given.collect(() -> requireName(name), null);
        }
        given.values = values(sources, given.chosenStack, given.platform, given);
        given.scaffolds = given.collect(() -> names(sources, Keys.SCAFFOLDS).value(), List.of());
        return given;
    }

    private static final Given<String> NO_TEXT = new Given<>(null, null);
    private static final Given<List<String>> NO_NAMES = new Given<>(List.of(), null);

    /** The answers as the sources give them, and every problem found with them. */
    private final class Checked {

        private final List<AgentryException> problems = new ArrayList<>();
        private Given<String> projectType = NO_TEXT;
        private Given<String> deployment = NO_TEXT;
        private Given<String> stack = NO_TEXT;
        private Given<List<String>> agents = NO_NAMES;
        private Given<List<String>> targets = NO_NAMES;
        private ProjectType type;
        private Deployment platform;
        private Stack chosenStack;
        private String name;
        private Map<String, Object> values = Map.of();
        private List<String> scaffolds = List.of();

        /** The value the check gives, or {@code otherwise} once its problem is noted. */
        <T> T collect(Supplier<T> check, T otherwise) {
            try {
                return check.get();
            }
            catch (AgentryException e) {
                problems.add(e);
                return otherwise;
            }
        }

        void collect(Runnable check) {
            collect(() -> {
                check.run();
                return null;
            }, null);
        }

        /** The answers every team needs that no source gives. */
        List<String> missing() {
            List<String> missing = new ArrayList<>();
            if (projectType.value() == null) {
                missing.add(Keys.PROJECT_TYPE);
            }
            if (deployment.value() == null) {
                missing.add(Keys.DEPLOYMENT);
            }
            if (stack.value() == null) {
                missing.add(Keys.STACK);
            }
            if (type != null && type.teamIsChosen() && agents.value().isEmpty()) {
                missing.add(Keys.AGENTS);
            }
            return missing;
        }

        /** Throws the problem found, or one error naming them all, one per line. */
        void throwProblems() {
            if (problems.size() == 1) {
                throw problems.get(0);
            }
            if (!problems.isEmpty()) {
                throw AgentryException.usage(String.join("\n", problems.stream().map(AgentryException::getMessage).toList()));
            }
        }
    }

    /** Each key of the source that is neither an answer nor a setting or variable of the catalogue is a problem. */
    private void checkKeys(AnswerSource source, Checked given) {
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
                given.problems.add(source.problem(key, -1, "Unknown key '" + key + "'", Suggestions.didYouMean(key, known)
                        + " Answers are " + String.join(", ", Keys.ANSWERS) + "; --set also takes the settings "
                        + String.join(", ", catalog.settings().keySet())
                        + " and the variables of stacks and deployments (see 'agentry list stacks --json')."));
            }
        }
    }

    /** The first source's value of a single-valued answer, or a null value when no source has one. */
    private static Given<String> text(List<AnswerSource> sources, String key) {
        for (AnswerSource source : sources) {
            if (source.has(key)) {
                return new Given<>(source.text(key), source);
            }
        }
        return new Given<>(null, null);
    }

    /** The first source's list of names, or an empty list when no source has one. */
    private static Given<List<String>> names(List<AnswerSource> sources, String key) {
        for (AnswerSource source : sources) {
            if (source.has(key)) {
                return new Given<>(source.names(key), source);
            }
        }
        return new Given<>(List.of(), null);
    }

    /**
     * The explicit values of variables and settings, each from the first source holding it, in the type of the value it
     * overrides (the setting's, else the deployment's variable, else the stack's; as given while the stack or the
     * deployment is not known). A value of the wrong type is a problem.
     */
    private Map<String, Object> values(List<AnswerSource> sources, Stack stack, Deployment deployment, Checked given) {
        Map<String, Given<Object>> winners = new LinkedHashMap<>();
        for (int i = sources.size() - 1; i >= 0; i--) {
            AnswerSource source = sources.get(i);
            source.values().forEach((key, value) -> {
                if (!Keys.ANSWERS.contains(key) && value != null) {
                    winners.put(key, new Given<>(value, source));
                }
            });
        }
        Map<String, Object> values = new LinkedHashMap<>();
        winners.forEach((key, winner) -> {
            Object declared = catalog.settings().containsKey(key) ? catalog.settings().get(key)
                    : deployment != null && deployment.variables().containsKey(key) ? deployment.variables().get(key)
                    : stack != null ? stack.variables().get(key) : null;
            values.put(key, given.collect(() -> Coercion.coerce(winner.source(), key, winner.value(), declared), null));
        });
        return values;
    }

    private ProjectType requireProjectType(Given<String> id) {
        return catalog.projectType(id.value()).orElseThrow(() -> unknown("project type", Keys.PROJECT_TYPE, id, -1,
                catalog.projectTypes().stream().map(ProjectType::id).toList()));
    }

    private Deployment requireDeployment(Given<String> id) {
        return catalog.deployment(id.value()).orElseThrow(() -> unknown("deployment", Keys.DEPLOYMENT, id, -1,
                catalog.deployments().stream().map(Deployment::id).toList()));
    }

    /**
     * The stack, which must suit the project type. When it does not, the message names both answers' places (often a
     * stored stack and a new type given as an option), the stacks that suit the type and what to pass.
     */
    private Stack requireStack(Given<String> id, ProjectType type, Given<String> projectType) {
        Stack stack = catalog.stack(id.value()).orElseThrow(() -> unknown("stack", Keys.STACK, id, -1,
                catalog.stacks().stream().map(Stack::id).toList()));
        if (type == null || stack.suits(type.id())) {
            // with no project type known (yet), any stack of the catalogue may be the one
            return stack;
        }
        List<String> suited = catalog.stacksFor(type.id()).stream().map(Stack::id).toList();
        AnswerSource source = id.source();
        String typeFrom = projectType.source() == source ? "" : ", " + projectType.source().place(Keys.PROJECT_TYPE, -1);
        String subject = "Stack '" + id.value() + "' (" + stack.name() + ") does not suit project type '" + type.id() + "' ("
                + type.name() + typeFrom + ")";
        String detail = " Stacks for " + type.id() + ": " + String.join(", ", suited) + ". Choose one with --stack"
                + (suited.isEmpty() ? "" : " (for example --stack " + suited.get(0) + ")")
                + ", or another project type with --project-type.";
        throw source.origin().isFile() ? source.problem(Keys.STACK, -1, subject, detail)
                : AgentryException.usage(subject + "." + detail);
    }

    private void requireRole(Given<List<String>> agents, int item) {
        String id = agents.value().get(item);
        List<String> roles = catalog.roles().stream().map(AgentSpec::id).toList();
        if (roles.contains(id)) {
            return;
        }
        catalog.deployments().stream().filter(d -> d.agent().equals(id)).findFirst().ifPresent(d -> {
            throw agents.source().problem(Keys.AGENTS, item, "'" + id + "' is the deployment agent of '" + d.id() + "'",
                    " It joins the team through the deployment (--deployment " + d.id() + "); remove it from the team.");
        });
        throw unknown("agent", Keys.AGENTS, new Given<>(id, agents.source()), item, roles);
    }

    private void requireTarget(Given<List<String>> targets, int item) {
        String id = targets.value().get(item);
        if (!knownTargets.contains(id)) {
            throw unknown("target", Keys.TARGETS, new Given<>(id, targets.source()), item, knownTargets);
        }
    }

    private static String requireName(Given<String> name) {
        if (name.value() == null) {
            if (name.source() == null) {
                throw AgentryException.usage("The project name is empty: give one with --project-name.");
            }
            throw name.source().problem(Keys.PROJECT_NAME, -1, "The project name is empty", " Give one with --project-name.");
        }
        for (int i = 0; i < name.value().length(); i++) {
            if (Character.isISOControl(name.value().charAt(i))) {
                throw name.source().problem(Keys.PROJECT_NAME, -1, "The project name contains a line break or control"
                        + " character", " Give a single line.");
            }
        }
        if (name.value().length() > MAX_NAME_LENGTH) {
            throw name.source().problem(Keys.PROJECT_NAME, -1, "The project name is " + name.value().length()
                    + " characters long; the limit is " + MAX_NAME_LENGTH, " Give a shorter one.");
        }
        return name.value();
    }

    private static AgentryException unknown(String kind, String key, Given<String> id, int item, List<String> valid) {
        return id.source().problem(key, item, "Unknown " + kind + " '" + id.value() + "'",
                Suggestions.didYouMean(id.value(), valid) + " Valid: " + String.join(", ", valid) + ".");
    }
}
