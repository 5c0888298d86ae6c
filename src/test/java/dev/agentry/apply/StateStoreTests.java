package dev.agentry.apply;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.agentry.plan.RecordedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StateStoreTests {

    @TempDir
    Path root;

    private Workspace workspace;

    @org.junit.jupiter.api.BeforeEach
    void workspace() {
        workspace = new Workspace(root);
    }

    private void write(State state) throws Exception {
        Files.createDirectories(workspace.meta());
        Files.writeString(workspace.state(), StateStore.serialize(state));
    }

    @Test
    void stateRoundTripsWithTextsExactlyAndOneLinePerJsonElement() throws Exception {
        State state = new State("1.0", "2026.11.1", "abc", List.of(
                new RecordedFile("a.md", null, "one\ntwo\n", false, false),
                new RecordedFile("b.md", null, "no final newline", false, true),
                new RecordedFile("CLAUDE.md", "team", "block\n", true, false)));
        write(state);
        assertThat(StateStore.read(workspace)).isEqualTo(state);
        assertThat(Files.readString(workspace.state())).contains("\n        \"one\",\n        \"two\",\n        \"\"\n");
    }

    @Test
    void missingStateIsEmpty() {
        assertThat(StateStore.read(workspace).isEmpty()).isTrue();
    }

    @Test
    void textThatNoLongerMatchesItsHashIsReported() throws Exception {
        write(new State("1.0", "v", "x", List.of(new RecordedFile("a.md", null, "one\n", false, false))));
        Files.writeString(workspace.state(), Files.readString(workspace.state()).replace("\"one\"", "\"tampered\""));
        assertThatThrownBy(() -> StateStore.read(workspace))
                .hasMessageContaining("the recorded text of a.md does not match its SHA-256");
    }
}
