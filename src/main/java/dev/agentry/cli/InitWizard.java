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
     * Asks what is not yet known, with nothing detected.
     *
     * @see #ask(WizardTerminal, Catalog, Map, Map, String, Suggestions)
     */
    Optional<Map<String, Object>> ask(WizardTerminal session, Catalog catalog, Map<String, Object> known,
            Map<String, Object> stored, String folderName) {
        return ask(session, catalog, known, stored, folderName, Suggestions.NONE);
    }

    /**
     * Asks what is not yet known. Each question pre-selects the stored answer, else what the repository shows (with its
     * evidence in a line under the question), else its default.
     *
     * @param known answers given as options (keys of answers.yml)
     * @param stored the target's stored answers, pre-selected as defaults
     * @param detected what the repository shows, fitted to the answers chosen so far
     * @return the answers, or empty when the user cancelled
     */
    Optional<Map<String, Object>> ask(WizardTerminal session, Catalog catalog, Map<String, Object> known,
            Map<String, Object> stored, String folderName, Suggestions detected) {
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
            String type = select(session, "Project type", choices,
                    preset(stored, Keys.PROJECT_TYPE, detected.projectType(given(answers, Keys.STACK)), choices));
            if (session.cancelled()) {
                return Optional.empty();
            }
            answers.put(Keys.PROJECT_TYPE, type);
        }
        String projectType = String.valueOf(answers.get(Keys.PROJECT_TYPE));
        if (!answers.containsKey(Keys.DEPLOYMENT)) {
            List<Choice> choices = catalog.deployments().stream()
                    .map(d -> new Choice(d.id(), d.name() + " - adds " + d.agent())).toList();
            String deployment = select(session, "Deployment", choices,
                    preset(stored, Keys.DEPLOYMENT, detected.deployment(projectType, given(answers, Keys.STACK)), choices));
            if (session.cancelled()) {
                return Optional.empty();
            }
            answers.put(Keys.DEPLOYMENT, deployment);
        }
        if (!answers.containsKey(Keys.STACK)) {
            List<Choice> choices = catalog.stacksFor(projectType).stream()
                    .map(s -> new Choice(s.id(), s.name() + (s.description().isEmpty() ? "" : " - " + s.description()))).toList();
            String stack = select(session, "Stack", choices, preset(stored, Keys.STACK, detected.stack(projectType), choices));
            if (session.cancelled()) {
                return Optional.empty();
            }
            answers.put(Keys.STACK, stack);
        }
        if (!answers.containsKey(Keys.AGENTS)) {
            Optional<Suggestions.TeamSuggestion> calledFor = detected.team(projectType, String.valueOf(answers.get(Keys.STACK)));
            List<String> team = team(session, catalog, projectType, stored, calledFor);
            if (session.cancelled()) {
                return Optional.empty();
            }
            // the type's own team is recorded as "default", so a later change of type brings that type's team; a type
            // whose team is chosen has none to stand for, so its team is recorded as picked
            List<String> defaults = catalog.projectType(projectType).filter(type -> !type.teamIsChosen())
                    .map(catalog::defaultTeam).orElse(List.of());
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

    /**
     * What a question pre-selects: the stored answer (which comes before anything detected), else the detected value
     * when it is one of the choices, with its evidence, else nothing (the first choice).
     */
    private static Preset preset(Map<String, Object> stored, String key, Optional<Suggestions.Suggestion> detected,
            List<Choice> choices) {
        Object kept = stored.get(key);
        if (kept != null && !String.valueOf(kept).isBlank()) {
            return new Preset(String.valueOf(kept), null);
        }
        return detected.filter(s -> choices.stream().anyMatch(c -> c.id().equals(s.value())))
                .map(s -> new Preset(s.value(), s.evidence().isEmpty() ? null : s.evidence()))
                .orElse(new Preset("", null));
    }

    /** An answer already known, as text; null when it is not. */
    private static String given(Map<String, Object> answers, String key) {
        return answers.containsKey(key) ? String.valueOf(answers.get(key)) : null;
    }

    /** The choice a question starts on, and the evidence line shown under it when detection chose it (else null). */
    private record Preset(String id, String evidence) {
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
        return inTheWay(session, paths, Map.of());
    }

    /**
     * As above, with the placeholders each legacy agent file among them still holds (by path): keeping them fills those
     * from the answers, and the list and the choice say so.
     */
    Optional<ForeignFiles> inTheWay(WizardTerminal session, List<String> paths, Map<String, List<String>> placeholders) {
        session.terminal().writer().println("These files exist where the team goes, and agentry did not write them:");
        paths.forEach(path -> session.terminal().writer().println("  " + path + (placeholders.containsKey(path)
                ? "  (unfilled " + String.join(", ", placeholders.get(path).stream().map(n -> "{{" + n + "}}").toList())
                + ")" : "")));
        session.terminal().flush();
        // the id is what the finished prompt shows as chosen: the words a user reads, not the policy's name
        Map<String, ForeignFiles> policies = new LinkedHashMap<>();
        policies.put("keep yours", ForeignFiles.ADOPT);
        policies.put("overwrite after a backup", ForeignFiles.OVERWRITE);
        policies.put("write nothing", ForeignFiles.REFUSE);
        String keep = placeholders.isEmpty() ? "Keep yours - agentry merges its changes into them from now on (--adopt)"
                : "Keep yours - agentry fills the placeholders it knows, then merges into them (--adopt)";
        List<Choice> choices = List.of(
                new Choice("keep yours", keep),
                new Choice("overwrite after a backup", "Overwrite them - each is backed up under .agentry/backup/ first (--force)"),
                new Choice("write nothing", "Write nothing"));
        String picked = select(session, "Files not written by agentry are in the way", choices, "keep yours");
        return session.cancelled() ? Optional.empty() : Optional.of(policies.get(picked));
    }

    private List<String> team(WizardTerminal session, Catalog catalog, String projectType, Map<String, Object> stored,
            Optional<Suggestions.TeamSuggestion> calledFor) {
        List<String> preset = catalog.projectType(projectType).map(catalog::defaultTeam).orElse(List.of());
        String evidence = null;
        // a hand-picked team is the user's answer, kept whatever the type (as update keeps it); an empty one stands
        // for the type's own team, so a new type brings its team, with the members the repository calls for
        List<String> chosen = storedList(stored.get(Keys.AGENTS));
        if (!chosen.isEmpty()) {
            preset = chosen;
        }
        else if (calledFor.isPresent()) {
            preset = calledFor.get().agents();
            evidence = calledFor.get().evidence();
        }
        String shownEvidence = evidence;
        while (true) {
            List<SelectItem> items = new ArrayList<>();
            for (AgentSpec role : catalog.roles()) {
                items.add(SelectItem.of(role.name() + " - " + role.focus(), role.id(), true, preset.contains(role.id())));
            }
            Object result = flows.get().clone().reset().terminal(session.terminal())
                    .withMultiItemSelector("team").name("Team (space toggles, Enter accepts)").selectItems(items).max(12)
                    .template(PROMPTS + "multi-item-selector.stg").preHandler(c -> start(c, shownEvidence))
                    .postHandler(c -> finish(c, session)).and()
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
        return select(session, question, choices, new Preset(preferred, null));
    }

    private String select(WizardTerminal session, String question, List<Choice> choices, Preset preset) {
        List<SelectItem> items = choices.stream().map(c -> SelectItem.of(c.label(), c.id())).toList();
        Choice initial = choices.stream().filter(c -> c.id().equals(preset.id())).findFirst().orElse(choices.get(0));
        Object result = flows.get().clone().reset().terminal(session.terminal())
                .withSingleItemSelector("choice").name(question).selectItems(items).defaultSelect(initial.label()).max(12)
                .template(PROMPTS + "single-item-selector.stg").preHandler(c -> start(c, preset.evidence()))
                .postHandler(c -> finish(c, session)).and()
                .build().run().getContext().get("choice");
        return result == null ? initial.id() : String.valueOf(result);
    }

    /** agentry's copies of Spring Shell's prompt templates, which show what the user chose as agentry means it. */
    private static final String PROMPTS = "classpath:dev/agentry/cli/prompts/";
    /** What a finished confirmation shows as the answer. */
    private static final String SHOWN = "agentryShown";

    private static final String CANCELLED = "agentryCancelled";
    /** The line of evidence a list prompt shows under its question, when detection chose what it pre-selects. */
    private static final String EVIDENCE = "agentryEvidence";
    /** Whether there is such a line (a prompt's template reads a flag: any text, even empty, counts as true there). */
    private static final String HAS_EVIDENCE = "agentryHasEvidence";

    /** Before a prompt: its template reads whether the wizard was cancelled, and a prompt's context has no defaults. */
    private static void start(ComponentContext<?> context) {
        context.put(CANCELLED, false);
        context.put(SHOWN, "");
        // every key a template reads is set: a key missing from the context stops the prompt's rendering
        context.put(HAS_EVIDENCE, false);
        context.put(EVIDENCE, "");
    }

    /** Before a list prompt: as {@link #start(ComponentContext)}, with the evidence line to show (null for none). */
    private static void start(ComponentContext<?> context, String evidence) {
        start(context);
        if (evidence != null) {
            context.put(HAS_EVIDENCE, true);
            context.put(EVIDENCE, evidence);
        }
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
