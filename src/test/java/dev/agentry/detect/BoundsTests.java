package dev.agentry.detect;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.agentry.codec.Codec;
import dev.agentry.interview.Keys;
import dev.agentry.support.AgentryException;
import dev.agentry.support.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bad input stays bounded: an unreadable, binary or broken manifest is skipped and reported, a 50 MB package.json is not
 * read, a symbolic link loop is not followed, dependency and build folders are not entered, the limits stop the walk,
 * and nothing is ever written.
 */
class BoundsTests {

    @TempDir
    Path repo;

    private static Skipped skipped(Detection detection, String path) {
        return detection.skipped().stream().filter(s -> s.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError(path + " not reported among " + detection.skipped()));
    }

    @Test
    void aFiftyMegabytePackageJsonIsSkippedUnreadAndReported() throws Exception {
        Repos.write(repo, Map.of("go.mod", "module x\n", "web/package.json", ""));
        try (RandomAccessFile big = new RandomAccessFile(repo.resolve("web/package.json").toFile(), "rw")) {
            big.setLength(50L * 1024 * 1024);
        }
        Detection detection = new Detector(Repos.BUILT_IN).detect(repo);
        assertThat(skipped(detection, "web/package.json").why()).isEqualTo("52428800 bytes, over the limit of "
                + Codec.MAX_INPUT_BYTES + " bytes for a manifest: not read");
        assertThat(detection.bytesRead()).isLessThan(1024);
        assertThat(detection.proposal().stack()).as("the rest is still read").isEqualTo("go");
    }

    @Test
    void binaryAndBrokenManifestsAreSkippedWithTheReasonAndThePlace() throws Exception {
        Repos.write(repo, Map.of("package.json", "{\"dependencies\": {\"next\": }", "pyproject.toml", "[project\n",
                "pubspec.yaml", "name: [unclosed\n", "pom.xml", "<project><dependencies></project>", "go.mod", "module x\n"));
        Files.write(repo.resolve("Gemfile"), new byte[] {'g', 'e', 'm', 0, 1, 2, (byte) 0xff});
        Detection detection = new Detector(Repos.BUILT_IN).detect(repo);
        assertThat(skipped(detection, "package.json").why()).startsWith("1:").contains("invalid JSON");
        assertThat(skipped(detection, "pyproject.toml").why()).contains("invalid TOML");
        assertThat(skipped(detection, "pubspec.yaml").why()).contains("invalid YAML");
        assertThat(skipped(detection, "pom.xml").why()).startsWith("1:").contains("invalid XML");
        assertThat(skipped(detection, "Gemfile").why()).contains("not a UTF-8 text file");
        assertThat(detection.manifestsRead()).isEqualTo(1);
        assertThat(detection.proposal().stack()).isEqualTo("go");
    }

    @Test
    @Timeout(20)
    void aSymbolicLinkLoopIsNotFollowedAndIsReported() throws Exception {
        Repos.write(repo, Map.of("go.mod", "module x\n", "a/b/c.txt", ""));
        Files.createSymbolicLink(repo.resolve("a/b/loop"), repo.resolve("a"));
        Files.createSymbolicLink(repo.resolve("package.json"), Path.of("/etc/hostname"));
        Detection detection = new Detector(Repos.BUILT_IN).detect(repo);
        assertThat(detection.skipped()).anySatisfy(s -> {
            assertThat(s.why()).isEqualTo("2 symbolic links not followed");
            assertThat(s.path()).contains("a/b/loop", "package.json");
        });
        assertThat(detection.manifestsRead()).as("a link to a file outside is not read either").isEqualTo(1);
    }

