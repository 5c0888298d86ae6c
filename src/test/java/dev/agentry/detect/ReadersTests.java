package dev.agentry.detect;

import java.util.List;

import dev.agentry.catalog.Ecosystem;
import dev.agentry.support.AgentryException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each manifest reader, on the forms its format allows, and on broken input (an error naming the place). */
class ReadersTests {

    private final Facts facts = new Facts();

    private List<String> names(Ecosystem ecosystem) {
        return facts.dependencies(ecosystem).stream().map(Facts.Dependency::name).toList();
    }

    private List<String> lines() {
        return facts.commands().stream().map(Facts.Command::line).toList();
    }

    @Test
    void packageJsonGivesEveryKindOfDependencyAndItsScriptsAsCommands() {
        new NpmManifest().read("web/package.json", """
                {"dependencies": {"next": "15"}, "devDependencies": {"vite": "6"}, "peerDependencies": {"react": "19"},
                 "optionalDependencies": {"fsevents": "2"}, "scripts": {"deploy": "vercel --prod", "test": "vitest"}}
                """, facts);
        assertThat(names(Ecosystem.NPM)).containsExactly("next", "vite", "react", "fsevents");
        assertThat(facts.commands()).extracting(Facts.Command::line, Facts.Command::deploying)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("vercel --prod", true),
                        org.assertj.core.groups.Tuple.tuple("vitest", false));
    }

    @Test
    void aBrokenPackageJsonIsAnErrorThatNamesLineAndColumn() {
        assertThatThrownBy(() -> new NpmManifest().read("package.json", "{\"dependencies\": {\"next\" \"15\"}}", facts))
                .isInstanceOf(AgentryException.class).hasMessageStartingWith("package.json:1:").hasMessageContaining("invalid JSON");
        assertThatThrownBy(() -> new NpmManifest().read("package.json", "[1, 2]", facts))
                .hasMessage("package.json: expected a JSON object at the top level.");
    }

    @Test
    void pomGivesParentDependenciesPluginsAndManagedDependencies() {
        new MavenPom().read("pom.xml", """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <groupId>org.example</groupId><artifactId>shop</artifactId>
                  <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId></parent>
                  <dependencyManagement><dependencies><dependency>
                    <groupId>software.amazon.awssdk</groupId><artifactId>bom</artifactId></dependency></dependencies>
                  </dependencyManagement>
                  <dependencies><dependency><groupId>org.springframework.boot</groupId>
                    <artifactId>spring-boot-starter-web</artifactId><!-- a comment --></dependency></dependencies>
                  <build><plugins><plugin><artifactId>maven-surefire-plugin</artifactId></plugin></plugins></build>
                </project>
                """, facts);
        assertThat(names(Ecosystem.MAVEN)).containsExactly("org.springframework.boot:spring-boot-starter-parent",
                "software.amazon.awssdk:bom", "org.springframework.boot:spring-boot-starter-web",
                "org.apache.maven.plugins:maven-surefire-plugin");
    }

    @Test
    void pomWithAnExternalEntityReadsNothingFromTheDisk(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path secret = java.nio.file.Files.writeString(dir.resolve("secret.txt"), "LEAKED");
        String pom = """
                <?xml version="1.0"?>
                <!DOCTYPE project [<!ENTITY secret SYSTEM "%s">]>
                <project><dependencies>
                  <dependency><groupId>&secret;</groupId><artifactId>x</artifactId></dependency>
                  <dependency><groupId>org.example</groupId><artifactId>&secret;</artifactId></dependency>
                </dependencies></project>
                """.formatted(secret.toUri());
        try {
            new MavenPom().read("pom.xml", pom, facts);
        }
        catch (AgentryException refused) {
            assertThat(refused).hasMessageStartingWith("pom.xml:").hasMessageContaining("invalid XML");
        }
        assertThat(names(Ecosystem.MAVEN)).noneMatch(name -> name.contains("LEAKED"));
    }

    @Test
    void brokenXmlIsAnErrorThatNamesLineAndColumn() {
        assertThatThrownBy(() -> new MavenPom().read("pom.xml", "<project>\n<dependencies>\n</project>", facts))
                .isInstanceOf(AgentryException.class).hasMessageStartingWith("pom.xml:3:").hasMessageContaining("invalid XML");
    }

    @Test
    void gradleScriptsGivePluginIdsAndCoordinatesInBothDsls() {
        new GradleScript().read("build.gradle.kts", """
                plugins {
                    id("org.springframework.boot") version "4.0.0"
                    kotlin("jvm") version "2.2.0"
                }
                apply(plugin = "io.spring.dependency-management")
                dependencies {
                    implementation("org.springframework.boot:spring-boot-starter-web")
                    testImplementation(group = "io.mockk", name = "mockk", version = "1.13")
                }
                """, facts);
        new GradleScript().read("app/build.gradle", """
                plugins { id 'com.android.application' }
                dependencies { implementation 'androidx.compose.ui:ui:1.7.0' }
                """, facts);
        assertThat(names(Ecosystem.GRADLE_PLUGIN)).contains("org.springframework.boot", "org.jetbrains.kotlin.jvm",
                "io.spring.dependency-management", "com.android.application");
        assertThat(names(Ecosystem.MAVEN)).contains("org.springframework.boot:spring-boot-starter-web", "io.mockk:mockk",
                "org.jetbrains.kotlin:kotlin-jvm", "androidx.compose.ui:ui");
    }

    @Test
    void versionCatalogueGivesLibrariesAndPluginsInEveryForm() {
        new GradleVersionCatalog().read("gradle/libs.versions.toml", """
                [versions]
                boot = "4.0.0"
                [libraries]
                web = "org.springframework.boot:spring-boot-starter-web:4.0.0"
                compose = { module = "androidx.compose.ui:ui", version.ref = "boot" }
                hilt = { group = "com.google.dagger", name = "hilt-android" }
                [plugins]
                boot = { id = "org.springframework.boot", version.ref = "boot" }
                android = "com.android.application:8.7.0"
                """, facts);
        assertThat(names(Ecosystem.MAVEN)).containsExactly("org.springframework.boot:spring-boot-starter-web",
                "androidx.compose.ui:ui", "com.google.dagger:hilt-android");
        assertThat(names(Ecosystem.GRADLE_PLUGIN)).containsExactly("org.springframework.boot", "com.android.application");
    }

    @Test
    void pyprojectGivesPep621PoetryAndDependencyGroupsNormalised() {
        new PythonProject().read("pyproject.toml", """
                [project]
                dependencies = ["FastAPI[all]>=0.110", "SQLAlchemy_Utils ; python_version > '3.9'"]
                [project.optional-dependencies]
                llm = ["langchain-openai"]
                [dependency-groups]
                dev = ["pytest", {include-group = "lint"}]
                [tool.poetry.dependencies]
                python = "^3.12"
                Django = "^5"
                [tool.poetry.group.test.dependencies]
                factory_boy = "*"
                """, facts);
        assertThat(names(Ecosystem.PYPI)).containsExactly("fastapi", "sqlalchemy-utils", "langchain-openai", "pytest",
                "django", "factory-boy");
    }

    @Test
    void pipfileGivesItsPackages() {
        new PythonProject().read("Pipfile", """
                [packages]
                flask = "*"
                [dev-packages]
                pytest = "*"
                """, facts);
        assertThat(names(Ecosystem.PYPI)).containsExactly("flask", "pytest");
    }

    @Test
    void brokenTomlIsAnErrorThatNamesTheLine() {
        assertThatThrownBy(() -> new PythonProject().read("pyproject.toml", "[project\ndependencies = [", facts))
                .isInstanceOf(AgentryException.class).hasMessageStartingWith("pyproject.toml:").hasMessageContaining("invalid TOML");
    }

    @Test
    void requirementsSkipCommentsOptionsAndUrlsButKeepEggNames() {
        PythonRequirements reader = new PythonRequirements();
        assertThat(reader.reads("requirements.txt")).isTrue();
        assertThat(reader.reads("requirements/prod.txt")).isTrue();
        assertThat(reader.reads("dev-requirements.txt")).isTrue();
        assertThat(reader.reads("notes.txt")).isFalse();
        reader.read("requirements.txt", """
                # web
                -r base.txt
                --index-url https://example.org/simple
                Django>=5  # the framework
                psycopg[binary]==3.2
                git+https://github.com/org/tool.git#egg=our_tool
                https://example.org/wheel.whl
                """, facts);
        assertThat(names(Ecosystem.PYPI)).containsExactly("django", "psycopg", "our-tool");
    }

    @Test
    void setupPyGivesInstallRequires() {
        new PythonRequirements().read("setup.py", """
                setup(name="x", install_requires=["flask>=2", 'celery'], extras_require={"ml": ["torch"]})
                """, facts);
        assertThat(names(Ecosystem.PYPI)).containsExactly("flask", "celery", "torch");
    }

    @Test
    void goModGivesDirectRequirementsOnly() {
        new GoModule().read("go.mod", """
                module example.com/shop
                go 1.23
                require github.com/gin-gonic/gin v1.10.0
                require (
                    github.com/go-chi/chi/v5 v5.1.0 // a router
                    golang.org/x/sys v0.20.0 // indirect
                )
                """, facts);
        assertThat(names(Ecosystem.GO)).containsExactly("github.com/gin-gonic/gin", "github.com/go-chi/chi/v5");
    }

    @Test
    void gemfileGivesItsGems() {
        new Gemfile().read("Gemfile", """
                source "https://rubygems.org"
                gem "rails", "~> 8.0"
                  gem 'pg'
                # gem "sidekiq"
                """, facts);
        assertThat(names(Ecosystem.GEM)).containsExactly("rails", "pg");
    }

    @Test
    void csprojGivesItsSdkAndPackageReferences() {
        new MsBuildProject().read("src/Api/Api.csproj", """
                <Project Sdk="Microsoft.NET.Sdk.Web">
                  <ItemGroup><PackageReference Include="Npgsql.EntityFrameworkCore.PostgreSQL" Version="9.0" /></ItemGroup>
                </Project>
                """, facts);
        assertThat(names(Ecosystem.NUGET)).containsExactly("microsoft.net.sdk.web", "npgsql.entityframeworkcore.postgresql");
    }

    @Test
    void pubspecGivesDependenciesIncludingFlutter() {
        new Pubspec().read("pubspec.yaml", """
                name: app
                dependencies:
                  flutter:
                    sdk: flutter
                  riverpod: ^2.5.0
                dev_dependencies:
                  flutter_test:
                    sdk: flutter
                """, facts);
        assertThat(names(Ecosystem.PUB)).containsExactly("flutter", "riverpod", "flutter_test");
    }

    @Test
    void terraformGivesProvidersFromBlocksResourcesAndRegistrySources() {
        new Terraform().read("infra/main.tf", """
                terraform {
                  required_providers {
                    aws = { source = "hashicorp/aws" }
                  }
                }
                provider "google" {}
                resource "azurerm_resource_group" "rg" {}
                module "vpc" { source = "terraform-aws-modules/vpc/aws" }
                module "local" { source = "./modules/net" }
                """, facts);
        assertThat(names(Ecosystem.TERRAFORM)).containsExactlyInAnyOrder("aws", "google", "azurerm");
        assertThat(Terraform.registryProvider("registry.terraform.io/hashicorp/kubernetes")).isEqualTo("kubernetes");
        assertThat(Terraform.registryProvider("git::https://example.org/mod.git")).isNull();
    }

    @Test
    void githubWorkflowGivesRunLinesActionsAndWhetherTheyDeploy() {
        new CiPipelines().read(".github/workflows/ci.yml", """
                name: CI
                on: push
                jobs:
                  test:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@v4
                      - run: |
                          npm ci
                          kubectl apply -f k8s/ \\
                            --dry-run=client
                  ship:
                    environment: production
                    steps:
                      - uses: google-github-actions/deploy-cloudrun@v2
                      - run: fly deploy --remote-only
                """, facts);
        assertThat(facts.commands()).extracting(Facts.Command::line, Facts.Command::deploying).containsExactly(
                org.assertj.core.groups.Tuple.tuple("npm ci", false),
                org.assertj.core.groups.Tuple.tuple("kubectl apply -f k8s/    --dry-run=client", false),
                org.assertj.core.groups.Tuple.tuple("fly deploy --remote-only", true));
        assertThat(facts.dependencies(Ecosystem.ACTIONS)).extracting(Facts.Dependency::name, Facts.Dependency::factor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("actions/checkout", Location.OUTSIDE_DEPLOY_STEP),
                        org.assertj.core.groups.Tuple.tuple("google-github-actions/deploy-cloudrun", Location.FULL));
    }

    @Test
    void gitlabScriptsAndCloudBuildStepsBecomeCommands() {
        new CiPipelines().read(".gitlab-ci.yml", """
                deploy-prod:
                  stage: deploy
                  script:
                    - helm upgrade --install shop ./chart
                """, facts);
        new CiPipelines().read("cloudbuild.yaml", """
                steps:
                  - name: gcr.io/google.com/cloudsdktool/cloud-sdk:slim
                    entrypoint: gcloud
                    args: [run, deploy, shop, --image, gcr.io/p/shop]
                """, facts);
        assertThat(lines()).containsExactly("helm upgrade --install shop ./chart", "gcloud run deploy shop --image gcr.io/p/shop");
        assertThat(facts.commands().get(0).deploying()).isTrue();
    }

    @Test
    void ciYamlWithAnAliasReadsItAsNothingAndNeverExpandsIt() {
        new CiPipelines().read(".gitlab-ci.yml", """
                .base: &base
                  script: [make test]
                test:
                  <<: *base
                """, facts);
        assertThat(lines()).containsExactly("make test");
    }

    @Test
    void composeGivesTheImagesItsServicesRun() {
        new ComposeFile().read("compose.yaml", """
                services:
                  app: {build: ., restart: always}
                  db: {image: "postgres:16"}
                  proxy: {image: "docker.io/library/traefik:v3.1"}
                  ui: {image: "ghcr.io/acme/shop-ui@sha256:abc"}
                """, facts);
        assertThat(names(Ecosystem.COMPOSE)).containsExactly("postgres", "traefik", "acme/shop-ui");
        assertThat(new ComposeFile().reads("docker-compose.prod.yml")).isTrue();
        assertThat(new ComposeFile().reads("compose.yaml")).isTrue();
        assertThat(new ComposeFile().reads("composer.json")).isFalse();
    }

    @Test
    void legacyAgentFilesWithUnfilledPlaceholdersAreNoted() {
        LegacyAgents reader = new LegacyAgents();
        assertThat(reader.reads(".claude/agents/backend-engineer.md")).isTrue();
        assertThat(reader.reads("docs/.claude/agents/x.md")).isFalse();
        reader.read(".claude/agents/backend-engineer.md", "for {{PROJECT_TYPE}} apps, with {{ DEPLOYMENT_AGENT }}", facts);
        reader.read(".claude/agents/filled.md", "for web apps, ${not} {{lowercase}}", facts);
        assertThat(facts.legacyFiles()).containsOnlyKeys(".claude/agents/backend-engineer.md");
        assertThat(facts.legacyFiles().get(".claude/agents/backend-engineer.md")).containsExactly("PROJECT_TYPE", "DEPLOYMENT_AGENT");
    }

    @Test
    void everyManifestHasOneReaderAndOtherFilesNone() {
        assertThat(Readers.forPath("apps/web/package.json")).get().isInstanceOf(NpmManifest.class);
        assertThat(Readers.forPath(".github/workflows/deploy.yaml")).get().isInstanceOf(CiPipelines.class);
        assertThat(Readers.forPath("docker/docker-compose.yml")).get().isInstanceOf(ComposeFile.class);
        assertThat(Readers.forPath("src/App.tsx")).isEmpty();
        assertThat(Readers.forPath("k8s/deployment.yaml")).isEmpty();
    }
}
