package dev.agentry.interview;

import java.util.List;
import java.util.Map;

import dev.agentry.catalog.Catalog;
import dev.agentry.catalog.CatalogLoader;
import dev.agentry.support.AgentryException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnswerResolverTests {

    private static final Catalog CATALOG = new CatalogLoader().load(List.of());

    private final AnswerResolver resolver = new AnswerResolver(CATALOG, List.of("claude"));

    private static AnswerSource source(String name, Map<String, Object> values) {
        return new AnswerSource(name, values);
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
    void changingTheProjectTypeDropsATeamChosenForTheOldOne() {
        Answers answers = resolver.resolve(List.of(
                source("flags", Map.of(Keys.PROJECT_TYPE, "backend-api")),
                source("stored", Map.of(Keys.PROJECT_TYPE, "web-app", Keys.DEPLOYMENT, "aws", Keys.STACK, "java-spring-boot",
                        Keys.AGENTS, List.of("frontend-engineer", "backend-engineer"))),
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
                .hasMessage("'aws-deployment-engineer' is the deployment agent of 'aws': it joins the team through --deployment aws,"
                        + " not --agents.");
    }

    @Test
    void unknownKeyInAnAnswersFileSuggestsTheRightOne() {
        assertThatThrownBy(() -> resolver.resolve(List.of(source("answers file a.yml", Map.of("projet-type", "web-app")), DEFAULTS)))
                .hasMessageStartingWith("answers file a.yml: unknown key 'projet-type'. Did you mean 'project-type'?");
    }

    @Test
    void projectNameWithALineBreakIsRejected() {
        assertThatThrownBy(() -> resolver.resolve(List.of(source("flags", Map.of(Keys.PROJECT_TYPE, "backend-api",
                Keys.DEPLOYMENT, "aws", Keys.STACK, "python-fastapi", Keys.PROJECT_NAME, "x\nname: evil")), DEFAULTS)))
                .hasMessage("The project name contains a line break or control character: give a single line with --project-name.");
    }

    @Test
    void setValuesForVariablesAndSettingsAreKept() {
        Answers answers = resolver.resolve(List.of(
                source("--set", Map.of("claude-md", "false", "test-coverage-target", "90")),
                source("flags", Map.of(Keys.PROJECT_TYPE, "backend-api", Keys.DEPLOYMENT, "aws", Keys.STACK, "python-fastapi")),
                DEFAULTS));
        assertThat(answers.values()).containsEntry("claude-md", "false").containsEntry("test-coverage-target", "90");
    }
}
