package dev.agentry.clients;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One real agent client as the acceptance tests drive it offline: which of agentry's files it reads, how it is set up
 * in a throwaway home against the fake model API, and how to read, from what it sent, the agents it loaded and the
 * tools it gave each subagent.
 */
interface AgentClient {

    /** The client's id: its line in {@code .ci/agent-clients} and its folder in the install directory. */
    String id();

    /** The agentry target whose agent files this client loads. */
    String target();

    /** The paths, relative to the repository, that are copied into the client's scratch repository. */
    List<String> stagedPaths();

    /** The agent files agentry wrote for this client, as the client should load them. */
    List<AgentFile> agentFiles(Path repo) throws IOException;

    /** The file whose agentry team block the client should put in its requests, if it reads one. */
    default Optional<String> instructionsFile() {
        return Optional.of("AGENTS.md");
    }

    /** Writes the client's settings into the throwaway home (and anything the scratch repository needs). */
    void prepare(Path home, Path repo, URI api, List<AgentFile> agents) throws IOException;

    /** The client's environment variables, besides the common ones every run gets. */
    Map<String, String> environment(Path home, URI api);

    /** The arguments after the client's binary, for one headless run with this prompt. */
    List<String> arguments(Path scratch, String prompt);

    /** The client's delegation tool, as the fake model calls it. */
    String delegationTool();

    /** The time limit of one run of this client, given the suite's ({@code -Dagentry.clients.timeout}). */
    default Duration timeout(Duration standard) {
        return standard;
    }

    /**
     * How many delegation calls one answer of the fake model holds at most (the rest follow as the results come back);
     * every call at once by default, as a model that fans work out does.
     */
    default int delegationsAtOnce() {
        return Integer.MAX_VALUE;
    }

    /** The arguments of a call to the delegation tool that hands a task to this agent. */
    Map<String, Object> delegationArguments(String agent);

    /** The agents the client offered the model in this request, name to description; empty when it lists none. */
    Map<String, String> listedAgents(RecordedRequest request);

    /** The tool names of each kind, as this client offers them to a model. */
    Map<ToolKind, Set<String>> toolNames();

    /** The kinds of tool this client's agent files can limit. */
    default Set<ToolKind> limitable() {
        return ToolKind.all();
    }

    /** The kinds of tool the client gave the subagent whose request this is. */
    default Set<ToolKind> grantedIn(RecordedRequest request, Wire wire) {
        return ToolKind.among(wire.toolNames(request.body()), toolNames());
    }

    /** The kinds that must show in a subagent's request when its file grants them (web tools are off offline). */
    default Set<ToolKind> observable() {
        return EnumSet.of(ToolKind.EDIT, ToolKind.SHELL);
    }

    /**
     * A limit of this kind that this client version is known not to enforce although its file holds it (an upstream
     * bug, with its reference); the check then reports it as skipped, with this reason, instead of passing.
     */
    default Optional<String> knownGap(ToolKind kind) {
        return Optional.empty();
    }

    /** Request text as a reader sees it (Gemini's files hold invisible word joiners). */
    default String asRead(String text) {
        return text;
    }

    /** The Markdown files directly in a folder, sorted. */
    static List<Path> files(Path folder, String suffix) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return new ArrayList<>(list.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList());
        }
    }
}
