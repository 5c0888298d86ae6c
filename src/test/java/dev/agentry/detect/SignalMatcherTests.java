package dev.agentry.detect;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.agentry.catalog.Signal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of signal, matched against a scanned repository: what it finds, where, and how much that counts. */
class SignalMatcherTests {

    @TempDir
    Path repo;

    private SignalMatcher matcher(Map<String, String> files) {
        return new SignalMatcher(Scan.of(Repos.write(repo, files), Limits.DEFAULT));
    }

    private static Signal files(int weight, String... patterns) {
        return new Signal(List.of(patterns), null, null, weight, null);
    }

    private static Signal dependencies(int weight, String... patterns) {
        return new Signal(null, List.of(patterns), null, weight, null);
    }

    private static Signal commands(int weight, String... patterns) {
        return new Signal(null, null, List.of(patterns), weight, null);
    }

    @Test
    void aFilesSignalFindsItsBestMatchOnly() {
        SignalMatcher matcher = matcher(Map.of("fly.toml", "", "apps/api/fly.toml", "", "examples/x/fly.toml", ""));
        assertThat(matcher.findings(files(7, "fly.toml"))).extracting(Evidence::path, Evidence::why, Evidence::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fly.toml", "found fly.toml", 7.0));
        assertThat(matcher.findings(files(7, "vercel.json"))).isEmpty();
    }

    @Test
    void aFolderPatternFindsTheFolder() {
        SignalMatcher matcher = matcher(Map.of("ios/Runner/Info.plist", "", "android/app/build.gradle", ""));
        assertThat(matcher.findings(files(2, "/android/", "/ios/"))).extracting(Evidence::path).containsExactly("android/");
    }

    @Test
    void aFileOnlyInExamplesCountsAQuarter() {
        SignalMatcher matcher = matcher(Map.of("examples/next/vercel.json", "{}"));
        assertThat(matcher.findings(files(6, "vercel.json"))).extracting(Evidence::score).containsExactly(1.5);
    }

    @Test
    void aDependenciesSignalFindsEveryManifestThatDeclaresIt() {
        SignalMatcher matcher = matcher(Map.of("package.json", "{\"dependencies\": {\"@nestjs/core\": \"10\"}}",
                "services/orders/package.json", "{\"dependencies\": {\"@nestjs/core\": \"10\", \"@nestjs/config\": \"3\"}}",
                "tests/fixture/package.json", "{\"dependencies\": {\"@nestjs/core\": \"10\"}}"));
        List<Evidence> findings = matcher.findings(dependencies(6, "npm:@nestjs/*"));
        assertThat(findings).extracting(Evidence::path, Evidence::score).containsExactly(
                org.assertj.core.groups.Tuple.tuple("package.json", 6.0),
                org.assertj.core.groups.Tuple.tuple("services/orders/package.json", 4.5),
                org.assertj.core.groups.Tuple.tuple("tests/fixture/package.json", 1.5));
        assertThat(findings.get(0)).extracting(Evidence::why, Evidence::label).containsExactly("depends on @nestjs/core",
                "@nestjs/core");
    }

    @Test
    void dependencyNamesCompareAsTheirEcosystemDoes() {
        SignalMatcher matcher = matcher(Map.of("requirements.txt", "Django_Rest_Framework==3.15\n",
                "Api.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\"/>"));
        assertThat(matcher.findings(dependencies(2, "pypi:djangorestframework"))).isEmpty();
        assertThat(matcher.findings(dependencies(2, "pypi:django-rest-framework"))).hasSize(1);
        assertThat(matcher.findings(dependencies(6, "nuget:microsoft.net.sdk.web"))).extracting(Evidence::why)
                .containsExactly("references Microsoft.NET.Sdk.Web");
    }

    @Test
    void aCommandsSignalCountsFullyInADeployStepAndHalfElsewhere() {
        SignalMatcher matcher = matcher(Map.of(".github/workflows/ci.yml", """
                jobs:
                  test:
                    steps: [{run: "kubectl apply -f k8s/"}]
                """, "package.json", "{\"scripts\": {\"release\": \"helm upgrade --install app chart\"}}"));
        assertThat(matcher.findings(commands(6, "kubectl apply"))).extracting(Evidence::score, Evidence::why)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3.0, "runs 'kubectl apply -f k8s/' (not in a deploy step)"));
        assertThat(matcher.findings(commands(6, "helm upgrade"))).extracting(Evidence::path, Evidence::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("package.json", 6.0));
    }
}
