package dev.agentry.dist;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import dev.agentry.dist.Processes.Run;
import dev.agentry.dist.Processes.Started;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The built distribution as a user installs it: unpacked from the archive into a read-only folder, run through a
 * symbolic link on the PATH, with a fresh HOME and a PATH that holds only the few programs the launcher may use (no
 * flock, no Maven, no util-linux script, no coreutils timeout), in a fresh git repository.
 */
class DistributionIT {

    static final String VERSION = System.getProperty("agentry.version", "0.1.0");
    private static final Path DISTRIBUTIONS = Path.of(System.getProperty("agentry.distributions", "target/distributions"));
    private static final Path JAVA_25 = Path.of(System.getProperty("agentry.java25", "/usr/lib/jvm/temurin-25-jdk-amd64"));
    /** The archive kind of the Java on the PATH (this JVM's): class-data sharing before Java 25, the AOT cache since. */
    private static final String PATH_JAVA_ARCHIVE = Runtime.version().feature() >= 25 ? "aot" : "jsa";
    /** All that the launcher may find on the PATH besides java and its shell's built-ins. */
    private static final List<String> TOOLS = List.of("readlink", "cksum", "mkdir", "rm", "mv", "sleep", "ls");

    @TempDir
    static Path root;
    static Path install;
    private static Path links;
    private static Path tools;
    private static Path javaOnPath;
    private static Map<String, String> installBefore;
    private static int homes;

    @BeforeAll
    static void unpack() throws IOException {
        Path archive = DISTRIBUTIONS.resolve("agentry-" + VERSION + ".tar.gz");
        assertThat(archive).as("the archive built by ./mvnw package").exists();
        Path into = Files.createDirectories(root.resolve("install"));
        Processes.plain(into, "tar", "-xzf", archive.toAbsolutePath().toString());
        install = into.resolve("agentry-" + VERSION);
        setWritable(into, false);
        installBefore = listing(into);

        links = Files.createDirectories(root.resolve("links"));
        Files.createSymbolicLink(links.resolve("agentry"), install.resolve("bin/agentry"));
        tools = Files.createDirectories(root.resolve("tools"));
        for (String tool : TOOLS) {
            Files.createSymbolicLink(tools.resolve(tool), Processes.which(tool));
        }
        // java as a link on the PATH, as /usr/bin/java is one (to /etc/alternatives/java, to the installation)
        javaOnPath = Files.createDirectories(root.resolve("java-on-path"));
        Files.createSymbolicLink(javaOnPath.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
    }

    @AfterAll
    static void installStaysUnchanged() throws IOException {
        // the tests may run as root, whom read-only permissions do not stop: check that nothing was written there
        assertThat(listing(root.resolve("install"))).isEqualTo(installBefore);
        setWritable(root.resolve("install"), true);
    }

    // --- the archives ---

    @Test
    void archivesHoldTheDistributionAndNothingOfTheBuild() throws IOException {
        String top = "agentry-" + VERSION + "/";
        Run tar = Processes.plain(root, "tar", "-tzf", DISTRIBUTIONS.resolve("agentry-" + VERSION + ".tar.gz").toAbsolutePath().toString());
        Set<String> tarFiles = new TreeSet<>();
        for (String name : tar.out().split("\n")) {
            assertThat(name).startsWith(top);
            if (!name.endsWith("/")) {
                tarFiles.add(name);
            }
        }
        Set<String> zipFiles = new TreeSet<>();
        try (ZipFile zip = new ZipFile(DISTRIBUTIONS.resolve("agentry-" + VERSION + ".zip").toFile())) {
            zip.stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName).forEach(zipFiles::add);
            assertThat(zip.getEntry(top + "completions/")).as("the completions folder").isNotNull();
        }
        assertThat(zipFiles).isEqualTo(tarFiles);
        assertThat(tarFiles).contains(top + "bin/agentry", top + "bin/agentry.cmd", top + "bin/install",
                top + "lib/agentry.jar", top + "lib/build-id", top + "LICENSE", top + "README.md",
                top + "completions/agentry.bash", top + "completions/_agentry", top + "completions/agentry.fish");
        assertThat(tar.out()).contains(top + "completions/");
        for (String name : tarFiles) {
            String inside = name.substring(top.length());
            assertThat(inside).as("only the distribution's folders")
                    .matches("(bin/(agentry|agentry\\.cmd|install)|lib/[^/]+|completions/[^/]+|LICENSE|README\\.md)");
            assertThat(inside).as("nothing of the build").doesNotContain("mvnw", "pom.xml", ".java", "target/");
        }

        assertThat(Files.isExecutable(install.resolve("bin/agentry"))).isTrue();
        assertThat(Files.isExecutable(install.resolve("bin/install"))).isTrue();
        assertThat(Files.readString(install.resolve("lib/build-id"))).startsWith(VERSION + " ").doesNotContain("@");
        assertThat(Files.readString(install.resolve("LICENSE"))).contains("Apache License", "Version 2.0, January 2004",
                "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION");
        // the POSIX scripts have Unix line endings, the Windows one CRLF on every line
        assertThat(Files.readString(install.resolve("bin/agentry"))).doesNotContain("\r");
        assertThat(Files.readString(install.resolve("bin/install"))).doesNotContain("\r");
        String cmd = Files.readString(install.resolve("bin/agentry.cmd"));
        assertThat(cmd.split("\n")).allSatisfy(line -> assertThat(line).endsWith("\r"));

        // a plain class path: the jar's manifest names its libraries, each beside it in lib/
        try (JarFile jar = new JarFile(install.resolve("lib/agentry.jar").toFile())) {
            String classPath = jar.getManifest().getMainAttributes().getValue("Class-Path");
            assertThat(classPath).isNotBlank();
            for (String library : classPath.trim().split(" +")) {
                assertThat(install.resolve("lib").resolve(library).normalize()).as(library).exists();
            }
            assertThat(jar.getEntry("scaffolds/catalog.yml")).as("the scaffolds, inside the jar").isNotNull();
        }
    }

