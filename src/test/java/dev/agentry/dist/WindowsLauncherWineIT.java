package dev.agentry.dist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.agentry.dist.Processes.Run;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * bin/agentry.cmd run by Wine's cmd.exe, where Wine and MinGW are installed (Debian's wine and gcc-mingw-w64-x86-64;
 * skipped elsewhere). No Windows JDK can be had here, so java.exe is a stand-in that logs its arguments and writes the
 * archives a training run asks for: this tries the launcher's own logic (finding Java and its version, the cache
 * folder, training, the archive options, the arguments passed on), not agentry on Windows.
 */
class WindowsLauncherWineIT {

    @TempDir
    static Path root;
    private static Path wine;
    private static Path prefix;
    private static String launcher;
    private static Map<String, String> env;

    @BeforeAll
    static void prepare() throws IOException {
        wine = Processes.which("wine");
        Path gcc = Processes.which("x86_64-w64-mingw32-gcc");
        assumeThat(wine).as("Wine").isNotNull();
        assumeThat(gcc).as("MinGW's gcc, to build the stand-in java.exe").isNotNull();
        Path standIn = root.resolve("java.exe");
        Processes.plain(root, gcc.toString(), "-O1", "-o", standIn.toString(),
                Path.of("src/test/resources/dist/stand-in-java.c").toAbsolutePath().toString());
        for (String jdk : List.of("jdk17", "jdk25", "jdk11", "shim")) {
            Files.copy(standIn, Files.createDirectories(root.resolve(jdk).resolve("bin")).resolve("java.exe"));
        }
        Files.writeString(root.resolve("jdk17/release"), "JAVA_VERSION=\"17.0.9\"\nJAVA_RUNTIME_VERSION=\"17.0.9+9\"\n");
        Files.writeString(root.resolve("jdk25/release"), "JAVA_VERSION=\"25.0.1\"\nJAVA_RUNTIME_VERSION=\"25.0.1+8-LTS\"\n");
        Files.writeString(root.resolve("jdk11/release"), "JAVA_VERSION=\"11.0.2\"\n");
        Files.writeString(root.resolve("not-a-folder"), "a file");

        // the install folder's name holds a space and parentheses, as "Program Files (x86)" does
        Path install = Files.createDirectories(root.resolve("Program Files (x86)"));
        Processes.plain(install, "tar", "-xzf", Path.of(System.getProperty("agentry.distributions", "target/distributions"))
                .resolve("agentry-" + DistributionIT.VERSION + ".tar.gz").toAbsolutePath().toString());
        launcher = windows(install.resolve("agentry-" + DistributionIT.VERSION + "/bin/agentry.cmd"));
        prefix = root.resolve("wine-prefix");
        env = new HashMap<>(Map.of("HOME", root.toString(), "PATH", "/usr/bin:/bin", "WINEPREFIX", prefix.toString(),
                "WINEDEBUG", "-all", "LANG", "C.UTF-8"));
    }

    @AfterAll
    static void stopWineServer() {
        if (prefix != null && Files.exists(prefix)) {
            Processes.run(root.resolve("logs"), root, env, List.of("wineserver", "-k"));
        }
    }

    /** A path as Wine's Windows programs see it (drive Z: is the root of the Unix file system). */
    private static String windows(Path path) {
        return "Z:" + path.toAbsolutePath().toString().replace('/', '\\');
    }

    /**
     * Runs each step of the script (a line of cmd.exe: set variables, then call the launcher) in one cmd.exe, and
     * returns the log: the stand-in's argument lines and one "step NAME exit CODE" line after each step.
     */
    private static String session(List<String> steps) throws IOException {
        Path log = root.resolve("log.txt");
        Files.deleteIfExists(log);
        StringBuilder script = new StringBuilder("@echo off\r\nset \"STAND_IN_LOG=" + windows(log) + "\"\r\n");
        for (String step : steps) {
            String name = step.substring(0, step.indexOf(':'));
            script.append("setlocal\r\n").append(step.substring(step.indexOf(':') + 1).replace("LAUNCHER", "call \"" + launcher + "\""))
                    .append("\r\n>>\"%STAND_IN_LOG%\" echo step ").append(name).append(" exit %ERRORLEVEL%\r\nendlocal\r\n");
        }
        Path cmd = root.resolve("steps.cmd");
        Files.writeString(cmd, script, StandardCharsets.UTF_8);
        Run run = Processes.run(root.resolve("logs"), root, env, List.of(wine.toString(), "cmd", "/c", windows(cmd)));
        String logged = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        return logged + "\nSTDERR:\n" + run.err();
    }

    private static String jdk(String name) {
        return windows(root.resolve(name));
    }

    /** The manifests the stand-in logs when a training update runs (see stand-in-java.c). */
    private static final List<String> MANIFESTS = List.of("web\\package.json", "pyproject.toml", "go.mod", "pom.xml",
            ".github\\workflows\\deploy.yml", "fly.toml");

