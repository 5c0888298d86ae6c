package dev.agentry.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import dev.agentry.TeamFixtures;
import dev.agentry.Trees;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden files: the default team of every project type (and one case written for every target), rendered, compared
 * file by file (and as a file tree) with {@code src/test/resources/golden/<case>/}. After an intended change to the scaffolds, refresh them with
 * {@code ./mvnw test -Dtest=GoldenTests -Dagentry.golden=update} and review the diff.
 */
class GoldenTests {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = "update".equals(System.getProperty("agentry.golden"));
    private static final TeamFixtures FIXTURES = TeamFixtures.builtIn();

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("web-app", "web-app", "aws", "java-spring-boot", "", ""),
                Arguments.of("web-frontend", "web-frontend", "vercel", "nextjs", "", ""),
                Arguments.of("backend-api", "backend-api", "kubernetes", "python-fastapi", "", ""),
                Arguments.of("mobile-app", "mobile-app", "aws", "java-spring-boot", "", ""),
                Arguments.of("ai-ml", "ai-ml", "kubernetes", "python-fastapi", "", ""),
                Arguments.of("data-platform", "data-platform", "aws", "python-fastapi", "", ""),
                Arguments.of("custom", "custom", "kubernetes", "java-spring-boot", "backend-engineer,code-reviewer", ""),
                Arguments.of("all-targets", "web-app", "vercel", "nextjs", "", String.join(",", Formats.ids())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void defaultTeamMatchesItsGoldenFiles(String name, String type, String deployment, String stack, String agents,
            String targets) throws IOException {
        Map<String, String> files = new TreeMap<>();
        FIXTURES.render(type, deployment, stack, agents, targets).files().forEach((path, content) -> files.put(path.replace("#", "."), content));
        Path folder = GOLDEN.resolve(name);
        if (UPDATE) {
            if (Files.exists(folder)) {
                try (Stream<Path> old = Files.walk(folder)) {
                    for (Path path : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = folder.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
            }
        }
        Map<String, String> golden = Trees.snapshot(folder);
        assertThat(files.keySet()).as("file tree of %s", name).isEqualTo(golden.keySet());
        files.forEach((path, content) -> assertThat(content).as("%s/%s (refresh with -Dagentry.golden=update)", name, path)
                .isEqualTo(golden.get(path)));
    }
}