    @Test
    void dependencyCachesAndBuildOutputsAreNotEntered() {
        Detection detection = Repos.detect(repo, Map.of("package.json", "{\"dependencies\": {\"@angular/core\": \"20\"}}",
                "node_modules/next/package.json", "{\"dependencies\": {\"next\": \"16\"}}",
                "vendor/rails/Gemfile", "gem 'rails'\n", ".git/config", "", "build/pom.xml", "<project/>",
                "target/classes/package.json", "{}", ".venv/lib/pyproject.toml", "[project]\n"));
        assertThat(detection.manifestsRead()).isEqualTo(1);
        assertThat(detection.skipped()).extracting(Skipped::path)
                .contains("node_modules/", "vendor/", ".git/", "build/", "target/", ".venv/");
        assertThat(detection.proposal().stack()).isEqualTo("angular");
    }

    @Test
    void theWalkStopsAtItsLimitsAndSaysSo() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("go.mod", "module x\n");
        for (int i = 0; i < 40; i++) {
            files.put("pkg" + i + "/package.json", "{}");
        }
        Repos.write(repo, files);
        Detection few = new Detector(Repos.BUILT_IN, new Limits(25, 24, 1000, 1024, 1 << 20)).detect(repo);
        assertThat(few.truncated()).isTrue();
        assertThat(few.pathsSeen()).isEqualTo(25);
        assertThat(skipped(few, ".").why()).isEqualTo("stopped after 25 paths (the limit): the rest of the repository was not"
                + " looked at");
        Detection manifests = new Detector(Repos.BUILT_IN, new Limits(1000, 24, 5, 1024, 1 << 20)).detect(repo);
        assertThat(manifests.manifestsRead()).isEqualTo(5);
        assertThat(manifests.skipped()).anySatisfy(s -> assertThat(s.why()).isEqualTo("36 manifests from here on not read:"
                + " the limit of 5 manifests was reached"));
        Detection bytes = new Detector(Repos.BUILT_IN, new Limits(1000, 24, 1000, 1024, 20)).detect(repo);
        assertThat(bytes.bytesRead()).isLessThanOrEqualTo(20);
        assertThat(bytes.skipped()).anySatisfy(s -> assertThat(s.why()).endsWith("the limit of 20 bytes read in all was reached"));
    }

    /**
     * The walk lists a level's folders on several threads: what it returns, and where a limit cuts it, must not depend
     * on them. Many small folders over several levels, cut at limits that fall inside a level and between levels.
     */
    @Test
    void theWalkIsTheSameOnOneThreadAsOnSeveralWhereverTheLimitFalls() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("go.mod", "module x\n");
        for (int a = 0; a < 12; a++) {
            for (int b = 0; b < 6; b++) {
                files.put("s" + a + "/m" + b + "/pyproject.toml", "[project]\n");
                files.put("s" + a + "/m" + b + "/deep/er/file" + b + ".py", "");
            }
            files.put("s" + a + "/package.json", "{}");
        }
        Repos.write(repo, files);
        Files.createSymbolicLink(repo.resolve("s3/m1/link"), repo.resolve("s4"));
        Files.createDirectories(repo.resolve("s5/node_modules/x"));
        for (int maxPaths : new int[] {7, 13, 50, 97, 200, 333, 100_000}) {
            Limits limits = new Limits(maxPaths, 4, 1000, 1024, 1 << 20);
            Tree alone = Walk.of(repo, limits, 1);
            assertThat(alone.files().size() + alone.folders().size()).isLessThanOrEqualTo(maxPaths);
            for (int threads : new int[] {2, 3, 8}) {
                for (int run = 0; run < 5; run++) {
                    assertThat(Walk.of(repo, limits, threads)).as("%d paths, %d threads", maxPaths, threads)
                            .isEqualTo(alone);
                }
            }
        }
        Tree whole = Walk.of(repo, new Limits(100_000, 4, 1000, 1024, 1 << 20), 2);
        assertThat(whole.truncated()).isFalse();
        assertThat(whole.files()).contains("s11/m5/pyproject.toml").doesNotContain("s0/m0/deep/er/file0.py");
        assertThat(whole.skipped()).extracting(Skipped::why).contains("72 folders deeper than 4 levels (the limit) not entered",
                "1 symbolic link not followed", "not entered (dependencies, caches or build output)");
        Tree cut = Walk.of(repo, new Limits(13, 4, 1000, 1024, 1 << 20), 2);
        assertThat(cut.truncated()).isTrue();
        assertThat(cut.files().size() + cut.folders().size()).isEqualTo(13);
        assertThat(cut.folders()).as("nearest the root first: the whole first level before any of the second")
                .allMatch(folder -> !folder.contains("/"));
    }

    @Test
    void foldersBelowTheDepthLimitAreNotEntered() {
        Detection detection = new Detector(Repos.BUILT_IN, new Limits(1000, 3, 1000, 1024, 1 << 20)).detect(
                Repos.write(repo, Map.of("a/b/c/d/go.mod", "module x\n", "fly.toml", "")));
        assertThat(detection.proposal().stack()).isNull();
        assertThat(detection.proposal().deployment()).isEqualTo("fly-io");
        assertThat(detection.skipped()).anySatisfy(s -> assertThat(s.why()).isEqualTo("1 folder deeper than 3 levels (the limit)"
                + " not entered"));
    }

    @Test
    void aFolderThatCannotBeReadIsReportedAndTheRestIsRead() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "root reads every folder whatever its permissions");
        Repos.write(repo, Map.of("go.mod", "module x\n", "secret/package.json", "{}"));
        Path secret = repo.resolve("secret");
        Files.setPosixFilePermissions(secret, java.util.Set.of());
        try {
            Detection detection = new Detector(Repos.BUILT_IN).detect(repo);
            assertThat(skipped(detection, "secret").why()).isEqualTo("cannot be read (permission denied)");
            assertThat(detection.proposal().stack()).isEqualTo("go");
        }
        finally {
            Files.setPosixFilePermissions(secret, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void anAliasBombInAWorkflowIsReadWithoutExpandingIt() {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 10; i++) {
                yaml.append(i == 0 ? "" : ", ").append('*').append((char) (c - 1));
            }
            yaml.append("]\n");
        }
        Detection detection = Repos.detect(repo, Map.of(".github/workflows/bomb.yml", yaml.toString(), "go.mod", "module x\n"));
        assertThat(detection.manifestsRead()).isEqualTo(2);
        assertThat(detection.proposal().stack()).isEqualTo("go");
    }

    @Test
    void detectionNeverWritesAnything() throws Exception {
        Repos.write(repo, Map.of("package.json", "{\"dependencies\": {\"next\": \"16\"}}", "vercel.json", "{}",
                ".claude/agents/backend-engineer.md", "for {{PROJECT_TYPE}}", "broken/package.json", "{"));
        Map<Path, FileTime> before = times(repo);
        new Detector(Repos.BUILT_IN).detect(repo);
        assertThat(times(repo)).isEqualTo(before);
    }

    private static Map<Path, FileTime> times(Path root) throws Exception {
        Map<Path, FileTime> times = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted().toList()) {
                times.put(path, Files.getLastModifiedTime(path));
            }
        }
        return times;
    }

    @Test
    void aTargetThatIsMissingOrNotAFolderIsInvalidInput() throws Exception {
        Path file = Files.writeString(repo.resolve("file.txt"), "x");
        for (Path target : List.of(repo.resolve("missing"), file)) {
            assertThatThrownBy(() -> new Detector(Repos.BUILT_IN).detect(target)).isInstanceOf(AgentryException.class)
                    .satisfies(e -> assertThat(((AgentryException) e).exitCode()).isEqualTo(ExitCode.USAGE))
                    .hasMessageContaining(target.toString()).hasMessageContaining("--target");
        }
    }

    @Test
    void aRepositoryWithNothingTheSignalsNameProposesNothing() {
        Detection detection = Repos.detect(repo, Map.of("README.md", "# notes\n", "notes/todo.txt", ""));
        assertThat(detection.proposal().isEmpty()).isTrue();
        assertThat(detection.proposal().value(Keys.STACK)).isEmpty();
        assertThat(detection.proposal().agents()).isEmpty();
    }
}
