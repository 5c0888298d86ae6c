package dev.agentry.clients;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The promises each client run is checked against, from the requests the client sent: it ran to the end, listed every
 * agent with its exact name and description, gave every subagent its whole instructions as agentry rendered them and
 * only the tools its role allows, and sent the team block of the instructions file it reads. The team's Claude Code
 * files are the reference every other format's text and limits are compared with.
 */
final class ClientChecks {

    private ClientChecks() {
    }

    static void runsToTheEnd(ClientRun.Result r) {
        assertThat(r.timedOut()).as(r.summary()).isFalse();
        assertThat(r.exitCode()).as(r.summary()).isZero();
        assertThat(r.agents()).as("agent files given to " + r.client().id()).isNotEmpty();
        assertThat(r.delegated()).as("the client offered its delegation tool %s: %s", r.client().delegationTool(), r.summary())
                .isTrue();
    }

    static void listsEveryAgent(ClientRun.Result r) throws IOException {
        Map<String, String> listed = new LinkedHashMap<>();
        r.requests().stream().filter(q -> q.body() != null).forEach(q -> r.client().listedAgents(q).forEach(listed::putIfAbsent));
        Map<String, AgentFile> reference = reference(r);
        assertThat(r.agents().stream().map(AgentFile::name).toList()).as("agent files for %s", r.client().id())
                .containsExactlyInAnyOrderElementsOf(reference.keySet());
        for (AgentFile agent : r.agents()) {
            assertThat(listed).as("agents %s offered the model (%s); %s", r.client().id(), agent.fileName(), r.summary())
                    .containsKey(agent.name());
            assertThat(listed.get(agent.name())).as("description of %s as %s lists it", agent.name(), r.client().id())
                    .isEqualTo(agent.description());
            assertThat(r.client().asRead(listed.get(agent.name()))).as("description of %s as %s lists it, as read",
                    agent.name(), r.client().id()).isEqualTo(reference.get(agent.name()).description());
        }
    }

    static void givesWholeInstructions(ClientRun.Result r) throws IOException {
        Map<String, AgentFile> reference = reference(r);
        for (AgentFile agent : r.agents()) {
            RecordedRequest request = subagentRequest(r, agent);
            String asWritten = reference.get(agent.name()).instructions();
            assertThat(request.strings().stream().map(r.client()::asRead).anyMatch(s -> s.contains(asWritten)))
                    .as("%s's subagent request reads as the instructions agentry rendered", agent.name()).isTrue();
        }
    }

    static void givesOnlyAllowedTools(ClientRun.Result r) throws IOException {
        Map<String, AgentFile> reference = reference(r);
        Set<ToolKind> limitable = r.client().limitable();
        boolean anyLimit = false;
        Set<String> knownGaps = new LinkedHashSet<>();
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

    /**
     * The team block reaches the model as a reader sees it: the word joiners that keep {@code {env:X}} out of Kilo's
     * substitution are invisible, and some clients (Copilot) drop them, so both sides are compared without them.
     */
    static void sendsTeamBlock(ClientRun.Result r, String file) throws IOException {
        String block = withoutJoiners(teamBlock(r.team().repo().resolve(file)));
        assertThat(r.requests().stream().anyMatch(q -> q.strings().stream().anyMatch(s -> withoutJoiners(s).contains(block))))
                .as("a request of %s carries the agentry block of %s (%d characters); %s", r.client().id(), file, block.length(),
                        r.summary()).isTrue();
    }

    private static String withoutJoiners(String text) {
        return text.replace("\u2060", "");
    }

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
}
