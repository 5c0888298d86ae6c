package dev.agentry.format;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GrantsTests {

    @Test
    void noToolListGrantsEverything() {
        Grants grants = Grants.of(List.of());
        assertThat(grants.everything()).isTrue();
        assertThat(grants.changesFiles()).isTrue();
        assertThat(grants.has(Capability.SHELL)).isTrue();
        assertThat(grants.toolNames(CopilotFormat.TOOL_ALIASES)).isEmpty();
    }

    @Test
    void aToolListGrantsTheCapabilitiesOfItsToolsInOrder() {
        Grants grants = Grants.of(List.of("Bash", "Read", " Grep ", "Glob", "Read", "Agent"));
        assertThat(grants.everything()).isFalse();
        assertThat(grants.capabilities()).containsExactly(Capability.SHELL, Capability.READ, Capability.GREP, Capability.GLOB,
                Capability.DELEGATE);
        assertThat(grants.changesFiles()).isFalse();
        assertThat(grants.has(Capability.EDIT)).isFalse();
    }

    @Test
    void everyToolThatChangesFilesIsSeenAsSuch() {
        for (String tool : List.of("Edit", "MultiEdit", "Write", "NotebookEdit")) {
            assertThat(Grants.of(List.of("Read", tool)).changesFiles()).as(tool).isTrue();
        }
        for (String tool : List.of("Read", "NotebookRead", "Grep", "Glob", "Bash", "WebFetch", "WebSearch", "Task", "TodoWrite")) {
            assertThat(Grants.of(List.of(tool)).changesFiles()).as(tool).isFalse();
        }
    }

    @Test
    void anUnknownToolGrantsNothing() {
        Grants grants = Grants.of(List.of("mcp__jira__search", "Read"));
        assertThat(grants.capabilities()).containsExactly(Capability.READ);
        assertThat(Grants.of(List.of("mcp__jira__search")).toolNames(Map.of())).hasValue(List.of());
    }

    @Test
    void toolNamesAreMappedInOrderWithoutRepeats() {
        assertThat(Grants.of(List.of("Read", "Grep", "Glob", "Bash")).toolNames(CopilotFormat.TOOL_ALIASES))
                .hasValue(List.of("read", "search", "execute"));
    }
}
