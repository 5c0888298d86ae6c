package dev.agentry.detect;

import java.nio.file.Path;
import java.util.Map;

import dev.agentry.interview.Keys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Mixed repositories, as the issue lists them: scoring rather than first match. */
class ScoringTests {

    @TempDir
    Path repo;

    private static final String WORKFLOW = """
            name: %s
            on: push
            jobs:
              %s:
                runs-on: ubuntu-latest
                steps:
                  - run: %s
            """;

    @Test
    void aFastApiBackendWithAReactFrontendInItsOwnFolderIsAFullStackPythonApp() {
        Proposal proposal = Repos.detect(repo, Map.of(
                "pyproject.toml", "[project]\ndependencies = [\"fastapi\", \"sqlalchemy\"]\n",
                "frontend/package.json", "{\"dependencies\": {\"react\": \"19\", \"react-dom\": \"19\"}, \"devDependencies\": {\"vite\": \"6\"}}"))
                .proposal();
        assertThat(proposal.projectType()).isEqualTo("web-app");
        assertThat(proposal.stack()).as("react-vite does not suit a web app; the Python stack covers both").isEqualTo("python-fastapi");
        assertThat(proposal.alternatives().get(Keys.STACK)).extracting(Candidate::id).contains("react-vite");
        assertThat(proposal.addedAgents()).isEmpty();
    }

    @Test
    void aNextJsAppThatIsAlsoAnLlmAppStaysAWebAppAndGainsTheAiEngineer() {
        Proposal proposal = Repos.detect(repo, Map.of("package.json", """
                {"dependencies": {"next": "16", "react-dom": "19", "ai": "5", "@ai-sdk/openai": "2", "drizzle-orm": "1"}}
                """, "app/api/chat/route.ts", "")).proposal();
        assertThat(proposal.projectType()).isEqualTo("web-app");
        assertThat(proposal.stack()).isEqualTo("nextjs");
        assertThat(proposal.addedAgents()).containsExactly("ai-engineer");
        assertThat(proposal.agents()).contains("frontend-engineer", "backend-engineer", "ai-engineer");
        assertThat(proposal.evidence(Keys.AGENTS)).first().extracting(Evidence::why).asString().startsWith("ai: ");
    }

    @Test
    void anLlmServiceWithAChatFrontendInAFolderIsAnAiProductWithAFrontendEngineer() {
        Proposal proposal = Repos.detect(repo, Map.of(
                "pyproject.toml", "[project]\ndependencies = [\"langchain\", \"langgraph\"]\n",
                "frontend/package.json", "{\"dependencies\": {\"next\": \"16\", \"react-dom\": \"19\"}}")).proposal();
        assertThat(proposal.projectType()).isEqualTo("ai-ml");
        assertThat(proposal.stack()).isEqualTo("python-llm");
        assertThat(proposal.addedAgents()).containsExactly("frontend-engineer");
    }

    @Test
    void mavenAndGradleSideBySideAreOneSpringBootStack() {
        Proposal proposal = Repos.detect(repo, Map.of(
                "pom.xml", "<project><parent><groupId>org.springframework.boot</groupId>"
                        + "<artifactId>spring-boot-starter-parent</artifactId></parent></project>",
                "build.gradle", "plugins { id 'org.springframework.boot' version '4.0.0' }\n",
                "src/main/java/", "")).proposal();
        assertThat(proposal.stack()).isEqualTo("java-spring-boot");
        assertThat(proposal.projectType()).isEqualTo("backend-api");
        assertThat(proposal.evidence(Keys.STACK)).extracting(Evidence::path).contains("pom.xml");
    }

    @Test
    void kotlinOnSpringBootIsTheKotlinStack() {
        Proposal proposal = Repos.detect(repo, Map.of("build.gradle.kts", """
                plugins { id("org.springframework.boot") version "4.0.0"; kotlin("jvm") version "2.2.0" }
                """, "src/main/kotlin/", "")).proposal();
        assertThat(proposal.stack()).isEqualTo("kotlin-spring-boot");
        assertThat(proposal.alternatives().get(Keys.STACK)).extracting(Candidate::id).contains("java-spring-boot");
    }

