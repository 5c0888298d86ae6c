package dev.agentry.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.agentry.TeamFixtures;
import dev.agentry.catalog.AgentSpec;
import dev.agentry.catalog.Catalog;
import dev.agentry.catalog.ProjectType;
import dev.agentry.compose.Member;
import dev.agentry.interview.Keys;
import dev.agentry.render.RenderedAgent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the catalogue promises: the default teams, its breadth, and text that is true of each project. */
class TeamContentTests {

    private static final TeamFixtures FIXTURES = TeamFixtures.builtIn();

    private static String agent(String type, String deployment, String stack, String name) {
        return FIXTURES.render(type, deployment, stack).files().get(".claude/agents/" + name + ".md");
    }

    private static String custom(String deployment, String stack, String agents, String name) {
        return FIXTURES.render("custom", deployment, stack, agents, "").files().get(".claude/agents/" + name + ".md");
    }

    /** The text of one section of an agent file, up to the next top-level heading. */
    private static String section(String text, String heading) {
        int start = text.indexOf("\n# " + heading + "\n");
        assertThat(start).as("section %s", heading).isPositive();
        int end = text.indexOf("\n# ", start + 3);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    @Test
    void defaultTeamsAreThoseOfTheCatalogue() {
        Map<String, List<String>> expected = Map.of(
                "web-app", List.of("product-manager", "ui-ux-designer", "frontend-engineer", "backend-engineer", "code-reviewer",
                        "testing-specialist"),
                "web-frontend", List.of("product-manager", "ui-ux-designer", "frontend-engineer", "code-reviewer",
                        "testing-specialist"),
                "backend-api", List.of("product-manager", "backend-engineer", "code-reviewer", "testing-specialist"),
                "mobile-app", List.of("product-manager", "ui-ux-designer", "mobile-engineer", "backend-engineer", "code-reviewer",
                        "testing-specialist"),
                "ai-ml", List.of("product-manager", "ai-engineer", "data-engineer", "backend-engineer", "code-reviewer",
                        "testing-specialist"),
                "data-platform", List.of("product-manager", "data-engineer", "backend-engineer", "code-reviewer",
                        "testing-specialist"),
                "custom", List.of());
        Catalog catalog = FIXTURES.catalog();
        expected.forEach((type, team) -> assertThat(catalog.defaultTeam(catalog.projectType(type).orElseThrow()))
                .as(type).containsExactlyInAnyOrderElementsOf(team));
    }

    @Test
    void everyTeamAlsoHasItsDeploymentAgent() {
        TeamFixtures.Rendered team = FIXTURES.render("backend-api", "vercel", "go");
        assertThat(team.team().members()).extracting(Member::name).contains("vercel-deployment-engineer");
    }

    @Test
    void catalogueIsBroadEnough() {
        Catalog catalog = FIXTURES.catalog();
        assertThat(catalog.deployments()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(catalog.deployments()).extracting(d -> d.agent()).doesNotHaveDuplicates();
        assertThat(catalog.stacks()).hasSizeGreaterThanOrEqualTo(12);
        for (ProjectType type : catalog.projectTypes()) {
            assertThat(catalog.stacksFor(type.id())).as("stacks for %s", type.id()).isNotEmpty();
        }
    }

    @Test
    void backendEngineerSpeaksTheStacksLanguage() {
        assertThat(agent("backend-api", "aws", "java-spring-boot", "backend-engineer"))
                .contains("Spring Boot", "JPA", "JUnit").doesNotContain("FastAPI", "Pydantic");
        assertThat(agent("backend-api", "aws", "python-fastapi", "backend-engineer"))
                .contains("FastAPI", "Pydantic", "pytest").doesNotContain("Spring Boot", "JUnit");
    }

    @Test
    void deploymentAgentsKnowTheirPlatform() {
        assertThat(agent("backend-api", "aws", "go", "aws-deployment-engineer")).contains("ECS", "IAM", "CloudWatch")
                .doesNotContain("Vercel");
        assertThat(agent("web-frontend", "vercel", "nextjs", "vercel-deployment-engineer")).contains("preview", "Vercel")
                .doesNotContain("CloudWatch");
    }

    @Test
    void anyStackVariableCanBeOverriddenWithSet() {
        TeamFixtures.Rendered team = FIXTURES.render(Map.of(Keys.PROJECT_TYPE, "backend-api", Keys.DEPLOYMENT, "aws",
                Keys.STACK, "java-spring-boot", "testing-framework", "Spock and Groovy", "test-coverage-target", "95"));
        assertThat(team.files().get(".claude/agents/testing-specialist.md")).contains("Spock and Groovy", "95%");
    }

    @Test
    void setDatabaseReachesEverySentenceAboutTheDatabase() {
        TeamFixtures.Rendered team = FIXTURES.render(Map.of(Keys.PROJECT_TYPE, "backend-api", Keys.DEPLOYMENT, "aws",
                Keys.STACK, "java-spring-boot", "database", "MySQL 8.4"));
        for (String name : List.of("backend-engineer", "testing-specialist", "code-reviewer", "aws-deployment-engineer")) {
            assertThat(team.files().get(".claude/agents/" + name + ".md")).as(name).contains("MySQL 8.4")
                    .doesNotContain("PostgreSQL 18", "real PostgreSQL");
        }
        assertThat(team.files().get(".claude/agents/testing-specialist.md")).contains("against a real MySQL 8.4 in Testcontainers");
    }

    @Test
    void reviewerNamesOnlyWhatItsTeamWrites() {
        String apiReviewer = agent("backend-api", "aws", "python-fastapi", "code-reviewer");
        assertThat(section(apiReviewer, "Role")).contains("FastAPI").doesNotContain("React", "Expo", "Vite");
        assertThat(apiReviewer).doesNotContain("React", "Expo", "Vitest", "Playwright");
        assertThat(agent("web-app", "aws", "python-fastapi", "code-reviewer")).contains("FastAPI", "React 19", "# React / Vite Practices");
    }

    @Test
    void backendApiTestersGetNoBrowserTools() {
        for (String stack : FIXTURES.catalog().stacksFor("backend-api").stream().map(s -> s.id()).toList()) {
            assertThat(agent("backend-api", "aws", stack, "testing-specialist")).as(stack)
                    .doesNotContain("Playwright", "for the UI", "bUnit", "Capybara");
        }
    }

    @Test
    void aRailsApiRendersNoHtmlAndARailsWebAppHasNoSinglePageAppAssumptions() {
        assertThat(agent("backend-api", "aws", "ruby-on-rails", "backend-engineer")).doesNotContain("Turbo", "HTML over the wire");
        String frontend = agent("web-app", "aws", "ruby-on-rails", "frontend-engineer");
        assertThat(frontend).contains("Hotwire", "HTML over the wire", "Script Budget")
                .doesNotContain("Vitest", "Jest", "170 KB", "query cache", "bundle size");
        assertThat(agent("web-app", "aws", "ruby-on-rails", "backend-engineer")).contains("renders the pages");
    }

    @Test
    void aDotnetApiGetsNoBlazorTests() {
        assertThat(agent("backend-api", "azure", "dotnet", "testing-specialist")).doesNotContain("bUnit", "Blazor", "Playwright");
        assertThat(agent("web-app", "azure", "dotnet", "testing-specialist")).contains("bUnit", "Playwright for .NET");
    }

    @Test
    void aJavaMobileTeamGetsItsAppFrontsPracticesUnderTheirOwnHeading() {
        String mobile = agent("mobile-app", "aws", "java-spring-boot", "mobile-engineer");
        assertThat(mobile).contains("# React Native / Expo Practices", "Expo Router", "`pnpm test`");
        int expo = mobile.indexOf("# React Native / Expo Practices");
        int java = mobile.indexOf("# Java / Spring Boot Practices");
        assertThat(java).isGreaterThan(expo);
        assertThat(mobile.substring(java)).doesNotContain("Expo");
        assertThat(agent("mobile-app", "aws", "java-spring-boot", "testing-specialist")).contains("Maestro", "JUnit")
                .doesNotContain("Playwright");
    }

    @Test
    void aNextJsFrontendReviewerDoesNotReviewADatabaseItsTeamDoesNotHave() {
        assertThat(agent("web-frontend", "vercel", "nextjs", "code-reviewer")).doesNotContain("PostgreSQL", "N+1", "Prisma");
    }

    @Test
    void deploymentTextFollowsTheStack() {
        String goOnVercel = agent("backend-api", "vercel", "go", "vercel-deployment-engineer");
        assertThat(goOnVercel).contains("# Go on Vercel", "Go runtime").doesNotContain("multi-stage Dockerfile", "distroless", "Node.js runtime");
        assertThat(agent("data-platform", "gcp", "dbt-airflow", "gcp-deployment-engineer")).contains("BigQuery", "Cloud Composer")
                .doesNotContain("Cloud SQL", "Snowflake");
        assertThat(agent("data-platform", "aws", "spark-databricks", "aws-deployment-engineer")).doesNotContain("RDS", "ECS");
        assertThat(agent("mobile-app", "gcp", "flutter", "gcp-deployment-engineer")).contains("It runs on Cloud Functions for Firebase")
                .doesNotContain("Cloud SQL", "Cloud Run services");
        String flutterOnAws = agent("mobile-app", "aws", "flutter", "aws-deployment-engineer");
        assertThat(flutterOnAws).contains("This stack does not run on the compute, database or CDN services of AWS", "its own Google Cloud project")
                .doesNotContain("ECS", "RDS", "terraform apply");
        for (String stack : List.of("java-spring-boot", "go", "python-fastapi", "react-vite")) {
            String type = stack.equals("react-vite") ? "web-frontend" : "backend-api";
            assertThat(agent(type, "vercel", stack, "vercel-deployment-engineer")).as(stack).doesNotContain("NEXT_PUBLIC_");
        }
        assertThat(agent("web-frontend", "aws", "react-vite", "aws-deployment-engineer")).contains("CloudFront")
                .doesNotContain("ECS", "RDS", "task role");
    }

    @Test
    void substitutedValuesNeverStackOrLeaveAChoiceOpen() {
        assertThat(agent("backend-api", "azure", "dotnet", "testing-specialist")).doesNotContain("with xUnit v3 with",
                "for the UI for");
        assertThat(agent("mobile-app", "gcp", "flutter", "testing-specialist")).doesNotContain("with flutter_test with");
        assertThat(agent("backend-api", "aws", "go", "aws-deployment-engineer")).doesNotContain("one of them per repository",
                " or Terraform");
        for (RenderedAgent agent : FIXTURES.render("custom", "aws", "go", "backend-engineer,code-reviewer", "").rendered().agents()) {
            assertThat(agent.body() + agent.description()).as(agent.name()).doesNotContain("General-Purpose", "for Backend API",
                    "a Backend API project");
        }
    }

    @Test
    void descriptionsSayWhenToUseARoleAndWhichTeammateCoversAnOverlap() {
        TeamFixtures.Rendered aiTeam = FIXTURES.render("ai-ml", "aws", "python-llm");
        Map<String, String> descriptions = new LinkedHashMap<>();
        aiTeam.rendered().agents().forEach(a -> descriptions.put(a.name(), a.description()));
        assertThat(descriptions.get("code-reviewer")).startsWith("Use proactively");
        assertThat(descriptions.get("testing-specialist")).startsWith("Use proactively");
        assertThat(descriptions.get("backend-engineer")).doesNotContain("Specializes").contains("use `data-engineer`",
                "use `ai-engineer`");
        assertThat(descriptions.get("data-engineer")).contains("use `backend-engineer`");
        assertThat(descriptions.get("ai-engineer")).contains("use `backend-engineer`");
        assertThat(descriptions.values()).allSatisfy(d -> assertThat(d).doesNotContain("demo-shop", "Read, ", "(Terraform"));
        TeamFixtures.Rendered webTeam = FIXTURES.render("web-app", "aws", "nextjs");
        String designer = webTeam.rendered().agents().stream().filter(a -> a.name().equals("ui-ux-designer")).findFirst()
                .orElseThrow().description();
        assertThat(designer).contains("accessibility criteria", "use `frontend-engineer`");
        assertThat(FIXTURES.render("backend-api", "aws", "go").rendered().agents().stream()
                .filter(a -> a.name().equals("backend-engineer")).findFirst().orElseThrow().description())
                .doesNotContain("data-engineer", "ai-engineer");
    }

    @Test
    void toolsAndModelsFollowLeastPrivilege() {
        Catalog catalog = FIXTURES.catalog();
        for (AgentSpec role : catalog.agents()) {
            assertThat(role.tools()).as(role.id()).isNotEmpty();
        }
        for (String builder : List.of("frontend-engineer", "backend-engineer", "mobile-engineer", "ai-engineer", "data-engineer",
                "testing-specialist", "deployment-engineer")) {
            assertThat(catalog.agent(builder).orElseThrow().model()).as(builder).isEqualTo("inherit");
        }
        AgentSpec reviewer = catalog.agent("code-reviewer").orElseThrow();
        assertThat(reviewer.tools()).doesNotContain("Write", "Edit", "MultiEdit", "NotebookEdit");
        assertThat(catalog.agent("product-manager").orElseThrow().tools()).contains("WebFetch", "WebSearch").doesNotContain("Bash");
        assertThat(catalog.agent("ui-ux-designer").orElseThrow().tools()).doesNotContain("Bash");
        String review = agent("backend-api", "aws", "go", "code-reviewer");
        assertThat(review).contains("tools: Read, Grep, Glob, Bash\n", "You never edit, create or delete files, and never commit, push");
        assertThat(agent("web-app", "aws", "nextjs", "ui-ux-designer")).doesNotContain("axe checks in CI", "Run axe")
                .contains("you have no shell, so you run none yourself");
    }

    @Test
    void everyRoleReportsBackAndStartsFromItsFirstSteps() {
        TeamFixtures.Rendered team = FIXTURES.render("custom", "kubernetes", "python-fastapi", String.join(",",
                FIXTURES.catalog().roles().stream().map(AgentSpec::id).toList()), "");
        for (RenderedAgent agent : team.rendered().agents()) {
            assertThat(agent.body()).as(agent.name()).contains("\n# Report Back\n", "**When invoked:**\n1. ", "- **Next**: ");
        }
        String reviewer = agent("backend-api", "aws", "go", "code-reviewer");
        assertThat(section(reviewer, "Report Back")).contains("blocking, should-fix or nit", "file:line", "**Verdict**");
        String tester = agent("backend-api", "aws", "go", "testing-specialist");
        assertThat(section(tester, "Report Back")).contains("**Go / No-Go**", "**Coverage**", "80% target");
    }

    @Test
    void buildersGetTheirStacksRealCommandsAndCheckTheBuildFilesFirst() {
        assertThat(agent("backend-api", "aws", "java-spring-boot", "backend-engineer")).contains("`./mvnw -q verify`",
                "Check the versions pinned in pom.xml before trusting the versions named here");
        assertThat(agent("backend-api", "aws", "python-fastapi", "backend-engineer")).contains("`uv run pytest`", "uv.lock");
        assertThat(agent("backend-api", "aws", "go", "backend-engineer")).contains("`go test -race ./...`", "go.mod");
        assertThat(agent("data-platform", "aws", "dbt-airflow", "data-engineer")).contains("`dbt build`", "`dbt test`");
        assertThat(agent("mobile-app", "aws", "flutter", "mobile-engineer")).contains("`flutter test`", "pubspec.yaml");
        assertThat(agent("web-app", "aws", "java-spring-boot", "frontend-engineer")).contains("`pnpm test` in the front end's own folder")
                .doesNotContain("mvnw");
        // a surface the stack does not cover gets no command of another surface
        assertThat(custom("aws", "go", "mobile-engineer,code-reviewer", "mobile-engineer")).doesNotContain("go test");
    }

    @Test
    void deploymentAgentsNeedTheUsersConfirmationForProduction() {
        String aws = agent("backend-api", "aws", "go", "aws-deployment-engineer");
        assertThat(aws).contains("**Production Guardrail**: Never run `terraform apply`", "against production without the user's"
                + " explicit confirmation", "(`terraform plan`)");
        assertThat(agent("backend-api", "kubernetes", "go", "kubernetes-deployment-engineer")).contains("`kubectl apply`",
                "`kubectl diff`");
        assertThat(agent("web-frontend", "vercel", "nextjs", "vercel-deployment-engineer")).contains("`vercel deploy --prod`");
        assertThat(agent("backend-api", "fly-io", "go", "flyio-deployment-engineer")).contains("`fly deploy`");
    }

    @Test
    void collaborationIsAHandOffThroughTheMainAgent() {
        String backend = agent("web-app", "aws", "java-spring-boot", "backend-engineer");
        assertThat(section(backend, "Collaboration")).contains("every hand-off goes through the main agent")
                .doesNotContain("Agree ");
    }

    @Test
    void companionPracticesReachOnlyTeamsWithTheirBuilder() {
        assertThat(agent("web-app", "aws", "java-spring-boot", "frontend-engineer")).contains("# React / Vite Practices",
                "# Java / Spring Boot Practices", "springdoc-openapi serves at /v3/api-docs");
        assertThat(agent("web-app", "aws", "java-spring-boot", "testing-specialist")).contains("# React / Vite Practices");
        assertThat(agent("backend-api", "aws", "java-spring-boot", "testing-specialist")).doesNotContain("React");
        assertThat(custom("aws", "java-spring-boot", "frontend-engineer,testing-specialist", "frontend-engineer"))
                .doesNotContain("springdoc", "Spring");
    }

    @Test
    void backendTemplateDropsWhatAnotherTeammateOwns() {
        String withData = agent("data-platform", "aws", "python-fastapi", "backend-engineer");
        assertThat(section(withData, "Core Responsibilities")).contains("pipelines and ETL belong to `data-engineer`")
                .doesNotContain("- **Data Processing**: ETL pipelines");
        assertThat(section(withData, "Delegation Triggers")).doesNotContain("ETL");
        String alone = agent("backend-api", "aws", "python-fastapi", "backend-engineer");
        assertThat(alone).contains("ETL pipelines, data validation").doesNotContain("GraphQL", "microservices design");
    }

    @Test
    void rosterInClaudeMdListsTheTeamWithItsTriggersAndTheOrchestrationRules() {
        String roster = FIXTURES.render("web-app", "aws", "java-spring-boot").files().get("CLAUDE.md#team");
        assertThat(roster).contains("| `frontend-engineer` | UI components, pages, layouts or routes need building or changing.",
                "| `aws-deployment-engineer` |", "### How to run this team", "**Handle small things yourself**",
                "**Build in parallel once the contract is agreed**", "**Review after every build**", "**Test before shipping**",
                "**Skip stages for trivial fixes**", "**Brief every agent**")
                .doesNotContain("mermaid", "flowchart", "Full-Stack Web project");
        String solo = FIXTURES.render("custom", "aws", "go", "backend-engineer", "").files().get("CLAUDE.md#team");
        assertThat(solo).contains("**Build**: hand `backend-engineer` the story or request and what done means")
                .doesNotContain("code-reviewer",
                "testing-specialist", "product-manager");
    }
}
