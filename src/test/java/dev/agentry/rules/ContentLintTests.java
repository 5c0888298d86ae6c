package dev.agentry.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each check of the content lint fails on a sample that breaks its rule, and passes on one that keeps it. */
class ContentLintTests {

    private static final String GOOD_BODY = """
            # Role
            You build the API of demo-shop.

            # Approach
            **When invoked:**
            1. Read the story
            2. Run `go test -race ./...`

            # Report Back
            - **Summary**: what you did
            """;

    private static ContentLint.Agent agent(String role, String description, String body, List<String> tools) {
        return new ContentLint.Agent(role, role, description, body, tools, false);
    }

    private static ContentLint.Sample sample(Set<String> surfaces, Map<String, Object> variables, List<ContentLint.Agent> agents,
            Map<String, String> documents) {
        return new ContentLint.Sample("sample", surfaces, Map.of("backend", List.of("Go 1.27", "go test, testify")), Map.of(),
                variables, agents, documents, List.of("Backend API", "General-Purpose", "Mobile"), "aws");
    }

    private static ContentLint.Sample on(String deployment, Set<String> surfaces, Map<String, Object> variables, String body) {
        return new ContentLint.Sample("sample", surfaces, Map.of(), Map.of(), variables, List.of(new ContentLint.Agent(
                "deployer", "deployment-engineer", "Use to ship.", body, List.of("Bash"), true)), Map.of(), List.of(), deployment);
    }

    private static ContentLint.Sample withBody(String body) {
        return sample(Set.of("backend"), Map.of("backend-test-command", "go test -race ./..."),
                List.of(agent("backend-engineer", "Use to build the API.", body, List.of("Read", "Edit", "Bash"))), Map.of());
    }

    @Test
    void aGoodSamplePassesEveryCheck() {
        assertThat(ContentLint.run(withBody(GOOD_BODY))).isEmpty();
    }