    // --- running it ---

    @Test
    void generatesChecksAndUpdatesWithTheJavaOfThePath() throws IOException {
        runsAsInstalled(null, PATH_JAVA_ARCHIVE);
    }

    @Test
    void generatesChecksAndUpdatesOnJava25FromJavaHome() throws IOException {
        assumeThat(JAVA_25.resolve("bin/java")).as("a Java 25 at " + JAVA_25).exists();
        runsAsInstalled(JAVA_25, "aot");
    }

    private void runsAsInstalled(Path javaHome, String archiveKind) throws IOException {
        Path home = freshHome();
        Path tmp = Files.createDirectories(home.resolveSibling(home.getFileName() + "-tmp"));
        Path repo = gitRepository();
        Map<String, String> env = env(home, javaHome);
        env.put("TMPDIR", tmp.toString());

        Run generate = agentry(repo, env, "generate", "--project-type", "web-app", "--deployment", "aws", "--stack",
                "java-spring-boot");
        assertThat(generate.code()).as(generate.describe()).isZero();
        assertThat(generate.err()).as("nothing but the result, even on the first run").isEmpty();
        assertThat(repo.resolve(".claude/agents/aws-deployment-engineer.md")).exists();
        Run check = agentry(repo, env, "check");
        assertThat(check.code()).as(check.describe()).isZero();
        Run update = agentry(repo, env, "update", "--deployment", "gcp");
        assertThat(update.code()).as(update.describe()).isZero();
        assertThat(repo.resolve(".claude/agents/gcp-deployment-engineer.md")).exists();
        assertThat(repo.resolve(".claude/agents/aws-deployment-engineer.md")).doesNotExist();
        Run again = agentry(repo, env, "check");
        assertThat(again.code()).as(again.describe()).isZero();

        // the archive was trained once, in the cache folder, and nothing else was written outside the repository
        List<String> cached = files(home);
        assertThat(cached).hasSize(1);
        assertThat(cached.get(0)).matches("\\.cache/agentry/" + VERSION.replace(".", "\\.") + "-\\d{14}/java-\\d+-\\d+/cli\\."
                + archiveKind);
        assertThat(files(tmp)).isEmpty();
        try (Stream<Path> top = Files.list(repo)) {
            assertThat(top.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(".git", ".agentry", ".claude",
                    "CLAUDE.md");
        }
        // and it is usable: with sharing required, a JVM that could not map it would fail
        env.put("AGENTRY_JAVA_OPTS", "aot".equals(archiveKind) ? "-XX:AOTMode=on" : "-Xshare:on");
        Run strict = agentry(repo, env, "--version");
        assertThat(strict.code()).as(strict.describe()).isZero();
        assertThat(strict.out()).startsWith("agentry " + VERSION);
    }

    @Test
    void initOnATerminalTrainsTheWizardsArchiveWithoutUtilLinux() throws Exception {
        initOnATerminal(null, "init." + PATH_JAVA_ARCHIVE);
    }

    @Test
    void initOnJava25SaysNothingButTheWizard() throws Exception {
        assumeThat(JAVA_25.resolve("bin/java")).as("a Java 25 at " + JAVA_25).exists();
        String screen = initOnATerminal(JAVA_25, "init.aot");
        // JLine loads its native library: Java 24 and later warn about it unless native access is enabled
        assertThat(screen).doesNotContain("WARNING");
    }

    private String initOnATerminal(Path javaHome, String archive) throws Exception {
        Path script = Processes.which("script");
        assumeThat(script).as("util-linux script, to give the test a terminal (the launcher needs none)").isNotNull();
        Path home = freshHome();
        Path repo = gitRepository();
        Map<String, String> env = env(home, javaHome);
        env.put("SHELL", "/bin/sh");
        env.put("TERM", "xterm-256color");
        ProcessBuilder builder = new ProcessBuilder(script.toString(), "-qefc", "agentry init", "/dev/null")
                .directory(repo.toFile()).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(env);
        Process process = builder.start();
        StringBuilder screen = new StringBuilder();
        Thread reader = new Thread(() -> copy(process.getInputStream(), screen));
        reader.setDaemon(true);
        reader.start();
        try (OutputStream keys = process.getOutputStream()) {
            awaitText(screen, "Project name", 100);
            keys.write(0x1b);
            keys.flush();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("init ends after Esc").isTrue();
        }
        finally {
            process.destroyForcibly();
        }
        assertThat(process.exitValue()).as(screen.toString()).isEqualTo(130);
        assertThat(screen.toString()).contains("preparing a faster start", "Cancelled: nothing was written.");
        assertThat(files(home)).singleElement().asString().endsWith("/" + archive);
        return screen.toString();
    }

    @Test
    void concurrentFirstRunsShareOneArchive() throws IOException {
        Path home = freshHome();
        Map<String, String> env = env(home, null);
        List<Started> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(Processes.start(root.resolve("logs"), root, env, Processes.shellArgv("agentry", "--version")));
        }
        for (Started started : runs) {
            Run run = started.finish();
            assertThat(run.code()).as(run.describe()).isZero();
            assertThat(run.out()).startsWith("agentry " + VERSION);
        }
        // each trained under a name of its own and renamed: one archive, no half-written or temporary file
        assertThat(files(home)).singleElement().asString().endsWith("/cli." + PATH_JAVA_ARCHIVE);
    }

