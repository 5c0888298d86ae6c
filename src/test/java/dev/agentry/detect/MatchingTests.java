package dev.agentry.detect;

import java.util.List;

import dev.agentry.catalog.Ecosystem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The small rules signals are matched with: globs, command phrases, where a finding is, and how names compare. */
class MatchingTests {

    private final PathIndex index = new PathIndex(List.of("fly.toml", "apps/api/fly.toml", "app.yaml", "svc/app.yaml",
            "k8s/base/deploy.yaml", "src/Shop.Api/Shop.Api.csproj", "src/main/resources/templates/owners/list.html",
            "README.md", "charts/shop/Chart.yaml"), List.of("android", "ios", "src", "src/main", "src/main/java", "apps/web/ios",
            "charts", "k8s", "k8s/base"));

    private List<String> matches(String pattern) {
        return new Glob(pattern).matches(index);
    }

    @Test
    void aOneLevelPatternMatchesItsNameAtAnyDepthNearestFirst() {
        assertThat(matches("fly.toml")).containsExactly("fly.toml", "apps/api/fly.toml");
        assertThat(matches("*.csproj")).containsExactly("src/Shop.Api/Shop.Api.csproj");
        assertThat(matches("Chart.yaml")).containsExactly("charts/shop/Chart.yaml");
    }

    @Test
    void aLeadingSlashOrAFolderInThePatternAnchorsItAtTheRoot() {
        assertThat(matches("/app.yaml")).containsExactly("app.yaml");
        assertThat(matches("app.yaml")).containsExactly("app.yaml", "svc/app.yaml");
        assertThat(matches("k8s/*.yaml")).isEmpty();
        assertThat(matches("k8s/**/*.yaml")).containsExactly("k8s/base/deploy.yaml");
        assertThat(matches("**/templates/**/*.html")).containsExactly("src/main/resources/templates/owners/list.html");
        assertThat(matches("**/k8s/**/*.y*ml")).containsExactly("k8s/base/deploy.yaml");
    }

    @Test
    void aTrailingSlashMatchesFoldersOnly() {
        assertThat(matches("ios/")).containsExactly("ios", "apps/web/ios");
        assertThat(matches("/ios/")).containsExactly("ios");
        assertThat(matches("**/src/main/java/")).containsExactly("src/main/java");
        assertThat(matches("README.md/")).isEmpty();
        assertThat(matches("android")).as("a file pattern does not match a folder").isEmpty();
    }

    @Test
    void aPhraseMatchesItsWordsInOrderWithOptionsBetweenThem() {
        List<String> phrase = Shell.words("docker compose up");
        assertThat(Shell.contains(Shell.words("docker compose -f compose.yml -f compose.deploy.yml up -d"), phrase)).isTrue();
        assertThat(Shell.contains(Shell.words("sudo docker compose up -d && echo ok"), phrase)).isTrue();
        assertThat(Shell.contains(Shell.words("docker compose run --rm backend bash scripts/prestart.sh"), phrase)).isFalse();
        assertThat(Shell.commands("docker compose build; echo up")).noneMatch(c -> Shell.contains(c, phrase));
        assertThat(Shell.contains(Shell.words("docker compose build web api worker cron up"), phrase)).as("too far apart")
                .isFalse();
        assertThat(Shell.commands("npm ci && npx vercel deploy --prod | tee log")).hasSize(3);
        assertThat(Shell.contains(Shell.words("npx vercel --prod"), Shell.words("vercel"))).isTrue();
        assertThat(Shell.contains(Shell.words("echo 'use vercel-cli'"), Shell.words("vercel"))).isFalse();
        assertThat(Shell.contains(Shell.words("kubectl -n prod apply -f k8s/"), Shell.words("kubectl apply"))).isTrue();
    }

    @Test
    void namesOfJobsAndScriptsSayWhetherTheyDeploy() {
        assertThat(Shell.aboutDeploying("deploy-production")).isTrue();
        assertThat(Shell.aboutDeploying("Release to prod")).isTrue();
        assertThat(Shell.aboutDeploying("cd")).isTrue();
        assertThat(Shell.aboutDeploying("build-and-test")).isFalse();
        assertThat(Shell.aboutDeploying("relationships")).isFalse();
    }

    @Test
    void whereAFindingIsSaysHowMuchItCounts() {
        assertThat(Location.manifest("package.json")).isEqualTo(Location.FULL);
        assertThat(Location.manifest("frontend/package.json")).isEqualTo(Location.PART);
        assertThat(Location.manifest("a/b/c/d/package.json")).isEqualTo(Location.DEEP);
        assertThat(Location.manifest("examples/with-next/package.json")).isEqualTo(Location.SIDE);
        assertThat(Location.manifest("src/test/resources/pom.xml")).isEqualTo(Location.SIDE);
        assertThat(Location.file("a/b/c/d/e/fly.toml")).isEqualTo(Location.FULL);
        assertThat(Location.step(".github/workflows/ci.yml", false)).isEqualTo(Location.OUTSIDE_DEPLOY_STEP);
        assertThat(Location.step(".github/workflows/ci.yml", true)).isEqualTo(Location.FULL);
    }

    @Test
    void namesCompareAsTheirEcosystemDoes() {
        assertThat(Ecosystem.PYPI.normalize("Django_REST.framework")).isEqualTo("django-rest-framework");
        assertThat(Ecosystem.NUGET.normalize("Microsoft.AspNetCore.App")).isEqualTo("microsoft.aspnetcore.app");
        assertThat(Ecosystem.ACTIONS.normalize("Azure/webapps-deploy")).isEqualTo("azure/webapps-deploy");
        assertThat(Ecosystem.GO.normalize("github.com/BurntSushi/toml")).isEqualTo("github.com/BurntSushi/toml");
    }

    @Test
    void summariesUseTheShortNameOfADependency() {
        assertThat(SignalMatcher.label("github.com/gin-gonic/gin")).isEqualTo("gin");
        assertThat(SignalMatcher.label("github.com/go-chi/chi/v5")).isEqualTo("chi");
        assertThat(SignalMatcher.label("org.springframework.boot:spring-boot-starter-web")).isEqualTo("spring-boot-starter-web");
        assertThat(SignalMatcher.label("@angular/core")).isEqualTo("@angular/core");
        assertThat(ComposeFile.repository("localhost:5000/shop:dev")).isEqualTo("shop");
    }
}