    @Test
    void technologyOfASurfaceTheTeamDoesNotWorkOnIsFound() {
        ContentLint.Check check = new ContentLint.TechnologyOutsideItsSurface();
        assertThat(check.check(withBody(GOOD_BODY + "- Cover journeys with Playwright\n"))).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("'Playwright'", "web surface"));
        assertThat(check.check(withBody(GOOD_BODY + "- Check N+1 access to PostgreSQL 18\n"))).isEmpty();
        ContentLint.Sample webOnly = sample(Set.of("web"), Map.of(), List.of(agent("code-reviewer", "Use proactively.",
                GOOD_BODY + "- Spot N+1 access to PostgreSQL 18\n", List.of("Read"))), Map.of());
        assertThat(check.check(webOnly)).extracting(ContentLint.Finding::detail)
                .anySatisfy(d -> assertThat(d).contains("'PostgreSQL'")).anySatisfy(d -> assertThat(d).contains("'N+1'"));
    }

    @Test
    void aTermOfASurfaceTheTeamWorksOnIsAllowedWhereItsVariablesNameIt() {
        ContentLint.Sample nextBackend = new ContentLint.Sample("sample", Set.of("backend"),
                Map.of("backend", List.of("Next.js route handlers and server actions")), Map.of(), Map.of(),
                List.of(agent("backend-engineer", "Use to build.", GOOD_BODY + "The server side uses Next.js route handlers.\n",
                        List.of("Read"))), Map.of(), List.of(), "aws");
        assertThat(new ContentLint.TechnologyOutsideItsSurface().check(nextBackend)).isEmpty();
    }

    @Test
    void aChoiceLeftOpenIsFound() {
        ContentLint.Check check = new ContentLint.UnresolvedChoice();
        ContentLint.Sample choice = sample(Set.of("backend"), Map.of("iac-tool", "AWS CDK in TypeScript or Terraform"),
                List.of(), Map.of());
        assertThat(check.check(choice)).singleElement().satisfies(f -> assertThat(f.where()).isEqualTo("variable iac-tool"));
        assertThat(check.check(withBody(GOOD_BODY + "Declared with Terraform, one of them per repository.\n"))).hasSize(1);
        assertThat(check.check(withBody(GOOD_BODY))).isEmpty();
    }

    @Test
    void stackedSubstitutionsAreFoundButParallelPhrasesAreNot() {
        ContentLint.Check check = new ContentLint.StackedSubstitution();
        assertThat(check.check(withBody(GOOD_BODY + "Write tests with xUnit v3 with Shouldly.\n"))).hasSize(1);
        assertThat(check.check(withBody(GOOD_BODY + "Playwright for .NET for the UI for end-to-end paths.\n"))).hasSize(1);
        assertThat(check.check(withBody(GOOD_BODY + "Build with `a`, run the tests with `b` and the checks with `c`.\n")))
                .isEmpty();
        assertThat(check.check(withBody(GOOD_BODY + "Links for navigation and buttons for actions.\n"))).isEmpty();
    }

    @Test
    void aDisplayNameUsedAsAnAdjectiveIsFound() {
        ContentLint.Check check = new ContentLint.DisplayNameAsAdjective();
        assertThat(check.check(withBody(GOOD_BODY + "Scalable backends for Backend API applications.\n"))).hasSize(1);
        assertThat(check.check(withBody(GOOD_BODY + "You review a General-Purpose project.\n"))).hasSize(1);
        assertThat(check.check(withBody(GOOD_BODY + "The Mobile app team.\n"))).hasSize(1);
        assertThat(check.check(withBody(GOOD_BODY))).isEmpty();
    }

    @Test
    void aMissingReportBackIsFound() {
        assertThat(new ContentLint.MissingReportBack().check(withBody(GOOD_BODY.replace("# Report Back", "# Notes"))))
                .hasSize(1);
    }

    @Test
    void anApproachWithoutFirstStepsIsFound() {
        assertThat(new ContentLint.MissingWhenInvoked().check(withBody(GOOD_BODY.replace("**When invoked:**\n", ""))))
                .hasSize(1);
    }

    @Test
    void aReviewerOrTesterThatDoesNotActOnItsOwnIsFound() {
        ContentLint.Check check = new ContentLint.MissingProactiveTrigger();
        ContentLint.Sample sample = sample(Set.of("backend"), Map.of(), List.of(
                agent("code-reviewer", "Use after a change is written.", GOOD_BODY, List.of("Read")),
                agent("testing-specialist", "Use proactively once a fix is built.", GOOD_BODY, List.of("Read"))), Map.of());
        assertThat(check.check(sample)).singleElement().satisfies(f -> assertThat(f.where()).isEqualTo("code-reviewer"));
    }

    @Test
    void aBuilderWithoutItsTestCommandIsFound() {
        ContentLint.Check check = new ContentLint.BuilderWithoutTestCommand();
        assertThat(check.check(withBody(GOOD_BODY.replace("`go test -race ./...`", "go test -race ./...")))).hasSize(1);
        Map<String, Object> list = new LinkedHashMap<>(Map.of("mobile-test-command", List.of("xcodebuild test", "./gradlew test")));
        ContentLint.Sample mobile = sample(Set.of("mobile"), list, List.of(agent("mobile-engineer", "Use to build the app.",
                GOOD_BODY + "Run `xcodebuild test`.\n", List.of("Read"))), Map.of());
        assertThat(check.check(mobile)).singleElement().satisfies(f -> assertThat(f.detail()).contains("./gradlew test"));
    }

    @Test
    void aReviewerThatCanWriteOrIsNotToldNotToIsFound() {
        ContentLint.Check check = new ContentLint.ReviewerCanWrite();
        String rule = GOOD_BODY + "You never edit files, and never commit or push.\n";
        assertThat(check.check(sample(Set.of("backend"), Map.of(), List.of(agent("code-reviewer", "Use proactively.", rule,
                List.of("Read", "Grep", "Bash"))), Map.of()))).isEmpty();
        assertThat(check.check(sample(Set.of("backend"), Map.of(), List.of(agent("code-reviewer", "Use proactively.", rule,
                List.of("Read", "Edit"))), Map.of()))).hasSize(1);
        assertThat(check.check(sample(Set.of("backend"), Map.of(), List.of(agent("code-reviewer", "Use proactively.", rule,
                List.of())), Map.of()))).hasSize(1);
        assertThat(check.check(sample(Set.of("backend"), Map.of(), List.of(agent("code-reviewer", "Use proactively.", GOOD_BODY,
                List.of("Read"))), Map.of()))).singleElement().satisfies(f -> assertThat(f.detail()).contains("no rule"));
    }

    @Test
    void aDeploymentAgentWithoutTheGuardrailIsFound() {
        ContentLint.Check check = new ContentLint.MissingProductionGuardrail();
        ContentLint.Agent unguarded = new ContentLint.Agent("aws-deployment-engineer", "deployment-engineer", "Use to ship.",
                GOOD_BODY + "Run terraform apply when asked.\n", List.of("Bash"), true);
        ContentLint.Agent guarded = new ContentLint.Agent("aws-deployment-engineer", "deployment-engineer", "Use to ship.",
                GOOD_BODY + "- **Production Guardrail**: Never run `terraform apply` against production without the user's"
                        + " explicit confirmation in this conversation. Show the plan first.\n", List.of("Bash"), true);
        assertThat(check.check(sample(Set.of("backend"), Map.of(), List.of(unguarded), Map.of()))).hasSize(1);
        assertThat(check.check(sample(Set.of("backend"), Map.of(), List.of(guarded), Map.of()))).isEmpty();
    }

    @Test
    void aSetValueThatDoesNotReachTheTextIsFound() {
        ContentLint.Sample before = sample(Set.of("backend"), Map.of("database", "PostgreSQL 18"), List.of(agent("backend-engineer",
                "Use to build.", GOOD_BODY + "Data lives in PostgreSQL 18.\n", List.of("Read"))), Map.of());
        ContentLint.Sample ignored = sample(Set.of("backend"), Map.of("database", "MySQL 8.4"), List.of(agent("backend-engineer",
                "Use to build.", GOOD_BODY + "Data lives in PostgreSQL 18.\n", List.of("Read"))), Map.of());
        ContentLint.Sample dropped = sample(Set.of("backend"), Map.of("database", "MySQL 8.4"), List.of(agent("backend-engineer",
                "Use to build.", GOOD_BODY + "Data lives somewhere.\n", List.of("Read"))), Map.of());
        ContentLint.Sample reached = sample(Set.of("backend"), Map.of("database", "MySQL 8.4"), List.of(agent("backend-engineer",
                "Use to build.", GOOD_BODY + "Data lives in MySQL 8.4.\n", List.of("Read"))), Map.of());
        assertThat(ContentLint.setValueReachesText(before, ignored, "database", "MySQL 8.4")).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("still says 'PostgreSQL 18'"));
        assertThat(ContentLint.setValueReachesText(before, dropped, "database", "MySQL 8.4")).hasSize(1);
        assertThat(ContentLint.setValueReachesText(before, reached, "database", "MySQL 8.4")).isEmpty();
    }

    @Test
    void documentsAreCheckedButTheirAnswersLineIsNot() {
        ContentLint.Sample sample = sample(Set.of("backend"), Map.of("backend-test-command", "go test -race ./..."),
                List.of(), Map.of("CLAUDE.md#team", "Project type: Web Frontend · stack: Next.js\n\n| `x` | Playwright runs |\n"));
        assertThat(new ContentLint.TechnologyOutsideItsSurface().check(sample)).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("'Playwright'"));
    }

    @Test
    void anEmulatorIsOfferedOnlyWhereOneExists() {
        ContentLint.Check check = new ContentLint.EmulatorWhereNoneExists();
        String claim = GOOD_BODY + "- Integration tests use the real PostgreSQL 18 or its official emulator.\n";
        assertThat(check.check(on("aws", Set.of("backend"), Map.of("database", "PostgreSQL 18"), claim))).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("official emulator"));
        assertThat(check.check(on("aws", Set.of("backend"), Map.of("database-emulator", "the Firestore emulator"), claim))).isEmpty();
        assertThat(check.check(on("aws", Set.of("mobile"), Map.of(), GOOD_BODY + "- Run journeys on emulators and real devices.\n")))
                .isEmpty();
    }

    @Test
    void aToolCalledByAnotherTestLevelIsFound() {
        ContentLint.Check check = new ContentLint.TestLevelThatDoesNotFit();
        Map<String, Object> rails = Map.of("integration-framework", "RSpec request specs", "web-e2e-framework",
                "Capybara system specs");
        assertThat(check.check(on("aws", Set.of("backend"), rails, GOOD_BODY
                + "- **Backend**: unit tests with RSpec; end-to-end tests with RSpec request specs\n")))
                .extracting(ContentLint.Finding::detail)
                .anySatisfy(d -> assertThat(d).contains("request specs end-to-end"))
                .anySatisfy(d -> assertThat(d).contains("is the integration tool"));
        assertThat(check.check(on("aws", Set.of("backend"), Map.of("e2e-framework", "Testcontainers for Go"), GOOD_BODY
                + "- **Backend**: end-to-end tests with Testcontainers for Go\n"))).isNotEmpty();
        assertThat(check.check(on("aws", Set.of("backend", "web"), rails, GOOD_BODY
                + "- **Backend**: unit tests with RSpec; integration tests with RSpec request specs\n"
                + "- **Web**: end-to-end tests with Capybara system specs\n"))).isEmpty();
    }

    @Test
    void browserSignalsSentToServerTelemetryAreFound() {
        ContentLint.Check check = new ContentLint.BrowserSignalsInServerTelemetry();
        assertThat(check.check(withBody(GOOD_BODY + "- **Observability**: Frontend errors and real-user vitals reported to Sentry,"
                + " OpenTelemetry Ruby traces and structured JSON logs\n"))).hasSize(1);
        assertThat(check.check(withBody(GOOD_BODY + "- **Observability**: Frontend errors and real-user vitals reported through"
                + " Sentry's browser SDK\n- **Logging**: structured JSON logs for the server\n"))).isEmpty();
    }

    @Test
    void singlePageAppAssumptionsInServerRenderedPagesAreFound() {
        ContentLint.Check check = new ContentLint.SinglePageAppAssumption();
        Map<String, Object> server = Map.of("web-rendering", "server", "frontend-framework", "Hotwire with importmap-rails");
        String spa = GOOD_BODY + "- **Colocation**: Tests, styles and stories live next to the component\n"
                + "- **Configuration**: Only public values in build-time variables\n";
        assertThat(check.check(on("aws", Set.of("web"), server, spa))).hasSize(2);
        assertThat(check.check(on("aws", Set.of("web"), Map.of("web-rendering", "client"), spa))).isEmpty();
        assertThat(check.check(on("aws", Set.of("backend"), server, spa))).isEmpty();
    }

    @Test
    void aLayerTheFrameworkDoesNotHaveIsFound() {
        ContentLint.Check check = new ContentLint.LayerTheFrameworkDoesNotHave();
        String layers = GOOD_BODY + "- **Separation of Concerns**: routes, controllers, services and data layers\n";
        assertThat(check.check(on("aws", Set.of("backend"), Map.of("backend-framework", "the chi router"), layers))).hasSize(1);
        assertThat(check.check(on("aws", Set.of("backend"), Map.of("backend-layers", "controllers, services and repositories"),
                layers))).isEmpty();
        assertThat(check.check(on("aws", Set.of("mobile"), Map.of("mobile-framework", "Flutter 3"), GOOD_BODY
                + "- Dispose controllers and subscriptions.\n"))).isEmpty();
    }

    @Test
    void anotherPlatformsWordingIsFound() {
        ContentLint.Check check = new ContentLint.AnotherPlatformsWording();
        String probes = GOOD_BODY + "- Run db:migrate as a release step and point the probes at /up.\n";
        assertThat(check.check(on("fly-io", Set.of("backend"), Map.of(), probes))).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("'probes'", "fly-io"));
        assertThat(check.check(on("kubernetes", Set.of("backend"), Map.of(), probes))).isEmpty();
        assertThat(check.check(on("aws", Set.of("backend"), Map.of(), GOOD_BODY + "- Set a PodDisruptionBudget.\n"))).hasSize(1);
    }

    @Test
    void aGuardrailThatMissesTheCommandsOfTheAgentsOwnToolsIsFound() {
        ContentLint.Check check = new ContentLint.GuardrailMissingAToolsCommand();
        String infrastructure = GOOD_BODY + "Infrastructure is declared with Helm charts reconciled by Argo CD, with Terraform for"
                + " the cluster itself.\n";
        String partial = infrastructure + "- **Production Guardrail**: Never run `kubectl apply`, `helm upgrade`, `argocd app sync`"
                + " against production without the user's explicit confirmation; show the plan first (`helm diff upgrade`)\n";
        assertThat(check.check(on("kubernetes", Set.of("backend"), Map.of(), partial))).extracting(ContentLint.Finding::detail)
                .containsExactlyInAnyOrder("uses Terraform but its guardrail does not name `terraform apply`",
                        "uses Terraform but its guardrail does not name `terraform plan`");
        String full = partial.replace("`argocd app sync`", "`argocd app sync`, `terraform apply`")
                .replace("(`helm diff upgrade`)", "(`helm diff upgrade` and `terraform plan`)");
        assertThat(check.check(on("kubernetes", Set.of("backend"), Map.of(), full))).isEmpty();
    }

    @Test
    void aCommandRunTwiceInOneStepIsFound() {
        ContentLint.Check check = new ContentLint.CommandRunTwice();
        assertThat(check.check(withBody(GOOD_BODY + "3. Run `bundle exec rspec` and `bundle exec rspec spec/system spec/requests` first\n")))
                .singleElement().satisfies(f -> assertThat(f.detail()).contains("`bundle exec rspec` already runs"));
        assertThat(check.check(withBody(GOOD_BODY + "3. Run the checks: `uv run ruff check . && uv run mypy .` and `uv run ruff check .`\n")))
                .hasSize(1);
        assertThat(check.check(withBody(GOOD_BODY + "- Never run `vercel deploy --prod`; preview with `vercel deploy`\n"))).isEmpty();
        assertThat(ContentLint.CommandRunTwice.runs("fly deploy", "fly deploy --build-only")).isFalse();
    }

    @Test
    void aValuesWordsSaidAgainAroundItAreFound() {
        ContentLint.Check check = new ContentLint.RepeatedPhrase();
        Map<String, Object> patrol = Map.of("mobile-e2e-framework", "Patrol on integration_test, on emulators and real devices");
        assertThat(check.check(on("aws", Set.of("mobile"), patrol, GOOD_BODY + "4. Critical journeys on emulators and devices with"
                + " Patrol on integration_test, on emulators and real devices\n"))).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("'on emulators and'"));
        assertThat(check.check(on("aws", Set.of("mobile"), Map.of("mobile-e2e-framework", "Patrol on integration_test"), GOOD_BODY
                + "4. Critical journeys on emulators and devices with Patrol on integration_test\n"))).isEmpty();
        // two values may share words: the template did not repeat them
        Map<String, Object> django = Map.of("backend-framework", "Django 6 and Django REST Framework", "api-style",
                "REST with Django REST Framework and an OpenAPI 3 schema");
        assertThat(check.check(on("aws", Set.of("backend"), django, GOOD_BODY + "It uses Django 6 and Django REST Framework, reached"
                + " through REST with Django REST Framework and an OpenAPI 3 schema.\n"))).isEmpty();
    }
}
