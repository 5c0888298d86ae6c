package dev.agentry.clients;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

import static org.assertj.core.api.Assertions.fail;

/**
 * Acceptance tests against the real agent clients, offline: agentry generates teams for every target, and each client
 * (Claude Code, Copilot CLI, Gemini CLI, Codex, OpenCode, Qwen Code, Kilo Code CLI and Factory Droid, at the versions
 * pinned in {@code .ci/agent-clients}) loads
 * its files in one headless run against a fake model API that hands a task to every agent at once. From the requests
 * the client sent, each test checks one promise: every agent listed with its exact name and description, every
 * subagent given its whole instructions as written, only the tools its role allows, and the team block of the
 * instructions file the client reads. Clients run two at a time ({@code -Dagentry.clients.parallel}); a missing
 * client is skipped with how to install it, or fails when {@code -Dagentry.clients.required=true} (as in CI), unless
 * {@code -Dagentry.clients.skip} names it.
 */
class RealClientsIT {

    private static final List<AgentClient> CLIENTS = List.of(new OpenCodeClient(), new CodexClient(), new CopilotClient(),
            new GeminiClient(), new ClaudeClient(), new QwenClient(), new KiloClient(), new DroidClient());
    /** Set by .ci/run: a client that cannot run fails its test instead of being skipped. */
    static final String REQUIRED_PROPERTY = "agentry.clients.required";

    private static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("agentry.clients.timeout", 180));

    private static final Queue<String> TIMES = new ConcurrentLinkedQueue<>();
    private static final Map<Path, Boolean> FAILED = new ConcurrentHashMap<>();
    private static final ExecutorService RUNNER = Executors.newFixedThreadPool(Integer.getInteger("agentry.clients.parallel", 2));

    @TempDir
    static Path work;

    @TestFactory
    Stream<DynamicNode> everyClientLoadsAndDelegatesToEveryAgentOfEveryTeam() throws Exception {
        ClientInstall install = ClientInstall.fromEnvironment();
        boolean anyClient = CLIENTS.stream().anyMatch(c -> install.selects(c.id()) && install.problem(c.id()).isEmpty());
        List<GeneratedTeam> teams = anyClient ? List.of(Teams.everyRole(work), Teams.hostileName(work))
                : List.of(new GeneratedTeam("every-role", Teams.EVERY_ROLE, work),
                        new GeneratedTeam("hostile-name", Teams.HOSTILE, work));
        Map<String, Future<ClientRun.Result>> runs = new LinkedHashMap<>();
        for (GeneratedTeam team : teams) {
            for (AgentClient client : CLIENTS) {
                if (install.selects(client.id()) && install.problem(client.id()).isEmpty()) {
                    runs.put(client.id() + "/" + team.name(), RUNNER.submit(() -> timed(ClientRun.run(client, install, team, client.timeout(TIMEOUT)))));
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
                // a developer's machine may have no Node.js: there a missing client is skipped, saying how to install it;
                // CI (.ci/run, -Dagentry.clients.required=true) installs the clients and fails when one cannot run
                Assumptions.assumeTrue(Boolean.getBoolean(REQUIRED_PROPERTY), problem.orElse("not run")
                        + " (skipped: -D" + REQUIRED_PROPERTY + "=true, as .ci/run sets, makes this a failure)");
                fail(problem.orElse("not run"));
            }));
        }
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(test("runs to the end and is handed every delegation", run, ClientChecks::runsToTheEnd));
        tests.add(test("lists every agent with its exact name and description", run, ClientChecks::listsEveryAgent));
        tests.add(test("gives every subagent its whole instructions, as written", run, ClientChecks::givesWholeInstructions));
        tests.add(test("gives every subagent only the tools its role allows", run, ClientChecks::givesOnlyAllowedTools));
        client.instructionsFile().ifPresent(file -> tests.add(test("sends the team block of " + file, run,
                r -> ClientChecks.sendsTeamBlock(r, file))));
        if (client instanceof ClaudeClient) {
            tests.add(test("lists every workflow skill with its exact name and description", run, ClaudeChecks::listsEverySkill));
            tests.add(test("loads .claude/settings.json without a complaint in its debug log", run, ClaudeChecks::loadsTheSettings));
            tests.add(test("accepts the team exported as a plugin with plugin validate --strict", run,
                    r -> ClaudeChecks.exportValidates(r, install.command(client.id()))));
        }
        return tests.stream();
    }

    private interface Check {
        void verify(ClientRun.Result result) throws Exception;
    }

    private static DynamicTest test(String name, Future<ClientRun.Result> run, Check check) {
        Executable executable = () -> {
            ClientRun.Result result;
            try {
                // each run is stopped at its time limit, and at most every run waits before this one
                result = run.get(TIMEOUT.toSeconds() * 2 * (CLIENTS.size() * 2 + 1), TimeUnit.SECONDS);
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
}