    @Test
    void aComposeFileThatOnlyStartsLocalDatabasesIsNoDeployment() {
        Proposal proposal = Repos.detect(repo, Map.of("go.mod", "module x\nrequire github.com/gin-gonic/gin v1\n",
                "docker-compose.yml", "services:\n  db: {image: postgres:16}\n  cache: {image: redis:7}\n",
                "Dockerfile", "FROM golang")).proposal();
        assertThat(proposal.stack()).isEqualTo("go");
        assertThat(proposal.deployment()).isNull();
        assertThat(proposal.alternatives().get(Keys.DEPLOYMENT)).extracting(Candidate::id).containsExactly("docker-host");
    }

    @Test
    void aComposeFileBehindAReverseProxyWithADockerfileIsASelfHostedDockerHost() {
        Proposal proposal = Repos.detect(repo, Map.of("go.mod", "module x\n", "Dockerfile", "FROM golang",
                "compose.yaml", "services:\n  app: {build: .}\n  proxy: {image: 'traefik:v3'}\n")).proposal();
        assertThat(proposal.deployment()).isEqualTo("docker-host");
    }

    @Test
    void aFlutterAppWhoseWebBuildDeploysToFirebaseHostingIsAMobileAppOnGoogleCloud() {
        Proposal proposal = Repos.detect(repo, Map.of(
                "pubspec.yaml", "name: app\ndependencies:\n  flutter:\n    sdk: flutter\n",
                "android/", "", "ios/", "", "web/index.html", "", "firebase.json", "{}",
                ".github/workflows/web.yml", WORKFLOW.formatted("Deploy web", "deploy", "firebase deploy --only hosting")))
                .proposal();
        assertThat(proposal.projectType()).isEqualTo("mobile-app");
        assertThat(proposal.stack()).isEqualTo("flutter");
        assertThat(proposal.deployment()).isEqualTo("gcp");
        assertThat(proposal.summary(Keys.DEPLOYMENT)).contains(".github/workflows/web.yml (firebase deploy)", "firebase.json");
        assertThat(proposal.addedAgents()).as("the mobile team covers the app's web build").isEmpty();
    }

    @Test
    void kubectlApplyOnlyInATestJobIsNoDeploymentButInADeployJobItIs() {
        Proposal inTests = Repos.detect(repo, Map.of("go.mod", "module x\n",
                ".github/workflows/e2e.yml", WORKFLOW.formatted("e2e", "kind", "kubectl apply -f config/"))).proposal();
        assertThat(inTests.deployment()).isNull();
        assertThat(inTests.alternatives().get(Keys.DEPLOYMENT)).first().extracting(Candidate::id).isEqualTo("kubernetes");
        Repos.write(repo, Map.of(".github/workflows/cd.yml", WORKFLOW.formatted("CD", "release", "kubectl apply -f config/")));
        Proposal inDeploy = new Detector(Repos.BUILT_IN).detect(repo).proposal();
        assertThat(inDeploy.deployment()).isEqualTo("kubernetes");
        assertThat(inDeploy.evidence(Keys.DEPLOYMENT)).first().extracting(Evidence::why).asString()
                .isEqualTo("runs 'kubectl apply -f config/'");
    }

    @Test
    void aMobileAppFoundInAWebAppCallsForTheMobileEngineer() {
        Proposal proposal = Repos.detect(repo, Map.of(
                "package.json", "{\"dependencies\": {\"next\": \"16\", \"@prisma/client\": \"6\"}}",
                "mobile/package.json", "{\"dependencies\": {\"expo\": \"53\", \"react-native\": \"0.80\"}}")).proposal();
        assertThat(proposal.projectType()).isIn("web-app", "mobile-app");
        assertThat(proposal.agents()).contains("mobile-engineer", "frontend-engineer");
    }

