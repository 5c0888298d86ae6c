package dev.agentry.interview;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.agentry.TestLayers;
import dev.agentry.catalog.Catalog;
import dev.agentry.catalog.CatalogLoader;
import dev.agentry.support.AgentryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnswerResolverTests {

    private static final Catalog CATALOG = new CatalogLoader().load(List.of());

    private final AnswerResolver resolver = new AnswerResolver(CATALOG, List.of("claude"));

    /** A source named as the tests name it: "--set", "flags", or a file (with every key on line 1). */
    private static AnswerSource source(String name, Map<String, Object> values) {
        return switch (name) {
            case "--set" -> AnswerSource.sets(values);
            case "flags" -> AnswerSource.options(values);
            case "defaults" -> AnswerSource.defaults(values);
            default -> AnswerSource.file(name, values, Map.of(), Map.of());
        };
    }

    private static final AnswerSource DEFAULTS = source("defaults", Map.of(Keys.PROJECT_NAME, "demo"));

    @Test
    void higherSourcesWinKeyByKey() {
        Answers answers = resolver.resolve(List.of(
                source("--set", Map.of(Keys.STACK, "python-fastapi")),
                source("flags", Map.of(Keys.STACK, "java-spring-boot", Keys.DEPLOYMENT, "aws")),
                source("file", Map.of(Keys.PROJECT_TYPE, "backend-api", Keys.DEPLOYMENT, "kubernetes")),
                DEFAULTS));
        assertThat(answers.stack()).isEqualTo("python-fastapi");
        assertThat(answers.deployment()).isEqualTo("aws");
        assertThat(answers.projectType()).isEqualTo("backend-api");
        assertThat(answers.projectName()).isEqualTo("demo");
        assertThat(answers.targets()).containsExactly("claude");
    }

    @Test
    void missingAnswersAreListedWithTheirChoices() {
        assertThatThrownBy(() -> resolver.resolve(List.of(source("flags", Map.of(Keys.PROJECT_TYPE, "backend-api")), DEFAULTS)))
                .isInstanceOf(AgentryException.class)
                .hasMessageStartingWith("Missing answers: deployment, stack.\n")
                .hasMessageContaining("  --deployment one of: aws, ")
                .hasMessageContaining("  --stack one of (for backend-api): java-spring-boot, ").hasMessageContaining("python-fastapi")
                .hasMessageEndingWith("or run 'agentry init' in a terminal to be asked.");
    }

    @Test
    void customProjectTypeNeedsAgents() {
        assertThatThrownBy(() -> resolver.resolve(List.of(source("flags", Map.of(Keys.PROJECT_TYPE, "custom",
                Keys.DEPLOYMENT, "aws", Keys.STACK, "python-fastapi")), DEFAULTS)))
                .hasMessageStartingWith("Missing answer: agents.");
    }

    @Test
    void theTypeThatDeclaresItsTeamChosenNeedsAgentsWhateverItsId(@TempDir Path dir) {
        // the rule is the catalogue's (team: chosen), not the id "custom": a layer's type may declare it, and a layer
        // that replaces custom with a team of its own makes --agents optional there
        Catalog catalog = new CatalogLoader().load(List.of(TestLayers.layer(dir, Map.of("project-types.yml", """
                project-types:
                  - id: backend-api
                    name: Service
                    description: A service whose team each repository picks
                    team: chosen
                  - id: custom
                    name: General-Purpose
                    description: Our organisation's usual pair
                    agents: [backend-engineer, code-reviewer]
                """))));
        AnswerResolver layered = new AnswerResolver(catalog, List.of("claude"));
        assertThatThrownBy(() -> layered.resolve(List.of(source("flags", Map.of(Keys.PROJECT_TYPE, "backend-api",
                Keys.DEPLOYMENT, "aws", Keys.STACK, "python-fastapi")), DEFAULTS)))
                .hasMessageStartingWith("Missing answer: agents.");
        assertThat(layered.resolve(List.of(source("flags", Map.of(Keys.PROJECT_TYPE, "custom", Keys.DEPLOYMENT, "aws",
                Keys.STACK, "python-fastapi")), DEFAULTS)).agents()).isEmpty();
        assertThat(catalog.defaultTeam(catalog.projectType("custom").orElseThrow()))
                .containsExactly("backend-engineer", "code-reviewer");
    }

    @Test
    void unknownStackNamesTheValidOnesAndTheClosest() {
        assertThatThrownBy(() -> resolver.resolve(List.of(source("flags", Map.of(Keys.PROJECT_TYPE, "backend-api",
                Keys.DEPLOYMENT, "aws", Keys.STACK, "pyhton-fastapi")), DEFAULTS)))
                .hasMessageStartingWith("Unknown stack 'pyhton-fastapi' (--stack). Did you mean 'python-fastapi'? Valid: ");
    }

    @Test
    void stackNotSuitedToTheProjectTypeIsAnError() {
        assertThatThrownBy(() -> resolver.resolve(List.of(source("flags", Map.of(Keys.PROJECT_TYPE, "backend-api",
                Keys.DEPLOYMENT, "aws", Keys.STACK, "nextjs")), DEFAULTS)))
                .hasMessageStartingWith("Stack 'nextjs' (Next.js (TypeScript)) does not suit project type 'backend-api'");
    }

    @Test
    void changingTheProjectTypeKeepsAHandPickedTeam() {
        Answers answers = resolver.resolve(List.of(
                source("flags", Map.of(Keys.PROJECT_TYPE, "backend-api")),
                source("stored", Map.of(Keys.PROJECT_TYPE, "web-app", Keys.DEPLOYMENT, "aws", Keys.STACK, "java-spring-boot",
                        Keys.AGENTS, List.of("frontend-engineer", "backend-engineer"))),
                DEFAULTS));
        assertThat(answers.agents()).containsExactly("frontend-engineer", "backend-engineer");
    }

    @Test
    void anEmptyTeamStaysTheDefaultTeamOfWhateverTypeIsChosen() {
        Answers answers = resolver.resolve(List.of(
                source("flags", Map.of(Keys.PROJECT_TYPE, "backend-api")),
                source("stored", Map.of(Keys.PROJECT_TYPE, "web-app", Keys.DEPLOYMENT, "aws", Keys.STACK, "java-spring-boot",
                        Keys.AGENTS, List.of())),
                DEFAULTS));
        assertThat(answers.agents()).isEmpty();
    }

    @Test
    void keepingTheProjectTypeKeepsTheChosenTeam() {
        Answers answers = resolver.resolve(List.of(
                source("flags", Map.of(Keys.DEPLOYMENT, "kubernetes")),
                source("stored", Map.of(Keys.PROJECT_TYPE, "web-app", Keys.DEPLOYMENT, "aws", Keys.STACK, "java-spring-boot",
                        Keys.AGENTS, List.of("frontend-engineer", "backend-engineer"))),
                DEFAULTS));
        assertThat(answers.agents()).containsExactly("frontend-engineer", "backend-engineer");
    }

    @Test
    void agentsMayBeACommaSeparatedList() {
        Answers answers = resolver.resolve(List.of(source("flags", Map.of(Keys.PROJECT_TYPE, "custom", Keys.DEPLOYMENT, "aws",
                Keys.STACK, "python-fastapi",
                Keys.AGENTS, "backend-engineer, code-reviewer,backend-engineer")), DEFAULTS));
        assertThat(answers.agents()).containsExactly("backend-engineer", "code-reviewer");
    }

    @Test
    void deploymentAgentIsNotChosenWithAgents() {
        assertThatThrownBy(() -> resolver.resolve(List.of(source("flags", Map.of(Keys.PROJECT_TYPE, "custom",
                Keys.DEPLOYMENT, "aws", Keys.STACK, "python-fastapi", Keys.AGENTS, "aws-deployment-engineer")), DEFAULTS)))
                .hasMessage("'aws-deployment-engineer' is the deployment agent of 'aws' (--agents). It joins the team through the"
                        + " deployment (--deployment aws); remove it from the team.");
    }

    @Test
    void unknownKeyInAnAnswersFileSuggestsTheRightOne() {
        assertThatThrownBy(() -> resolver.resolve(List.of(source("a.yml", Map.of("projet-type", "web-app")), DEFAULTS)))
                .hasMessageStartingWith("a.yml (projet-type): Unknown key 'projet-type'. Did you mean 'project-type'?");
    }

    @Test
    void projectNameWithALineBreakIsRejected() {
        assertThatThrownBy(() -> resolver.resolve(List.of(source("flags", Map.of(Keys.PROJECT_TYPE, "backend-api",
                Keys.DEPLOYMENT, "aws", Keys.STACK, "python-fastapi", Keys.PROJECT_NAME, "x\nname: evil")), DEFAULTS)))
                .hasMessage("The project name contains a line break or control character (--project-name). Give a single line.");
    }

    @Test
    void setValuesForVariablesAndSettingsAreKept() {
        Answers answers = resolver.resolve(List.of(
                source("--set", Map.of("claude-md", "false", "test-coverage-target", "90")),
                source("flags", Map.of(Keys.PROJECT_TYPE, "backend-api", Keys.DEPLOYMENT, "aws", Keys.STACK, "python-fastapi")),
                DEFAULTS));
        // in the type of what they override, as answers.yml records them
        assertThat(answers.values()).containsEntry("claude-md", false).containsEntry("test-coverage-target", 90L);
    }

    // issue 12, trial item 9: a bad value is reported together with the answers still missing

    @Test
    void anUnknownProjectTypeIsNamedTogetherWithTheMissingAnswers() {
        assertThatThrownBy(() -> resolver.resolve(List.of(source("flags", Map.of(Keys.PROJECT_TYPE, "nope")), DEFAULTS)))
                .isInstanceOf(MissingAnswersException.class)
                .hasMessageStartingWith("Unknown project type 'nope' (--project-type). Valid: web-app, ")
                .hasMessageContaining("\nMissing answers: deployment, stack.\n")
                // with no valid type, every stack may be the one
                .hasMessageContaining("  --stack one of: java-spring-boot, ");
    }

    /** The exception keeps its message's parts, so a caller can write its own headline without parsing the text. */
    @Test
    void theMissingAnswersErrorKeepsItsPartsAroundTheHeadline() {
        MissingAnswersException e = org.junit.jupiter.api.Assertions.assertThrows(MissingAnswersException.class,
                () -> resolver.resolve(List.of(source("flags", Map.of(Keys.PROJECT_TYPE, "backend-api", Keys.DEPLOYMENT,
                        "nope")), DEFAULTS)));
        assertThat(e.missing()).containsExactly(Keys.STACK);
        assertThat(e.context()).startsWith("Unknown deployment 'nope' (--deployment). Valid: aws, ").endsWith(".\n")
                .doesNotContain("Missing answer");
        assertThat(e.guidance()).startsWith("  --stack one of (for backend-api): ").endsWith(" to be asked.");
        assertThat(e.getMessage()).isEqualTo(e.context() + "Missing answer: stack.\n" + e.guidance());
        assertThat(e.withoutHeadline()).isEqualTo(e.context() + e.guidance());
    }

    @Test
    void anUnknownDeploymentIsNamedTogetherWithTheMissingStack() {
        assertThatThrownBy(() -> resolver.resolve(List.of(source("flags", Map.of(Keys.PROJECT_TYPE, "backend-api",
                Keys.DEPLOYMENT, "nope")), DEFAULTS)))
                .isInstanceOf(MissingAnswersException.class)
                .hasMessageStartingWith("Unknown deployment 'nope' (--deployment). Valid: aws, ")
                .hasMessageContaining("\nMissing answer: stack.\n  --stack one of (for backend-api): ");
    }

    @Test
    void everyBadValueIsNamedAtOnceEachOnItsLine() {
        assertThatThrownBy(() -> resolver.resolve(List.of(source("--set", Map.of("claude-md", "maybe", "colour", "red")),
                source("flags", Map.of(Keys.PROJECT_TYPE, "backend-api", Keys.DEPLOYMENT, "awss", Keys.STACK, "nextjs",
                        Keys.AGENTS, "backend-engineer,bogus-role", Keys.TARGETS, "claude,zed")), DEFAULTS)))
                .isNotInstanceOf(MissingAnswersException.class)
                .satisfies(e -> assertThat(e.getMessage().lines()).anyMatch(l -> l.startsWith("Unknown key 'colour' (--set colour)."))
                        .anyMatch(l -> l.startsWith("Unknown deployment 'awss' (--deployment). Did you mean 'aws'?"))
                        .anyMatch(l -> l.startsWith("Stack 'nextjs' (Next.js (TypeScript)) does not suit project type 'backend-api'"))
                        .anyMatch(l -> l.startsWith("Unknown agent 'bogus-role' (--agents)."))
                        .anyMatch(l -> l.startsWith("Unknown target 'zed' (--targets)."))
                        .anyMatch(l -> l.startsWith("'claude-md' must be true or false, not 'maybe' (--set claude-md).")));
    }

    @Test
    void aSingleBadValueKeepsItsOwnMessage() {
        assertThatThrownBy(() -> resolver.resolve(List.of(source("flags", Map.of(Keys.PROJECT_TYPE, "backend-api",
                Keys.DEPLOYMENT, "aws", Keys.STACK, "go", Keys.TARGETS, "zed")), DEFAULTS)))
                .hasMessageStartingWith("Unknown target 'zed' (--targets). Valid: claude.").hasMessageNotContaining("\n");
    }

    @Test
    void checkAcceptsAnswersStillMissing() {
        resolver.check(List.of(source("flags", Map.of(Keys.STACK, "go", Keys.TARGETS, "claude")),
                source("--set", Map.of("claude-md", "false"))));
        resolver.check(List.of());
    }

    @Test
    void checkRefusesWhatCanBeToldWrongBeforeAnyQuestion() {
        assertThatThrownBy(() -> resolver.check(List.of(source("flags", Map.of(Keys.STACK, "nope")))))
                .hasMessageStartingWith("Unknown stack 'nope' (--stack).");
        assertThatThrownBy(() -> resolver.check(List.of(source("flags", Map.of(Keys.PROJECT_TYPE, "web-frontend",
                Keys.STACK, "go"))))).hasMessageStartingWith("Stack 'go' (Go) does not suit project type 'web-frontend'");
        assertThatThrownBy(() -> resolver.check(List.of(source("--set", Map.of("claude-md", "maybe")))))
                .hasMessageStartingWith("'claude-md' must be true or false, not 'maybe' (--set claude-md).");
        assertThatThrownBy(() -> resolver.check(List.of(source("--set", Map.of("bogus", "1")))))
                .hasMessageStartingWith("Unknown key 'bogus' (--set bogus).");
        assertThatThrownBy(() -> resolver.check(List.of(source("flags", Map.of(Keys.PROJECT_NAME, "a\nb")))))
                .hasMessageStartingWith("The project name contains a line break");
    }
}