    private static boolean isManifestLine(String line) {
        return MANIFESTS.stream().anyMatch(name -> line.startsWith(name + ": "));
    }

    /** The log's lines but the manifests' (which only the first training update logs). */
    private static List<String> withoutManifests(String log) {
        return log.lines().filter(line -> !isManifestLine(line)).toList();
    }

    @Test
    void trainsOnceThenRunsWithTheArchiveAndPassesArgumentsUnchanged() throws IOException {
        String cache = windows(root.resolve("cache-1"));
        String log = session(List.of(
                "first:set \"JAVA_HOME=" + jdk("jdk17") + "\" & set \"AGENTRY_CACHE_DIR=" + cache + "\" & LAUNCHER generate"
                        + " --target \"C:\\my repo\" --set \"name=a!b\" --set \"q=(x) & y\"",
                "again:set \"JAVA_HOME=" + jdk("jdk17") + "\" & set \"AGENTRY_CACHE_DIR=" + cache + "\" & LAUNCHER check",
                "fromPath:set \"JAVA_HOME=\" & set \"PATH=" + jdk("jdk17") + "\\bin;%PATH%\" & set \"AGENTRY_CACHE_DIR=" + cache
                        + "\" & LAUNCHER --version"));
        String jar = "[" + launcher.replace("bin\\agentry.cmd", "lib\\agentry.jar") + "]";
        String key = cache + "\\" + String.join("-", Files.readString(root.resolve("Program Files (x86)/agentry-"
                + DistributionIT.VERSION + "/lib/build-id")).strip().split(" ")) + "\\java-17-17.0.9+9-";
        String flags = "[-XX:TieredStopAtLevel=1] [-XX:+UseSerialGC] [-XX:-UsePerfData] [-Xlog:disable] [-Xlog:all=off]";
        // the manifests the training update's --detect reads, as the stand-in found them beside the team
        List<String> manifests = log.lines().filter(WindowsLauncherWineIT::isManifestLine).toList();
        assertThat(manifests).containsExactly("web\\package.json: {\"dependencies\": {\"next\": \"16\"}}",
                "pyproject.toml: [project]", "pyproject.toml: dependencies = [\"fastapi\"]", "go.mod: module example.com/m",
                "go.mod: require github.com/gin-gonic/gin v1.10.0", "pom.xml: <project><dependencies><dependency><groupId>"
                        + "org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>"
                        + "</dependencies></project>", ".github\\workflows\\deploy.yml: jobs:",
                ".github\\workflows\\deploy.yml:   deploy:", ".github\\workflows\\deploy.yml:     steps:",
                ".github\\workflows\\deploy.yml:       - run: flyctl deploy", "fly.toml: app = 'web'");
        List<String> lines = withoutManifests(log);
        assertThat(lines.get(0)).as(log).startsWith("java " + flags + " [-jar] " + jar + " [generate] [--target] [" + key)
                .endsWith("\\team] [--project-type] [web-app] [--deployment] [aws] [--stack] [java-spring-boot]");
        assertThat(lines.get(1)).startsWith("java " + flags + " [-XX:ArchiveClassesAtExit=" + key).contains("\\cli.jsa.")
                .contains(".tmp] [-jar] " + jar + " [update] [--target] [").endsWith("\\team] [--deployment] [gcp] [--detect]");
        // the edit of ours that the archived update merges
        assertThat(lines.get(2)).isEqualTo("CLAUDE.md: team");
        assertThat(lines.get(3)).isEqualTo("CLAUDE.md: A line of ours.");
        assertThat(lines.get(4)).matches("java \\Q" + flags + " [-XX:SharedArchiveFile=" + key + "\\E[^\\\\]*\\Q\\cli.jsa] [-jar] " + jar
                + " [generate] [--target] [C:\\my repo] [--set] [name=a!b] [--set] [q=(x) & y]\\E");
        assertThat(lines.get(5)).isEqualTo("step first exit 0");
        assertThat(lines.get(6)).as("no training the second time").startsWith("java " + flags + " [-XX:SharedArchiveFile=")
                .endsWith(" [check]");
        assertThat(lines.get(7)).isEqualTo("step again exit 0");
        assertThat(lines.get(8)).as("java found on the PATH").startsWith("java " + flags + " [-XX:SharedArchiveFile=").endsWith(" [--version]");
        assertThat(lines.get(9)).isEqualTo("step fromPath exit 0");
        assertThat(log).contains("agentry: preparing a faster start");
        assertThat(DistributionIT.files(root.resolve("cache-1"))).singleElement().asString().endsWith("/cli.jsa");
    }

