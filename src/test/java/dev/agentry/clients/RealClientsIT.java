package dev.agentry.clients;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.agentry.TeamFixtures;
import dev.agentry.catalog.AgentSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Acceptance tests against the real agent clients, offline: agentry generates teams for every target, and each client
 * (Claude Code, Copilot CLI, Gemini CLI, Codex, OpenCode, at the versions pinned in {@code .ci/agent-clients}) loads
 * its files in one headless run against a fake model API that hands a task to every agent at once. From the requests
 * the client sent, each test checks one promise: every agent listed with its exact name and description, every
 * subagent given its whole instructions as written, only the tools its role allows, and the team block of the
 * instructions file the client reads. Clients run two at a time ({@code -Dagentry.clients.parallel}); a missing
 * client fails with how to install it, unless {@code -Dagentry.clients.skip} names it.
 */
class RealClientsIT {

    private static final List<AgentClient> CLIENTS = List.of(new OpenCodeClient(), new CodexClient(), new CopilotClient(),
            new GeminiClient(), new ClaudeClient());
    private static final String ALL_TARGETS = "claude,agents-md,copilot,gemini,opencode,codex";
    private static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("agentry.clients.timeout", 180));

    /** A project name with what a template syntax of some client could take for its own, quotes and a backslash. */
    static final String HOSTILE_NAME = "Acme ${env} ${query} \"Q\" \\ {env:HOME} {file:./nope.txt}";

    private static final String EVERY_ROLE = "every role, custom, Java / Spring Boot on AWS";
    private static final String HOSTILE = "project name " + HOSTILE_NAME + ", a legacy agent, Python / FastAPI on GCP";

    private static final Queue<String> TIMES = new ConcurrentLinkedQueue<>();
    private static final Map<Path, Boolean> FAILED = new ConcurrentHashMap<>();
    private static final ExecutorService RUNNER = Executors.newFixedThreadPool(Integer.getInteger("agentry.clients.parallel", 2));

    @TempDir
    static Path work;

    @TestFactory
    Stream<DynamicNode> everyClientLoadsAndDelegatesToEveryAgentOfEveryTeam() throws Exception {
        ClientInstall install = ClientInstall.fromEnvironment();
        boolean anyClient = CLIENTS.stream().anyMatch(c -> install.selects(c.id()) && install.problem(c.id()).isEmpty());
        List<GeneratedTeam> teams = anyClient ? List.of(everyRole(), hostileName())
                : List.of(new GeneratedTeam("every-role", EVERY_ROLE, work), new GeneratedTeam("hostile-name", HOSTILE, work));
        Map<String, Future<ClientRun.Result>> runs = new LinkedHashMap<>();
        for (GeneratedTeam team : teams) {
            for (AgentClient client : CLIENTS) {
                if (install.selects(client.id()) && install.problem(client.id()).isEmpty()) {
                    runs.put(client.id() + "/" + team.name(), RUNNER.submit(() -> timed(ClientRun.run(client, install, team, TIMEOUT))));
                }
            }
        }
        List<DynamicNode> nodes = new ArrayList<>();
        for (AgentClient client : CLIENTS) {
            List<DynamicNode> perTeam = new ArrayList<>();
            for (GeneratedTeam team : teams) {
                Future<ClientRun.Result> run = runs.get(client.id() + "/" + team.name());
                perTeam.add(DynamicContainer.dynamicContainer(team.summary(), checks(client, install, team, run)));
            }
            nodes.add(DynamicContainer.dynamicContainer(client.id(), perTeam));
        }
        return nodes.stream();
    }

    @AfterAll
    static void reportTimesAndCleanUp() throws IOException {
        RUNNER.shutdownNow();
        for (Map.Entry<Path, Boolean> scratch : FAILED.entrySet()) {
            if (scratch.getValue() || Boolean.getBoolean("agentry.clients.keep")) {
                System.out.println("Real clients: " + (scratch.getValue() ? "evidence of a failed run" : "run") + " kept in "
                        + scratch.getKey());
            }
            else {
                ClientRun.delete(scratch.getKey());
            }
        }
        if (!TIMES.isEmpty()) {
            System.out.println("Real clients, time per run (" + Integer.getInteger("agentry.clients.parallel", 2) + " at a time):");
            TIMES.stream().sorted().forEach(line -> System.out.println("  " + line));
        }
    }

    private static ClientRun.Result timed(ClientRun.Result result) {
        TIMES.add(String.format("%-9s %-13s %6.1f s  %3d requests", result.client().id(), result.team().name(),
                result.took().toMillis() / 1000.0, result.requests().size()));
        return result;
    }

    private Stream<DynamicTest> checks(AgentClient client, ClientInstall install, GeneratedTeam team, Future<ClientRun.Result> run) {
        if (run == null) {
            Optional<String> problem = install.problem(client.id());
            return Stream.of(DynamicTest.dynamicTest("is installed at its pinned version", () -> {
                Assumptions.assumeTrue(install.selects(client.id()), "skipped by -D" + ClientInstall.SKIP_PROPERTY + " or -D"
                        + ClientInstall.ONLY_PROPERTY);
                fail(problem.orElse("not run"));
            }));
        }
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(test("runs to the end and is handed every delegation", run, r -> runsToTheEnd(r)));
        tests.add(test("lists every agent with its exact name and description", run, r -> listsEveryAgent(r)));
        tests.add(test("gives every subagent its whole instructions, as written", run, r -> givesWholeInstructions(r)));
        tests.add(test("gives every subagent only the tools its role allows", run, r -> givesOnlyAllowedTools(r)));
        client.instructionsFile().ifPresent(file -> tests.add(test("sends the team block of " + file, run,
                r -> sendsTeamBlock(r, file))));
        return tests.stream();
    }

    private interface Check {
        void verify(ClientRun.Result result) throws Exception;
    }

    private static DynamicTest test(String name, Future<ClientRun.Result> run, Check check) {
        Executable executable = () -> {
            ClientRun.Result result;
            try {
                result = run.get(TIMEOUT.toSeconds() * 3, TimeUnit.SECONDS);
            }
            catch (ExecutionException e) {
                throw e.getCause();
            }
            FAILED.putIfAbsent(result.scratch(), false);
            try {
                check.verify(result);
            }
            catch (TestAbortedException skipped) {
                throw skipped;
            }
            catch (Throwable failure) {
                FAILED.put(result.scratch(), true);
                throw failure;
            }
        };
        return DynamicTest.dynamicTest(name, executable);
    }

    // ---- the checks

    private static void runsToTheEnd(ClientRun.Result r) {
        assertThat(r.timedOut()).as(r.summary()).isFalse();
        assertThat(r.exitCode()).as(r.summary()).isZero();
        assertThat(r.agents()).as("agent files given to " + r.client().id()).isNotEmpty();
        assertThat(r.delegated()).as("the client offered its delegation tool %s: %s", r.client().delegationTool(), r.summary())
                .isTrue();
    }

    private static void listsEveryAgent(ClientRun.Result r) throws IOException {
        Map<String, String> listed = new LinkedHashMap<>();
        r.requests().stream().filter(q -> q.body() != null).forEach(q -> r.client().listedAgents(q).forEach(listed::putIfAbsent));
        Map<String, AgentFile> reference = reference(r);
        assertThat(r.agents().stream().map(AgentFile::name).toList()).as("agent files for %s", r.client().id())
                .containsExactlyInAnyOrderElementsOf(reference.keySet());
        for (AgentFile agent : r.agents()) {
            assertThat(listed).as("agents %s offered the model (%s); %s", r.client().id(), agent.fileName(), r.summary())
                    .containsKey(agent.name());
            assertThat(listed.get(agent.name())).as("description of %s as %s lists it", agent.name(), r.client().id())
                    .isEqualTo(agent.description()).isEqualTo(reference.get(agent.name()).description());
        }
    }

    private static void givesWholeInstructions(ClientRun.Result r) throws IOException {
        Map<String, AgentFile> reference = reference(r);
        for (AgentFile agent : r.agents()) {
            RecordedRequest request = subagentRequest(r, agent);
            String asWritten = reference.get(agent.name()).instructions();
            assertThat(request.strings().stream().map(r.client()::asRead).anyMatch(s -> s.contains(asWritten)))
                    .as("%s's subagent request reads as the instructions agentry rendered", agent.name()).isTrue();
        }
    }

    private static void givesOnlyAllowedTools(ClientRun.Result r) throws IOException {
        Map<String, AgentFile> reference = reference(r);
        Set<ToolKind> limitable = r.client().limitable();
        boolean anyLimit = false;
        Set<String> knownGaps = new java.util.LinkedHashSet<>();
        for (AgentFile agent : r.agents()) {
            Set<ToolKind> granted = only(agent.grants(), limitable);
            assertThat(granted).as("what %s's %s file allows, against its Claude Code tools", agent.name(), r.client().id())
                    .isEqualTo(only(reference.get(agent.name()).grants(), limitable));
            RecordedRequest request = subagentRequest(r, agent);
            Wire wire = Wire.all().stream().filter(w -> w.accepts(request.path())).findFirst().orElseThrow();
            Set<ToolKind> given = r.client().grantedIn(request, wire);
            for (ToolKind kind : limitable) {
                if (!granted.contains(kind)) {
                    anyLimit = true;
                    Optional<String> gap = r.client().knownGap(kind);
                    if (gap.isPresent() && given.contains(kind)) {
                        knownGaps.add(gap.get());
                        continue;
                    }
                    assertThat(given).as("%s tools %s gave %s (tools: %s)", kind, r.client().id(), agent.name(),
                            wire.toolNames(request.body())).doesNotContain(kind);
                }
                else if (r.client().observable().contains(kind)) {
                    assertThat(given).as("%s tools %s gave %s, whose file allows them (tools: %s)", kind, r.client().id(),
                            agent.name(), wire.toolNames(request.body())).contains(kind);
                }
            }
        }
        assertThat(anyLimit).as("the team has an agent whose tools are limited, so the check means something").isTrue();
        Assumptions.assumeTrue(knownGaps.isEmpty(), () -> String.join("; ", knownGaps));
    }

    private static void sendsTeamBlock(ClientRun.Result r, String file) throws IOException {
        String block = teamBlock(r.team().repo().resolve(file));
        assertThat(r.requests().stream().anyMatch(q -> q.carries(block)))
                .as("a request of %s carries the agentry block of %s (%d characters); %s", r.client().id(), file, block.length(),
                        r.summary()).isTrue();
    }

    // ---- helpers

    private static Set<ToolKind> only(Set<ToolKind> kinds, Set<ToolKind> limitable) {
        Set<ToolKind> out = EnumSet.noneOf(ToolKind.class);
        out.addAll(kinds);
        out.retainAll(limitable);
        return out;
    }

    /** The team's Claude Code files by agent name: the text every other format must carry unchanged. */
    private static Map<String, AgentFile> reference(ClientRun.Result r) throws IOException {
        return new ClaudeClient().agentFiles(r.team().repo()).stream()
                .collect(Collectors.toMap(AgentFile::name, a -> a, (a, b) -> a, LinkedHashMap::new));
    }

    private static RecordedRequest subagentRequest(ClientRun.Result r, AgentFile agent) {
        return r.requests().stream().filter(q -> q.body() != null && q.carries(agent.instructions())).findFirst()
                .orElseThrow(() -> new AssertionError("no request carried the whole instructions of " + agent.name() + " ("
                        + agent.instructions().length() + " characters): " + r.client().id() + " did not run it as given; "
                        + r.summary()));
    }

    /** The inside of agentry's team block, between its marker lines. */
    private static String teamBlock(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int begin = -1;
        int end = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("<!-- BEGIN agentry team")) {
                begin = i;
            }
            else if (lines.get(i).startsWith("<!-- END agentry team")) {
                end = i;
            }
        }
        assertThat(begin).as("block start in %s", file).isNotNegative();
        assertThat(end).as("block end in %s", file).isGreaterThan(begin);
        return String.join("\n", lines.subList(begin + 1, end)).strip();
    }

    // ---- the teams

    /** Every role of the catalogue in one custom team, so every role's text goes through every client. */
    private static GeneratedTeam everyRole() throws Exception {
        String roles = TeamFixtures.builtIn().catalog().roles().stream().map(AgentSpec::id).collect(Collectors.joining(","));
        Path repo = work.resolve("every-role");
        agentry("generate", "--target", repo.toString(), "--project-type", "custom", "--agents", roles, "--deployment", "aws",
                "--stack", "java-spring-boot", "--project-name", "Every Role", "--targets", ALL_TARGETS);
        return new GeneratedTeam("every-role", EVERY_ROLE, repo);
    }

    /**
     * A web app whose project name holds template syntax, quotes and a backslash, with a legacy agent from a
     * custom scaffold layer whose text and tool list (one MCP tool) go through every format as written.
     */
    private static GeneratedTeam hostileName() throws Exception {
        Path layer = Files.createDirectories(work.resolve("layer/agents"));
        Files.writeString(layer.resolve("docs-writer.md"), """
                ---
                name: docs-writer
                description: Use for the docs of {{PROJECT_NAME}}: guides, "how-to" pages and ${today}'s release notes.
                tools: Read, Grep, Glob, mcp__jira__search
                color: green
                ---
                # Role
                You write the documentation of {{PROJECT_NAME}}, a {{PROJECT_TYPE}} project.

                # Rules
                - Keep ${today}, ${query}, ${cliVersion}, $ARGUMENTS, {env:HOME}, {file:./nope.txt}, {{ x }} and #{y} as written.
                - Quote "exactly", escape \\back\\slashes, and never run `rm -rf ${HOME}`.
                """, StandardCharsets.UTF_8);
        Path repo = work.resolve("hostile-name");
        agentry("generate", "--target", repo.toString(), "--project-type", "web-app", "--deployment", "gcp", "--stack",
                "python-fastapi", "--project-name", HOSTILE_NAME, "--scaffolds", layer.getParent().toString(), "--targets",
                ALL_TARGETS);
        assertThat(Files.readString(repo.resolve(".claude/agents/docs-writer.md"))).contains(HOSTILE_NAME, "${today}");
        return new GeneratedTeam("hostile-name", HOSTILE, repo);
    }

    private static void agentry(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                System.getProperty("agentry.jar", "target/agentry.jar")));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(work, "agentry", ".txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("agentry finished").isTrue();
        assertThat(process.exitValue()).as(Files.readString(log)).isZero();
    }
}
