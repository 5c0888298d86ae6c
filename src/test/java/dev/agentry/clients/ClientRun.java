package dev.agentry.clients;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One headless run of a real client on one generated team: only that client's files copied into a fresh git
 * repository, a throwaway home, an emptied environment (every other address sent to a dead loopback proxy), its own
 * fake model API that delegates to every agent at once, and a time limit. The scratch folder is kept for a failed run.
 */
final class ClientRun {

    static final String PROMPT = "Hand a task to every agent of the team.";

    /** How long the main agent's turn waits for background subagents (Codex) to send their first request. */
    private static final Duration HOLD = Duration.ofSeconds(30);

    /** What one run produced: the agent files it was given, the requests it sent, and how it ended. */
    record Result(AgentClient client, GeneratedTeam team, List<AgentFile> agents, List<RecordedRequest> requests, int exitCode,
            boolean timedOut, boolean delegated, Duration took, Path scratch) {

        /** The end of the client's stderr, for failure messages. */
        String stderrTail() {
            try {
                List<String> lines = Files.readAllLines(scratch.resolve("stderr.txt"), StandardCharsets.UTF_8);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
            }
            catch (IOException e) {
                return "(no stderr: " + e.getMessage() + ")";
            }
        }

        /** A line that says how the run went, to lead every failure message. */
        String summary() {
            return client.id() + " on " + team.name() + ": exit " + (timedOut ? "(stopped after the time limit)" : exitCode) + ", "
                    + requests.size() + " requests, " + took.toMillis() / 1000.0 + " s; evidence in " + scratch
                    + "\nstderr (end):\n" + stderrTail();
        }
    }

    private ClientRun() {
    }

    static Result run(AgentClient client, ClientInstall install, GeneratedTeam team, Duration timeout)
            throws IOException, InterruptedException {
        Path scratch = Files.createTempDirectory("agentry-" + client.id() + "-" + team.name() + "-");
        Path home = Files.createDirectories(scratch.resolve("home"));
        Path repo = Files.createDirectories(scratch.resolve("repo"));
        Files.createDirectories(scratch.resolve("tmp"));
        for (String path : client.stagedPaths()) {
            copy(team.repo().resolve(path), repo.resolve(path));
        }
        Map<String, String> common = commonEnvironment(home, scratch);
        exec(List.of("git", "init", "-q"), repo, common, scratch.resolve("git.txt"), Duration.ofSeconds(30));
        List<AgentFile> agents = client.agentFiles(repo);
        Delegation delegation = new Delegation(client.delegationTool(),
                agents.stream().map(a -> client.delegationArguments(a.name())).toList(),
                agents.stream().map(AgentFile::instructions).toList(), client.delegationsAtOnce());
        long start = System.nanoTime();
        try (FakeModelApi api = FakeModelApi.start(delegation, min(HOLD, timeout.dividedBy(2)))) {
            client.prepare(home, repo, api.base(), agents);
            Map<String, String> environment = new LinkedHashMap<>(common);
            environment.putAll(client.environment(home, api.base()));
            List<String> command = new ArrayList<>(List.of(install.command(client.id()).toString()));
            command.addAll(client.arguments(scratch, PROMPT));
            Files.writeString(scratch.resolve("command.txt"), String.join(" ", command) + "\n" + environment + "\n");
            int[] exit = new int[1];
            boolean finished = exec(command, repo, environment, scratch.resolve("stdout.txt"), timeout, exit);
            keep(api.requests(), Files.createDirectories(scratch.resolve("requests")));
            return new Result(client, team, agents, api.requests(), exit[0], !finished, api.delegated(),
                    Duration.ofNanos(System.nanoTime() - start), scratch);
        }
    }

    /** Writes every request as it came, one file each, as evidence for a failed run. */
    private static void keep(List<RecordedRequest> requests, Path folder) throws IOException {
        for (RecordedRequest request : requests) {
            Files.writeString(folder.resolve(String.format("%04d.json", request.seq())),
                    request.method() + " " + request.uri() + " at " + request.millis() + " ms\n" + request.raw(), StandardCharsets.UTF_8);
        }
    }

    /**
     * The environment every client gets, and nothing from the test's own: a throwaway home, no colour or prompts, no
     * npm registry, and a dead loopback proxy for anything but the fake API on 127.0.0.1.
     */
    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Map<String, String> commonEnvironment(Path home, Path scratch) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", searchPath());
        env.put("HOME", home.toString());
        env.put("USER", System.getProperty("user.name", "agentry"));
        env.put("TMPDIR", scratch.resolve("tmp").toString());
        env.put("TERM", "dumb");
        env.put("LANG", "C.UTF-8");
        env.put("NO_COLOR", "1");
        env.put("CI", "1");
        env.put("npm_config_registry", "http://127.0.0.1:9/");
        env.put("HTTPS_PROXY", "http://127.0.0.1:9");
        env.put("HTTP_PROXY", "http://127.0.0.1:9");
        env.put("https_proxy", "http://127.0.0.1:9");
        env.put("http_proxy", "http://127.0.0.1:9");
        env.put("NO_PROXY", "127.0.0.1,localhost");
        env.put("no_proxy", "127.0.0.1,localhost");
        return env;
    }

    /** The system folders, and the folders of node and git as the test found them. */
    private static String searchPath() {
        Set<String> dirs = new java.util.LinkedHashSet<>(List.of("/usr/local/bin", "/usr/bin", "/bin"));
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && (Files.isExecutable(Path.of(dir, "node")) || Files.isExecutable(Path.of(dir, "git")))) {
                dirs.add(dir);
            }
        }
        return String.join(File.pathSeparator, dirs);
    }

    private static boolean exec(List<String> command, Path dir, Map<String, String> environment, Path stdout, Duration timeout)
            throws IOException, InterruptedException {
        return exec(command, dir, environment, stdout, timeout, new int[1]);
    }

    /**
     * Runs a command with only the given environment and stdin closed; stdout to the file, stderr beside it. Stops the
     * command and everything it started at the time limit, and whatever it left running when it ends.
     */
    private static boolean exec(List<String> command, Path dir, Map<String, String> environment, Path stdout, Duration timeout,
            int[] exit) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(stdout.toFile()).redirectError(stdout.resolveSibling("stderr.txt").toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = builder.start();
        Set<ProcessHandle> started = new HashSet<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean finished = false;
        while (!finished && System.nanoTime() < deadline) {
            process.descendants().forEach(started::add);
            finished = process.waitFor(200, TimeUnit.MILLISECONDS);
        }
        started.forEach(ProcessHandle::destroyForcibly);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        exit[0] = finished ? process.exitValue() : -1;
        return finished;
    }

    private static void copy(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(from)) {
            for (Path source : (Iterable<Path>) tree::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                }
                else {
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** Removes a scratch folder (after a run that passed). */
    static void delete(Path scratch) throws IOException {
        try (Stream<Path> tree = Files.walk(scratch)) {
            for (Path path : tree.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
