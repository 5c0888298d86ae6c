package dev.agentry.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.agentry.catalog.Catalog;
import dev.agentry.catalog.CatalogLoader;
import dev.agentry.interview.Keys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static dev.agentry.cli.VirtualTerminal.CTRL_C;
import static dev.agentry.cli.VirtualTerminal.DOWN;
import static dev.agentry.cli.VirtualTerminal.ENTER;
import static dev.agentry.cli.VirtualTerminal.ESC;
import static dev.agentry.cli.VirtualTerminal.SPACE;
import static dev.agentry.cli.VirtualTerminal.UP;
import static org.assertj.core.api.Assertions.assertThat;

/** The wizard's prompts driven by key presses through a virtual terminal. */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class InitWizardTests {

    private static final Catalog CATALOG = new CatalogLoader().load(List.of());

    private final VirtualTerminal terminal = new VirtualTerminal();
    private final InitWizard wizard = new InitWizard(VirtualTerminal::flows);

    @AfterEach
    void close() {
        terminal.shutdown();
    }

    private Optional<Map<String, Object>> ask(Map<String, Object> known, Map<String, Object> stored, Future<?> typing)
            throws Exception {
        try (WizardTerminal session = terminal.session()) {
            Optional<Map<String, Object>> answers = wizard.ask(session, CATALOG, known, stored, "shop");
            typing.get(30, TimeUnit.SECONDS);
            return answers;
        }
    }

    @Test
    void enterThroughEveryPromptGivesTheDefaults() throws Exception {
        Future<?> typing = terminal.type("Project name", ENTER, "Project type", ENTER, "Deployment", ENTER, "Stack", ENTER,
                "Team", ENTER, "Agent tools", ENTER);
        Map<String, Object> answers = ask(Map.of(), Map.of(), typing).orElseThrow();
        assertThat(answers).containsEntry(Keys.PROJECT_NAME, "shop").containsEntry(Keys.PROJECT_TYPE, "web-app")
                .containsEntry(Keys.DEPLOYMENT, "aws").containsEntry(Keys.STACK, CATALOG.stacksFor("web-app").get(0).id())
                .containsEntry(Keys.AGENTS, List.of()).containsEntry(Keys.TARGETS, List.of("claude"));
        assertThat(terminal.shown()).contains("Full-Stack Web - A web application", "AWS - adds aws-deployment-engineer");
    }

    @Test
    void arrowKeysMoveThroughASingleSelect() throws Exception {
        Future<?> typing = terminal.type("Project name", "Bookshop" + ENTER, "Project type", DOWN + DOWN + ENTER,
                "Deployment", DOWN + DOWN + ENTER, "Stack", ENTER, "Team", ENTER, "Agent tools", ENTER);
        Map<String, Object> answers = ask(Map.of(), Map.of(), typing).orElseThrow();
        assertThat(answers).containsEntry(Keys.PROJECT_NAME, "Bookshop").containsEntry(Keys.PROJECT_TYPE, "backend-api")
                .containsEntry(Keys.DEPLOYMENT, CATALOG.deployments().get(2).id());
    }

    @Test
    void stacksOfferedAreThoseSuitedToTheChosenType() throws Exception {
        Future<?> typing = terminal.type("Stack", ENTER, "Team", ENTER, "Agent tools", ENTER);
        Map<String, Object> answers = ask(Map.of(Keys.PROJECT_NAME, "x", Keys.PROJECT_TYPE, "web-frontend",
                Keys.DEPLOYMENT, "vercel"), Map.of(), typing).orElseThrow();
        assertThat(CATALOG.stack(String.valueOf(answers.get(Keys.STACK))).orElseThrow().suits("web-frontend")).isTrue();
        String stackPrompt = terminal.shown().substring(terminal.shown().indexOf("Stack"));
        CATALOG.stacks().stream().filter(s -> !s.suits("web-frontend"))
                .forEach(s -> assertThat(stackPrompt).doesNotContain(s.name() + " - "));
    }

    @Test
    void spaceTogglesARoleInTheTeam() throws Exception {
        Future<?> typing = terminal.type("Team", DOWN + SPACE + ENTER, "Agent tools", ENTER);
        Map<String, Object> answers = ask(Map.of(Keys.PROJECT_NAME, "x", Keys.PROJECT_TYPE, "backend-api",
                Keys.DEPLOYMENT, "aws", Keys.STACK, "python-fastapi"), Map.of(), typing).orElseThrow();
        assertThat(answers.get(Keys.AGENTS)).isEqualTo(List.of("product-manager", "ui-ux-designer", "backend-engineer",
                "code-reviewer", "testing-specialist"));
    }

    @Test
    void answersGivenAsOptionsAreNotAsked() throws Exception {
        Future<?> typing = terminal.type();
        Map<String, Object> known = Map.of(Keys.PROJECT_NAME, "x", Keys.PROJECT_TYPE, "backend-api", Keys.DEPLOYMENT, "aws",
                Keys.STACK, "python-fastapi", Keys.AGENTS, "backend-engineer", Keys.TARGETS, "claude,codex");
        assertThat(ask(known, Map.of(), typing)).contains(known);
        assertThat(terminal.shown()).doesNotContain("Project type", "Team", "Agent tools");
    }

    private static final Map<String, Object> ALL_BUT_TARGETS = Map.of(Keys.PROJECT_NAME, "x", Keys.PROJECT_TYPE, "backend-api",
            Keys.DEPLOYMENT, "aws", Keys.STACK, "python-fastapi", Keys.AGENTS, "backend-engineer");

    @Test
    void agentToolsListEveryTargetWithClaudeCheckedByDefault() throws Exception {
        Future<?> typing = terminal.type("Agent tools", ENTER);
        Map<String, Object> answers = ask(ALL_BUT_TARGETS, Map.of(), typing).orElseThrow();
        assertThat(answers.get(Keys.TARGETS)).isEqualTo(List.of("claude"));
        assertThat(terminal.shown()).contains("Claude Code - .claude/agents/", "AGENTS.md - ", "GitHub Copilot - .github/agents/",
                "Gemini CLI - .gemini/agents/", "OpenCode - .opencode/agents/", "Codex - .codex/agents/");
    }

    @Test
    void spaceAddsAnAgentToolInTheOrderOfTheList() throws Exception {
        Future<?> typing = terminal.type("Agent tools", DOWN + DOWN + DOWN + DOWN + DOWN + SPACE + UP + UP + UP + UP + SPACE
                + ENTER);
        Map<String, Object> answers = ask(ALL_BUT_TARGETS, Map.of(), typing).orElseThrow();
        assertThat(answers.get(Keys.TARGETS)).isEqualTo(List.of("claude", "agents-md", "codex"));
    }

    @Test
    void storedTargetsArePrechecked() throws Exception {
        Future<?> typing = terminal.type("Agent tools", ENTER);
        Map<String, Object> answers = ask(ALL_BUT_TARGETS, Map.of(Keys.TARGETS, List.of("copilot", "gemini")), typing)
                .orElseThrow();
        assertThat(answers.get(Keys.TARGETS)).isEqualTo(List.of("copilot", "gemini"));
    }

    @Test
    void noAgentToolAtAllAsksAgain() throws Exception {
        Future<?> typing = terminal.type("Agent tools", SPACE + ENTER, "Pick at least one agent tool", "", "Agent tools",
                DOWN + SPACE + ENTER);
        Map<String, Object> answers = ask(ALL_BUT_TARGETS, Map.of(), typing).orElseThrow();
        assertThat(answers.get(Keys.TARGETS)).isEqualTo(List.of("claude", "agents-md"));
    }

    @Test
    void ctrlCAtAgentToolsCancels() throws Exception {
        Future<?> typing = terminal.type("Agent tools", CTRL_C);
        assertThat(ask(ALL_BUT_TARGETS, Map.of(), typing)).isEmpty();
    }

    @Test
    void ctrlCCancels() throws Exception {
        Future<?> typing = terminal.type("Project name", ENTER, "Project type", CTRL_C);
        assertThat(ask(Map.of(), Map.of(), typing)).isEmpty();
    }

    @Test
    void escCancels() throws Exception {
        Future<?> typing = terminal.type("Project name", ENTER, "Project type", DOWN + ENTER, "Deployment", ESC);
        assertThat(ask(Map.of(), Map.of(), typing)).isEmpty();
    }

    @Test
    void storedAnswersArePreselected() throws Exception {
        Map<String, Object> stored = Map.of(Keys.PROJECT_NAME, "Shop", Keys.PROJECT_TYPE, "backend-api",
                Keys.DEPLOYMENT, "kubernetes", Keys.STACK, "python-fastapi", Keys.AGENTS, List.of("backend-engineer", "code-reviewer"),
                Keys.TARGETS, List.of("claude", "opencode"));
        Future<?> typing = terminal.type("Project name", ENTER, "Project type", ENTER, "Deployment", ENTER, "Stack", ENTER,
                "Team", ENTER, "Agent tools", ENTER);
        Map<String, Object> answers = ask(Map.of(), stored, typing).orElseThrow();
        assertThat(answers).containsEntry(Keys.PROJECT_NAME, "Shop").containsEntry(Keys.PROJECT_TYPE, "backend-api")
                .containsEntry(Keys.DEPLOYMENT, "kubernetes").containsEntry(Keys.STACK, "python-fastapi")
                .containsEntry(Keys.AGENTS, List.of("backend-engineer", "code-reviewer"))
                .containsEntry(Keys.TARGETS, List.of("claude", "opencode"));
    }

    @Test
    void confirmationDefaultsToYesAndTakesNo() throws Exception {
        try (WizardTerminal session = terminal.session()) {
            Future<?> typing = terminal.type("Write these files?", ENTER);
            assertThat(wizard.confirm(session, "Write these files?")).contains(true);
            typing.get(30, TimeUnit.SECONDS);
            typing = terminal.type("Write these files?", "n" + ENTER);
            assertThat(wizard.confirm(session, "Write these files?")).contains(false);
            typing.get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void theConfirmationEchoesYesOrNo() throws Exception {
        try (WizardTerminal session = terminal.session()) {
            Future<?> typing = terminal.type("Write these files?", ENTER);
            assertThat(wizard.confirm(session, "Write these files?")).contains(true);
            typing.get(30, TimeUnit.SECONDS);
            typing = terminal.type("Write these files?", "n" + ENTER);
            assertThat(wizard.confirm(session, "Write these files?")).contains(false);
            typing.get(30, TimeUnit.SECONDS);
        }
        assertThat(terminal.shown()).contains("Write these files? yes", "Write these files? no").doesNotContain("true", "false");
    }

    @Test
    void aCancelledConfirmationShowsNothingAsChosen() throws Exception {
        for (String key : List.of(CTRL_C, ESC)) {
            VirtualTerminal fresh = new VirtualTerminal();
            try (WizardTerminal session = fresh.session()) {
                Future<?> typing = fresh.type("Write these files?", key);
                assertThat(wizard.confirm(session, "Write these files?")).isEmpty();
                typing.get(30, TimeUnit.SECONDS);
            }
            finally {
                fresh.shutdown();
            }
            assertThat(lastLines(fresh.shown())).as(key).contains("Write these files?").doesNotContain("yes", "true", "no");
        }
    }

    @Test
    void escOnATextPromptDoesNotShowTheDefaultAsChosen() throws Exception {
        Future<?> typing = terminal.type("Project name", ESC);
        assertThat(ask(Map.of(), Map.of(), typing)).isEmpty();
        assertThat(lastLines(terminal.shown())).contains("Project name").doesNotContain("shop");
    }

    @Test
    void escOrCtrlCOnAListDoesNotShowTheHighlightedItemAsChosen() throws Exception {
        Future<?> typing = terminal.type("Project name", ENTER, "Project type", DOWN + ESC);
        assertThat(ask(Map.of(), Map.of(), typing)).isEmpty();
        assertThat(lastLines(terminal.shown())).contains("Project type").doesNotContain("Full-Stack Web", "Frontend");
        Future<?> team = terminal.type("Team", CTRL_C);
        assertThat(ask(Map.of(Keys.PROJECT_NAME, "x", Keys.PROJECT_TYPE, "backend-api", Keys.DEPLOYMENT, "aws", Keys.STACK,
                "python-fastapi"), Map.of(), team)).isEmpty();
        assertThat(lastLines(terminal.shown())).contains("Team").doesNotContain("product-manager", "backend-engineer");
    }

    /** Issue 12, trial item 7: a list whose filter matches nothing still cancels on Esc or Ctrl-C. */
    @Test
    void escOrCtrlCCancelAListWhoseFilterMatchesNothing() throws Exception {
        for (String key : List.of(ESC, CTRL_C)) {
            Future<?> typing = terminal.type("Project name", ENTER, "Project type", "zz", "nothing matches", key);
            assertThat(ask(Map.of(), Map.of(), typing)).as("key %s", (int) key.charAt(0)).isEmpty();
        }
        Future<?> deployment = terminal.type("Deployment", "xx", "nothing matches", ESC);
        assertThat(ask(Map.of(Keys.PROJECT_NAME, "x", Keys.PROJECT_TYPE, "backend-api"), Map.of(), deployment)).isEmpty();
        Future<?> team = terminal.type("Team", "qq", "nothing matches", ESC);
        assertThat(ask(Map.of(Keys.PROJECT_NAME, "x", Keys.PROJECT_TYPE, "backend-api", Keys.DEPLOYMENT, "aws", Keys.STACK,
                "python-fastapi"), Map.of(), team)).isEmpty();
    }

    /** A filter that matches nothing says so, and Enter then waits for a filter that matches (it cannot pick nothing). */
    @Test
    void enterOnAListWhoseFilterMatchesNothingWaitsForAMatch() throws Exception {
        Future<?> typing = terminal.type("Project name", ENTER, "Project type", "zz" + ENTER, "nothing matches",
                "\u007f\u007f" + "Mob", "Mobile -", ENTER, "Deployment", ENTER, "Stack", ENTER, "Team", ENTER, "Agent tools", ENTER);
        Map<String, Object> answers = ask(Map.of(), Map.of(), typing).orElseThrow();
        assertThat(answers).containsEntry(Keys.PROJECT_TYPE, "mobile-app");
    }

    /** Trial item 6: a hand-picked team is pre-checked when the project type changes, as update keeps it. */
    @Test
    void aHandPickedTeamIsKeptWhenTheProjectTypeChanges() throws Exception {
        Map<String, Object> stored = Map.of(Keys.PROJECT_NAME, "Shop", Keys.PROJECT_TYPE, "web-app", Keys.DEPLOYMENT, "aws",
                Keys.STACK, CATALOG.stacksFor("web-app").get(0).id(), Keys.AGENTS, List.of("backend-engineer", "code-reviewer"));
        Future<?> typing = terminal.type("Project name", ENTER, "Project type", "Mob", "Mobile -", ENTER, "Deployment", ENTER,
                "Stack", ENTER, "Team", ENTER, "Agent tools", ENTER);
        Map<String, Object> answers = ask(Map.of(), stored, typing).orElseThrow();
        assertThat(answers).containsEntry(Keys.PROJECT_TYPE, "mobile-app")
                .containsEntry(Keys.AGENTS, List.of("backend-engineer", "code-reviewer"));
    }

    /** The type's own team (stored as the default) follows the type: a new type pre-checks the new type's team. */
    @Test
    void theDefaultTeamFollowsANewProjectType() throws Exception {
        Map<String, Object> stored = Map.of(Keys.PROJECT_NAME, "Shop", Keys.PROJECT_TYPE, "web-app", Keys.DEPLOYMENT, "aws",
                Keys.STACK, CATALOG.stacksFor("web-app").get(0).id(), Keys.AGENTS, List.of());
        Future<?> typing = terminal.type("Project name", ENTER, "Project type", "Mob", "Mobile -", ENTER, "Deployment", ENTER,
                "Stack", ENTER, "Team", ENTER, "Agent tools", ENTER);
        Map<String, Object> answers = ask(Map.of(), stored, typing).orElseThrow();
        assertThat(answers).containsEntry(Keys.PROJECT_TYPE, "mobile-app").containsEntry(Keys.AGENTS, List.of());
    }

    /**
     * A type whose team is chosen (custom) has no team to fall back on: the roles picked are recorded as they are, even
     * when they are the agents that name every type (a legacy agent's), which an empty list would otherwise stand for.
     */
    @Test
    void aChosenTeamIsRecordedAsPickedEvenWhenItIsTheAgentsThatNameTheType(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path layer) throws Exception {
        Catalog catalog = new CatalogLoader().load(List.of(dev.agentry.TestLayers.layer(layer, Map.of(
                "agents/security-engineer.md", "---\nname: security-engineer\ndescription: Reviews security.\n---\n"
                        + "# Security\n\nYou review security.\n"))));
        assertThat(catalog.defaultTeam(catalog.projectType("custom").orElseThrow())).containsExactly("security-engineer");
        Future<?> typing = terminal.type("Project name", ENTER, "Deployment", ENTER, "Stack", ENTER, "Team", ENTER,
                "Agent tools", ENTER);
        Map<String, Object> answers;
        try (WizardTerminal session = terminal.session()) {
            answers = wizard.ask(session, catalog, Map.of(Keys.PROJECT_TYPE, "custom"), Map.of(), "shop").orElseThrow();
            typing.get(30, TimeUnit.SECONDS);
        }
        assertThat(answers).containsEntry(Keys.PROJECT_TYPE, "custom").containsEntry(Keys.AGENTS, List.of("security-engineer"));
    }

    /** What a prompt leaves on screen once done: its last line (the running prompt is erased before it). */
    private static String lastLines(String shown) {
        String text = shown.replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", "").replaceAll("\u001b[=>]", "");
        String[] lines = text.strip().split("\r?\n");
        String last = lines[lines.length - 1];
        // the running prompt is erased and the cursor put back at the start of its line before the result is printed
        return last.substring(last.lastIndexOf('\r') + 1);
    }
}
