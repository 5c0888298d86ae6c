package dev.agentry.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import dev.agentry.catalog.AgentSpec;
import dev.agentry.catalog.Catalog;
import dev.agentry.catalog.Deployment;
import dev.agentry.catalog.ProjectType;
import dev.agentry.catalog.Stack;
import dev.agentry.format.Formats;
import dev.agentry.format.ToolFormat;
import dev.agentry.interview.Keys;
import dev.agentry.plan.ForeignFiles;
import org.springframework.shell.jline.tui.component.context.ComponentContext;
import org.springframework.shell.jline.tui.component.flow.ComponentFlow;
import org.springframework.shell.jline.tui.component.flow.SelectItem;

/**
 * The questions of {@code agentry init}, each a Spring Shell ComponentFlow prompt: project name, project type,
 * deployment, stack (only those suited to the type), team (pre-checked with the type's team) and agent tools
 * (pre-checked with the stored targets, else Claude Code). A question answered by an option is not asked; every
 * prompt has a default, so Enter through all of them gives a valid team.
 */
final class InitWizard {

    private final Supplier<ComponentFlow.Builder> flows;

    InitWizard(Supplier<ComponentFlow.Builder> flows) {
        this.flows = flows;
    }

    /**
     * Asks what is not yet known.
     *
     * @param known answers given as options (keys of answers.yml)
     * @param stored the target's stored answers, pre-selected as defaults
     * @return the answers, or empty when the user cancelled
     */
    Optional<Map<String, Object>> ask(WizardTerminal session, Catalog catalog, Map<String, Object> known,
            Map<String, Object> stored, String folderName) {
        Map<String, Object> answers = new LinkedHashMap<>(known);
        if (!answers.containsKey(Keys.PROJECT_NAME)) {
            Optional<String> name = askName(session, String.valueOf(stored.getOrDefault(Keys.PROJECT_NAME, folderName)));
            if (name.isEmpty()) {
                return Optional.empty();
            }
            answers.put(Keys.PROJECT_NAME, name.get());
        }
        if (!answers.containsKey(Keys.PROJECT_TYPE)) {
            List<Choice> choices = catalog.projectTypes().stream()
                    .map(t -> new Choice(t.id(), t.name() + " - " + t.description())).toList();
            String type = select(session, "Project type", choices, String.valueOf(stored.getOrDefault(Keys.PROJECT_TYPE, "")));
            if (session.cancelled()) {
                return Optional.empty();
            }
            answers.put(Keys.PROJECT_TYPE, type);
        }
        String projectType = String.valueOf(answers.get(Keys.PROJECT_TYPE));
        if (!answers.containsKey(Keys.DEPLOYMENT)) {
            List<Choice> choices = catalog.deployments().stream()
                    .map(d -> new Choice(d.id(), d.name() + " - adds " + d.agent())).toList();
            String deployment = select(session, "Deployment", choices, String.valueOf(stored.getOrDefault(Keys.DEPLOYMENT, "")));
            if (session.cancelled()) {
                return Optional.empty();
            }
            answers.put(Keys.DEPLOYMENT, deployment);
        }
        if (!answers.containsKey(Keys.STACK)) {
            List<Choice> choices = catalog.stacksFor(projectType).stream()
                    .map(s -> new Choice(s.id(), s.name() + (s.description().isEmpty() ? "" : " - " + s.description()))).toList();
            String stack = select(session, "Stack", choices, String.valueOf(stored.getOrDefault(Keys.STACK, "")));
            if (session.cancelled()) {
                return Optional.empty();
            }
            answers.put(Keys.STACK, stack);
        }
        if (!answers.containsKey(Keys.AGENTS)) {
            List<String> team = team(session, catalog, projectType, stored);
            if (session.cancelled()) {
                return Optional.empty();
            }
            List<String> defaults = catalog.projectType(projectType).map(catalog::defaultTeam).orElse(List.of());
            // the type's own team is recorded as "default", so a later change of type brings that type's team
            answers.put(Keys.AGENTS, team.equals(defaults) ? List.of() : team);
        }
        if (!answers.containsKey(Keys.TARGETS)) {
            List<String> targets = targets(session, stored);
            if (session.cancelled()) {
                return Optional.empty();
            }
            answers.put(Keys.TARGETS, targets);
        }
        return Optional.of(answers);
    }