    @Test
    void anotherBuildOrVersionKeepsItsOwnArchive() throws IOException {
        Path home = trainedHome();
        Path archive = home.resolve(files(home).get(0));
        long trainedAt = Files.getLastModifiedTime(archive).toMillis();
        Path other = root.resolve("other-install");
        Processes.plain(root, "cp", "-R", install.toString(), other.toString());
        setWritable(other, true);
        Files.writeString(other.resolve("lib/build-id"), "9.9.9 20300101000000\n");
        Run run = Processes.shell(root.resolve("logs"), root, env(home, null), other.resolve("bin/agentry").toString(), "--version");
        assertThat(run.code()).as(run.describe()).isZero();
        assertThat(files(home)).hasSize(2).anyMatch(f -> f.startsWith(".cache/agentry/9.9.9-20300101000000/java-"));
        // the first installation's archive is still there, and used as it is
        Run first = agentry(root, env(home, null), "--version");
        assertThat(first.code()).isZero();
        assertThat(Files.getLastModifiedTime(archive).toMillis()).isEqualTo(trainedAt);
    }

    // --- failing softly, or with one clear line ---

    @Test
    void aBrokenArchiveFallsBackSilentlyToANormalStart() throws IOException {
        Path home = trainedHome();
        Path archive = home.resolve(files(home).get(0));
        archive.toFile().setWritable(true);
        Files.writeString(archive, "not an archive at all");
        Path repo = gitRepository();
        Run run = agentry(repo, env(home, null), "generate", "--project-type", "backend-api", "--deployment", "aws",
                "--stack", "python-fastapi");
        assertThat(run.code()).as(run.describe()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(repo.resolve(".agentry/state.json")).exists();
    }

    @Test
    void aCacheFolderThatCannotBeWrittenMeansNoArchiveSaidOnceWithVerbose() throws IOException {
        Path home = freshHome();
        Path blocked = Files.writeString(home.resolveSibling(home.getFileName() + "-not-a-folder"), "a file");
        Map<String, String> env = env(home, null);
        env.put("XDG_CACHE_HOME", blocked.toString());
        Path repo = gitRepository();
        Run quiet = agentry(repo, env, "generate", "--project-type", "web-app", "--deployment", "aws", "--stack",
                "java-spring-boot");
        assertThat(quiet.code()).as(quiet.describe()).isZero();
        assertThat(quiet.err()).isEmpty();
        Run verbose = agentry(repo, env, "check", "--verbose");
        assertThat(verbose.code()).as(verbose.describe()).isZero();
        assertThat(verbose.err().lines().filter(l -> l.startsWith("agentry: ")).toList()).containsExactly(
                "agentry: the cache folder " + blocked + "/agentry cannot be written: starting without a start-up archive.");
        assertThat(files(home)).isEmpty();
    }

    @Test
    void javaMissingOrOlderThan17IsOneLineAndExitOne() throws IOException {
        Path fakes = Files.createDirectories(root.resolve("fake-javas"));
        Path java11 = Files.createDirectories(fakes.resolve("jdk-11/bin")).getParent();
        Files.writeString(java11.resolve("release"), "IMPLEMENTOR=\"Someone\"\nJAVA_VERSION=\"11.0.2\"\n");
        executable(java11.resolve("bin/java"), "#!/bin/sh\necho 'this java must not be started' >&2\nexit 3\n");
        // a version manager's shim: no release file beside it, so it is asked
        Path shim = Files.createDirectories(fakes.resolve("shims/bin")).getParent();
        executable(shim.resolve("bin/java"), "#!/bin/sh\necho '    java.specification.version = 1.8' >&2\n");
        Path home = freshHome();

        Map<String, String> old = env(home, java11);
        assertOneLine(agentry(root, old, "--version"), "agentry: Java 17 or later is needed; found Java 11.0.2 ("
                + java11.resolve("bin/java") + "). Set JAVA_HOME to Java 17 or later.");
        assertOneLine(agentry(root, env(home, shim), "--version"), "agentry: Java 17 or later is needed; found Java 1.8 ("
                + shim.resolve("bin/java") + "). Set JAVA_HOME to Java 17 or later.");
        Map<String, String> none = env(home, null);
        none.put("PATH", links + ":" + tools);
        assertOneLine(agentry(root, none, "--version"),
                "agentry: Java 17 or later is needed, and none was found (no JAVA_HOME, no java on the PATH).");
        Map<String, String> wrong = env(home, fakes.resolve("nowhere"));
        assertOneLine(agentry(root, wrong, "--version"), "agentry: JAVA_HOME is " + fakes.resolve("nowhere")
                + ", which has no bin/java; set it to a Java 17 or later installation, or unset it.");
        assertThat(files(home)).isEmpty();
    }

    private static void assertOneLine(Run run, String line) {
        assertThat(run.code()).as(run.describe()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(line + "\n");
    }

    // --- helpers ---

    private static Run agentry(Path cwd, Map<String, String> env, String... args) {
        return Processes.shell(root.resolve("logs"), cwd, env, "agentry", args);
    }

    /** HOME, PATH (the link to agentry, the allowed tools, and java unless it comes from JAVA_HOME), JAVA_HOME. */
    static Map<String, String> env(Path home, Path javaHome) {
        Map<String, String> env = new HashMap<>();
        env.put("HOME", home.toString());
        env.put("LANG", "C.UTF-8");
        if (javaHome != null) {
            env.put("JAVA_HOME", javaHome.toString());
            env.put("PATH", links + ":" + tools);
        }
        else {
            env.put("PATH", links + ":" + tools + ":" + javaOnPath);
        }
        return env;
    }

    static synchronized Path freshHome() throws IOException {
        return Files.createDirectories(root.resolve("home-" + ++homes));
    }

    private static Path trainedOnce;

    /** A fresh home whose cache holds the command archive of this installation and Java (trained once per class). */
    private static synchronized Path trainedHome() throws IOException {
        if (trainedOnce == null) {
            trainedOnce = freshHome();
            Run run = agentry(root, env(trainedOnce, null), "--version");
            assertThat(run.code()).as(run.describe()).isZero();
            assertThat(files(trainedOnce)).hasSize(1);
        }
        Path home = freshHome();
        Processes.plain(root, "cp", "-R", trainedOnce + "/.", home.toString());
        return home;
    }

    private static Path gitRepository() throws IOException {
        Path repo = Files.createDirectories(root.resolve("repos").resolve("shop-" + ++homes));
        Processes.plain(repo, "git", "init", "-q", ".");
        return repo;
    }

    /** The regular files under a folder, relative and sorted. */
    static List<String> files(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> !Files.isDirectory(p)).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    private static Map<String, String> listing(Path dir) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.toList()) {
                entries.put(dir.relativize(path).toString(), Files.isDirectory(path) ? "dir"
                        : Files.size(path) + "@" + Files.getLastModifiedTime(path).toMillis());
            }
        }
        return entries;
    }

    static void setWritable(Path dir, boolean writable) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(writable ? Comparator.naturalOrder() : Comparator.reverseOrder()).toList()) {
                if (Files.isSymbolicLink(path)) {
                    continue;
                }
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
                if (writable) {
                    permissions.add(PosixFilePermission.OWNER_WRITE);
                }
                else {
                    permissions.removeAll(Set.of(PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE,
                            PosixFilePermission.OTHERS_WRITE));
                }
                Files.setPosixFilePermissions(path, permissions);
            }
        }
    }

    private static void executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        file.toFile().setExecutable(true);
    }

    private static void copy(InputStream in, StringBuilder into) {
        byte[] buffer = new byte[4096];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                synchronized (into) {
                    into.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
            }
        }
        catch (IOException e) {
            // the process ended
        }
    }

    private static void awaitText(StringBuilder screen, String text, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            synchronized (screen) {
                if (screen.indexOf(text) >= 0) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("'" + text + "' never appeared; screen so far:\n" + screen);
    }
}