    @Test
    void examplesAndTestsCountLessThanTheProjectItself() {
        Proposal proposal = Repos.detect(repo, Map.of(
                "package.json", "{\"dependencies\": {\"@angular/core\": \"20\"}}",
                "examples/next-app/package.json", "{\"dependencies\": {\"next\": \"16\"}}",
                "examples/next-app/vercel.json", "{}")).proposal();
        assertThat(proposal.stack()).isEqualTo("angular");
        assertThat(proposal.deployment()).as("an example's vercel.json is a hint, not a deployment").isNull();
    }

    @Test
    void answersAlreadyGivenAreKeptAndTheRestFitThem() {
        Detection detection = Repos.detect(repo, Map.of("package.json", "{\"dependencies\": {\"next\": \"16\", \"pg\": \"8\"}}",
                "vercel.json", "{}"));
        assertThat(detection.proposal().projectType()).isEqualTo("web-app");
        Proposal frontend = detection.propose("web-frontend", null);
        assertThat(frontend.projectType()).isEqualTo("web-frontend");
        assertThat(frontend.stack()).isEqualTo("nextjs");
        assertThat(frontend.evidence(Keys.PROJECT_TYPE)).as("a given answer has no evidence").isEmpty();
        Proposal angular = detection.propose(null, "angular");
        assertThat(angular.projectType()).as("a type the given stack suits").isEqualTo("web-frontend");
        assertThat(angular.stack()).isEqualTo("angular");
        assertThat(detection.propose("backend-api", null).stack()).as("no stack for a backend is shown").isNull();
    }

    @Test
    void aComponentsFolderNamedChartsIsNoKubernetes() {
        Proposal proposal = Repos.detect(repo, Map.of("package.json", "{\"dependencies\": {\"react-dom\": \"19\"}}",
                "src/components/charts/Line.tsx", "", "src/components/helm/Wheel.tsx", "")).proposal();
        assertThat(proposal.deployment()).isNull();
        assertThat(proposal.alternatives().get(Keys.DEPLOYMENT)).isEmpty();
    }

    @Test
    void aCloudLoginAloneIsAHintNotADeployment() {
        Proposal proposal = Repos.detect(repo, Map.of("go.mod", "module x\n", ".github/workflows/release.yml",
                WORKFLOW.formatted("Release", "upload", "echo uploading").replace("      - run: echo uploading",
                        "      - uses: aws-actions/configure-aws-credentials@v4\n      - run: echo uploading"))).proposal();
        assertThat(proposal.deployment()).isNull();
        assertThat(proposal.alternatives().get(Keys.DEPLOYMENT)).extracting(Candidate::id).containsExactly("aws");
    }

    @Test
    void aFrameworksConfigFileIsTheSameEvidenceAsItsDependency() {
        Proposal proposal = Repos.detect(repo, Map.of("pyproject.toml", "[project]\ndependencies = [\"fastapi\"]\n",
                "frontend/package.json", "{\"dependencies\": {\"nuxt\": \"4\"}}", "frontend/nuxt.config.ts", "")).proposal();
        assertThat(proposal.projectType()).isEqualTo("web-app");
        assertThat(proposal.stack()).as("the backend at the root decides; the front in a folder is its companion")
                .isEqualTo("python-fastapi");
    }

    @Test
    void nothingDeploysSoNoDeploymentIsProposed() {
        Proposal proposal = Repos.detect(repo, Map.of("requirements.txt", "django\n", "manage.py", "")).proposal();
        assertThat(proposal.stack()).isEqualTo("python-django");
        assertThat(proposal.deployment()).isNull();
        assertThat(proposal.summary(Keys.DEPLOYMENT)).isEmpty();
    }

    @Test
    void theWizardsOneLineSummaryNamesTheFilesAndWhatTheyShow() {
        Proposal proposal = Repos.detect(repo, Map.of("go.mod", "module x\nrequire github.com/gin-gonic/gin v1.10.0\n",
                "fly.toml", "app = 'x'\n")).proposal();
        assertThat(proposal.summary(Keys.STACK)).isEqualTo("found go.mod (gin)");
        assertThat(proposal.summary(Keys.DEPLOYMENT)).isEqualTo("found fly.toml");
        assertThat(proposal.summary(Keys.PROJECT_TYPE)).isEqualTo("found go.mod (gin)");
    }
}