    /** Asks for the project name (the first question, which needs no catalogue); empty when cancelled. */
    Optional<String> askName(WizardTerminal session, String defaultName) {
        String name = text(session, "Project name", defaultName);
        return session.cancelled() ? Optional.empty() : Optional.of(name);
    }

    /** Asks for the final go-ahead; empty when cancelled. */
    Optional<Boolean> confirm(WizardTerminal session, String question) {
        Object result = flows.get().clone().reset().terminal(session.terminal())
                .withConfirmationInput("confirm").name(question).defaultValue(true).template(PROMPTS + "confirmation-input.stg")
                .preHandler(InitWizard::start).postHandler(c -> {
                    finish(c, session);
                    c.put(SHOWN, Boolean.TRUE.equals(c.getResultValue()) ? "yes" : "no");
                }).and()
                .build().run().getContext().get("confirm");
        return session.cancelled() ? Optional.empty() : Optional.of(Boolean.TRUE.equals(result));
    }

    /**
     * Asks what to do with files where the team goes that agentry did not write (listed first): keep them as the user's
     * (adopt), back them up and overwrite them, or write nothing ({@link ForeignFiles#REFUSE}); empty when cancelled.
     */
    Optional<ForeignFiles> inTheWay(WizardTerminal session, List<String> paths) {
        session.terminal().writer().println("These files exist where the team goes, and agentry did not write them:");
        paths.forEach(path -> session.terminal().writer().println("  " + path));
        session.terminal().flush();
        // the id is what the finished prompt shows as chosen: the words a user reads, not the policy's name
        Map<String, ForeignFiles> policies = new LinkedHashMap<>();
        policies.put("keep yours", ForeignFiles.ADOPT);
        policies.put("overwrite after a backup", ForeignFiles.OVERWRITE);
        policies.put("write nothing", ForeignFiles.REFUSE);
        List<Choice> choices = List.of(
                new Choice("keep yours", "Keep yours - agentry merges its changes into them from now on (--adopt)"),
                new Choice("overwrite after a backup", "Overwrite them - each is backed up under .agentry/backup/ first (--force)"),
                new Choice("write nothing", "Write nothing"));
        String picked = select(session, "Files not written by agentry are in the way", choices, "keep yours");
        return session.cancelled() ? Optional.empty() : Optional.of(policies.get(picked));
    }

    private List<String> team(WizardTerminal session, Catalog catalog, String projectType, Map<String, Object> stored) {
        List<String> preset = catalog.projectType(projectType).map(catalog::defaultTeam).orElse(List.of());
        // a hand-picked team is the user's answer, kept whatever the type (as update keeps it); an empty one stands
        // for the type's own team, so a new type brings its team
        List<String> chosen = storedList(stored.get(Keys.AGENTS));
        if (!chosen.isEmpty()) {
            preset = chosen;
        }
        while (true) {
            List<SelectItem> items = new ArrayList<>();
            for (AgentSpec role : catalog.roles()) {
                items.add(SelectItem.of(role.name() + " - " + role.focus(), role.id(), true, preset.contains(role.id())));
            }
            Object result = flows.get().clone().reset().terminal(session.terminal())
                    .withMultiItemSelector("team").name("Team (space toggles, Enter accepts)").selectItems(items).max(12)
                    .template(PROMPTS + "multi-item-selector.stg").preHandler(InitWizard::start).postHandler(c -> finish(c, session)).and()
                    .build().run().getContext().get("team");
            List<String> picked = new ArrayList<>();
            if (result instanceof List<?> list) {
                // keep the catalogue's order, whatever order the prompt returns
                catalog.roles().stream().map(AgentSpec::id).filter(id -> list.contains(id)).forEach(picked::add);
            }
            if (session.cancelled() || !picked.isEmpty()) {
                return picked;
            }
            session.terminal().writer().println("Pick at least one role (space toggles a role).");
            session.terminal().flush();
        }
    }