    @Test
    void java25TrainsAnAotCachePerModeAndTheWizardThroughTheRehearsal() throws IOException {
        String cache = windows(root.resolve("cache-2"));
        String log = session(List.of(
                "init:set \"JAVA_HOME=" + jdk("jdk25") + "\" & set \"AGENTRY_CACHE_DIR=" + cache + "\" & LAUNCHER init",
                "shell:set \"JAVA_HOME=" + jdk("jdk25") + "\" & set \"AGENTRY_CACHE_DIR=" + cache + "\" & LAUNCHER"));
        List<String> lines = withoutManifests(log);
        assertThat(lines.get(0)).as(log).contains("[-XX:AOTCacheOutput=", "\\init.aot.").contains("] [-cp] [")
                .contains("[dev.agentry.cli.InitRehearsal] [");
        assertThat(lines.get(1)).contains("[-Xlog:all=off] [--enable-native-access=ALL-UNNAMED] [-XX:AOTCache=",
                "\\init.aot] [-jar] [").endsWith("[init]");
        assertThat(lines.get(2)).isEqualTo("step init exit 0");
        assertThat(lines.get(3)).contains("[-XX:AOTCacheOutput=", "\\shell.aot.", "[-Dspring.shell.history.enabled=false] [-jar]");
        assertThat(lines.get(4)).contains("[-XX:AOTCache=", "\\shell.aot] [-jar] [").endsWith("agentry.jar]");
        assertThat(DistributionIT.files(root.resolve("cache-2"))).hasSize(2).allMatch(f -> f.endsWith("init.aot") || f.endsWith("shell.aot"));
    }

    @Test
    void aJavaWithoutReleaseFileIsAskedItsVersion() throws IOException {
        String log = session(List.of("shim:set \"JAVA_HOME=" + jdk("shim") + "\" & set \"AGENTRY_CACHE_DIR="
                + windows(root.resolve("cache-3")) + "\" & LAUNCHER --version"));
        assertThat(log).contains("java [-XshowSettings:properties] [-version]", "step shim exit 0");
        assertThat(DistributionIT.files(root.resolve("cache-3"))).singleElement().asString().contains("java-21-21.0.1+12-")
                .endsWith("cli.jsa");
    }

    @Test
    void noArchiveMadeMeansNoTrainingAgainAndAnUnwritableCacheIsSaidWithVerbose() throws IOException {
        String cache = windows(root.resolve("cache-4"));
        String log = session(List.of(
                "none:set \"STAND_IN_NO_ARCHIVE=1\" & set \"JAVA_HOME=" + jdk("jdk17") + "\" & set \"AGENTRY_CACHE_DIR=" + cache
                        + "\" & LAUNCHER check",
                "noneAgain:set \"JAVA_HOME=" + jdk("jdk17") + "\" & set \"AGENTRY_CACHE_DIR=" + cache + "\" & LAUNCHER check",
                "blocked:set \"JAVA_HOME=" + jdk("jdk17") + "\" & set \"AGENTRY_CACHE_DIR=" + windows(root.resolve("not-a-folder"))
                        + "\" & LAUNCHER check --verbose"));
        List<String> lines = withoutManifests(log);
        assertThat(lines.get(4)).as(log).doesNotContain("-XX:SharedArchiveFile").endsWith("[check]");
        assertThat(lines.get(5)).isEqualTo("step none exit 0");
        assertThat(lines.get(6)).as("not trained again").doesNotContain("-XX:A", "-XX:S").endsWith("[check]");
        assertThat(lines.get(8)).doesNotContain("-XX:SharedArchiveFile").endsWith("[check] [--verbose]");
        assertThat(log).contains("agentry: the cache folder " + windows(root.resolve("not-a-folder"))
                + " cannot be written: starting without a start-up archive.");
        assertThat(DistributionIT.files(root.resolve("cache-4"))).singleElement().asString().endsWith("cli.none");
    }

    @Test
    void javaMissingOrOlderThan17IsOneLineAndExitOne() throws IOException {
        String log = session(List.of(
                "old:set \"JAVA_HOME=" + jdk("jdk11") + "\" & LAUNCHER --version",
                "wrong:set \"JAVA_HOME=" + jdk("nowhere") + "\" & LAUNCHER --version",
                "none:set \"JAVA_HOME=\" & LAUNCHER --version"));
        assertThat(log).contains("step old exit 1", "step wrong exit 1", "step none exit 1").doesNotContain("java [");
        assertThat(log).contains("agentry: Java 17 or later is needed; found Java 11.0.2 (" + jdk("jdk11")
                + "\\bin\\java.exe). Set JAVA_HOME to Java 17 or later.");
        assertThat(log).contains("agentry: JAVA_HOME is " + jdk("nowhere")
                + ", which has no bin\\java.exe; set it to a Java 17 or later installation, or unset it.");
        assertThat(log).contains("agentry: Java 17 or later is needed, and none was found (no JAVA_HOME, no java on the PATH).");
    }
}