    /** The agent tools to write for, pre-checked with the stored targets (else the default, Claude Code). */
    private List<String> targets(WizardTerminal session, Map<String, Object> stored) {
        List<String> preset = storedList(stored.get(Keys.TARGETS));
        if (preset.isEmpty()) {
            preset = List.of(Formats.ids().get(0));
        }
        while (true) {
            List<SelectItem> items = new ArrayList<>();
            for (ToolFormat format : Formats.all()) {
                items.add(SelectItem.of(format.label(), format.id(), true, preset.contains(format.id())));
            }
            Object result = flows.get().clone().reset().terminal(session.terminal())
                    .withMultiItemSelector("targets").name("Agent tools (space toggles, Enter accepts)").selectItems(items)
                    .max(12).template(PROMPTS + "multi-item-selector.stg").preHandler(InitWizard::start).postHandler(c -> finish(c, session)).and()
                    .build().run().getContext().get("targets");
            List<String> picked = new ArrayList<>();
            if (result instanceof List<?> list) {
                Formats.ids().stream().filter(list::contains).forEach(picked::add);
            }
            if (session.cancelled() || !picked.isEmpty()) {
                return picked;
            }
            session.terminal().writer().println("Pick at least one agent tool (space toggles a tool).");
            session.terminal().flush();
        }
    }

    /** A stored list answer, written in answers.yml as a YAML list or as "a,b". */
    private static List<String> storedList(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(String.valueOf(value).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private String text(WizardTerminal session, String question, String defaultValue) {
        Object result = flows.get().clone().reset().terminal(session.terminal())
                .withStringInput("text").name(question).defaultValue(defaultValue).template(PROMPTS + "string-input.stg")
                .preHandler(InitWizard::start).postHandler(c -> finish(c, session)).and()
                .build().run().getContext().get("text");
        String value = result == null ? "" : String.valueOf(result).strip();
        return value.isEmpty() ? defaultValue : value;
    }

    private String select(WizardTerminal session, String question, List<Choice> choices, String preferred) {
        List<SelectItem> items = choices.stream().map(c -> SelectItem.of(c.label(), c.id())).toList();
        Choice initial = choices.stream().filter(c -> c.id().equals(preferred)).findFirst().orElse(choices.get(0));
        Object result = flows.get().clone().reset().terminal(session.terminal())
                .withSingleItemSelector("choice").name(question).selectItems(items).defaultSelect(initial.label()).max(12)
                .template(PROMPTS + "single-item-selector.stg").preHandler(InitWizard::start).postHandler(c -> finish(c, session)).and()
                .build().run().getContext().get("choice");
        return result == null ? initial.id() : String.valueOf(result);
    }

    /** agentry's copies of Spring Shell's prompt templates, which show what the user chose as agentry means it. */
    private static final String PROMPTS = "classpath:dev/agentry/cli/prompts/";
    /** What a finished confirmation shows as the answer. */
    private static final String SHOWN = "agentryShown";

    private static final String CANCELLED = "agentryCancelled";

    /** Before a prompt: its template reads whether the wizard was cancelled, and a prompt's context has no defaults. */
    private static void start(ComponentContext<?> context) {
        context.put(CANCELLED, false);
        context.put(SHOWN, "");
    }

    /**
     * Once a prompt is done, tells its template whether the wizard was cancelled, so that a cancelled prompt shows
     * nothing as chosen (the prompt was closed with Enter, which picked its default).
     */
    private static void finish(ComponentContext<?> context, WizardTerminal session) {
        context.put(CANCELLED, session.cancelled());
    }

    /** One item of a selection: the id it stands for and the line shown. */
    record Choice(String id, String label) {
    }

    /** For messages: what a deployment, stack or project type is called. */
    static String describe(Catalog catalog, Map<String, Object> answers) {
        String type = catalog.projectType(String.valueOf(answers.get(Keys.PROJECT_TYPE))).map(ProjectType::name).orElse("?");
        String stack = catalog.stack(String.valueOf(answers.get(Keys.STACK))).map(Stack::name).orElse("?");
        String deployment = catalog.deployment(String.valueOf(answers.get(Keys.DEPLOYMENT))).map(Deployment::name).orElse("?");
        return type + " · " + stack + " · " + deployment;
    }
}
