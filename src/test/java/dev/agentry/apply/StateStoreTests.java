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
                new RecordedFile("a.md", null, "one\ntwo\n", false),
                new RecordedFile("b.md", null, "no final newline", false, "5a1e"),
                new RecordedFile("CLAUDE.md", "team", "block\n", true)),
                List.of(new RecordedFile("c.md", null, "released\n", false), new RecordedFile("AGENTS.md", "team", "kept\n", true),
                        new RecordedFile("d.md", null, "left with its conflict open\n", false, "7b2f")));
        write(state);
        assertThat(StateStore.read(workspace)).isEqualTo(state);
        assertThat(Files.readString(workspace.state())).contains("\n        \"one\",\n        \"two\",\n        \"\"\n");
    }

    @Test
    void stateIsWrittenByteForByteAsTheMapperWroteIt() {
        State state = new State("1.0", "2026.11.1", "abc", List.of(
                new RecordedFile("a.md", null, "one\ntwo\n", false, "5a1e"),
                new RecordedFile("CLAUDE.md", "team", "block\n", true)),
                List.of(new RecordedFile("c.md", null, "c\n", false)));
        assertThat(StateStore.serialize(state)).isEqualTo("""
                {
                  "format": 2,
                  "agentry": "1.0",
                  "catalog": "2026.11.1",
                  "answersSha256": "abc",
                  "files": [
                    {
                      "path": "a.md",
                      "block": null,
                      "sha256": "c3f9c8c283a2b1f2f1896f27a01cbe3cddc0c9d93f752e4639035a0f5b36f6e8",
                      "createdFile": false,
                      "rejSha256": "5a1e",
                      "text": [
                        "one",
                        "two",
                        ""
                      ]
                    },
                    {
                      "path": "CLAUDE.md",
                      "block": "team",
                      "sha256": "90a7b08f76a1a33dc3e4c9decf39ff93a88918f1f46fd1b3fbf5edd619d77dc6",
                      "createdFile": true,
                      "rejSha256": null,
                      "text": [
                        "block",
                        ""
                      ]
                    }
                  ],
                  "released": [
                    {
                      "path": "c.md",
                      "block": null,
                      "sha256": "%s",
                      "createdFile": false,
                      "text": [
                        "c",
                        ""
                      ]
                    }
                  ]
                }
                """.formatted(dev.agentry.support.Hashing.sha256("c\n")));
        assertThat(StateStore.serialize(State.EMPTY)).isEqualTo("""
                {
                  "format": 2,
                  "agentry": null,
                  "catalog": null,
                  "answersSha256": null,
                  "files": [],
                  "released": []
                }
                """);
    }

    @Test
    void unknownKeysAndWrongTypesAreRefusedWithTheirPath() throws Exception {
        String entry = "{\"path\": \"a.md\", \"block\": null, \"sha256\": \"x\", \"createdFile\": false, \"rejSha256\": null,"
                + " \"text\": [\"x\"]}";
        assertStateRefused("{\"format\": 2, \"bogus\": 2}",
                ": unknown key 'bogus' (at bogus). Known keys: agentry, answersSha256, catalog, files, format, released.");
        assertStateRefused("{\"format\": 2, \"files\": [" + entry.replace("\"block\"", "\"blok\"") + "]}",
                ": unknown key 'blok' (at files[0].blok). Did you mean 'block'? Known keys: block, createdFile, path, rejSha256,"
                        + " sha256, text.");
        assertStateRefused("{\"format\": 2, \"files\": [" + entry.replace("false,", "\"true\",") + "]}",
                ": wrong type (at files[0].createdFile): expected true or false.");
        assertStateRefused("{\"format\": 2, \"files\": [" + entry.replace("[\"x\"]", "\"x\"") + "]}",
                ": wrong type (at files[0].text): expected a list.");
        assertStateRefused("{\"format\": 2, \"files\": [" + entry.replace("null,", "1,").replace("\"block\": 1,", "\"block\": null,")
                + "]}", ": wrong type (at files[0].rejSha256): expected a text value.");
        assertStateRefused("{\"format\": 2, \"files\": [null]}", ": wrong type (at files[0]): expected a mapping.");
        assertStateRefused("{\"format\": 2, \"released\": [" + entry.replace("\"block\"", "\"blok\"") + "]}",
                ": unknown key 'blok' (at released[0].blok). Did you mean 'block'? Known keys: block, createdFile, path,"
                        + " rejSha256, sha256, text.");
        assertStateRefused("{\"format\": \"1\"}", ": wrong type (at format): expected a whole number.");
        assertStateRefused("{\"format\": 2}\n{}", ":2:1: unexpected content after the JSON value.");
    }

    @Test
    void aStateOfAnotherFormatIsNamedBeforeItsKeysAreChecked() throws Exception {
        assertStateRefused("{\"format\": 4, \"newKey\": true}",
                ": format 4 is not one this agentry reads (1 to 3); it was written by another agentry version.");
    }

    @Test
    void aFormatOneStateIsReadWithItsRemovedByYouFlagIgnored() throws Exception {
        String text = "one\n";
        Files.createDirectories(workspace.meta());
        Files.writeString(workspace.state(), """
                {"format": 1, "agentry": "0.1.0", "catalog": "2026.11.1", "answersSha256": "abc", "files": [
                  {"path": "a.md", "block": null, "sha256": "%s", "createdFile": false, "removedByYou": true, "text": ["one", ""]}
                ]}""".formatted(dev.agentry.support.Hashing.sha256(text)));
        State state = StateStore.read(workspace).verifyAll();
        assertThat(state.files()).containsExactly(new RecordedFile("a.md", null, text, false));
        assertThat(state.released()).isEmpty();
        // format 1 knows neither released files nor pending .rej files
        Files.writeString(workspace.state(), "{\"format\": 1, \"released\": []}");
        assertThatThrownBy(() -> StateStore.read(workspace)).hasMessageContaining("unknown key 'released'");
    }

    @Test
    void aReleasedTextThatNoLongerMatchesItsHashIsReportedAsTheStateIsRead() throws Exception {
        write(new State("1.0", "v", "x", List.of(), List.of(new RecordedFile("a.md", null, "one\n", false))));
        Files.writeString(workspace.state(), Files.readString(workspace.state()).replace("\"one\"", "\"tampered\""));
        assertThatThrownBy(() -> StateStore.read(workspace)).hasMessageContaining("the recorded text of a.md does not match its SHA-256");
    }

    @Test
    void aStateWithPacksIsFormatThreeAndRoundTrips() throws Exception {
        State state = new State("1.0", "1.4.0", "abc", List.of(new RecordedFile("a.md", null, "one\n", false)), List.of(),
                List.of(new RecordedPack("https://github.com/acme/team.git", "v1.4.0", "3f2a9c1" + "0".repeat(33))));
        write(state);
        assertThat(StateStore.read(workspace)).isEqualTo(state);
        assertThat(StateStore.read(workspace).pack("https://github.com/acme/team.git")).contains(state.packs().get(0));
        assertThat(Files.readString(workspace.state())).startsWith("{\n  \"format\": 3,").endsWith("""
                  "packs": [
                    {
                      "source": "https://github.com/acme/team.git",
                      "ref": "v1.4.0",
                      "commit": "3f2a9c1000000000000000000000000000000000"
                    }
                  ]
                }
                """);
        assertThat(state).isNotEqualTo(new State("1.0", "1.4.0", "abc", state.files(), List.of()));
    }

    @Test
    void packsAreReadOnlyFromFormatThreeAndWithEveryField() throws Exception {
        assertStateRefused("{\"format\": 2, \"packs\": []}", ": unknown key 'packs' (at packs). Known keys: agentry,"
                + " answersSha256, catalog, files, format, released.");
        assertStateRefused("{\"format\": 3, \"packs\": [{\"source\": \"s\", \"ref\": \"v1\"}]}", ": a pack entry lacks its"
                + " source, ref or commit; the state file was edited or damaged. Restore it from version control.");
        assertStateRefused("{\"format\": 3, \"packs\": [{\"source\": \"s\", \"ref\": \"v1\", \"comit\": \"c\"}]}",
                ": unknown key 'comit' (at packs[0].comit). Did you mean 'commit'? Known keys: commit, ref, source.");
    }

    private void assertStateRefused(String json, String message) throws Exception {
        Files.createDirectories(workspace.meta());
        Files.writeString(workspace.state(), json);
        assertThatThrownBy(() -> StateStore.read(workspace)).hasMessage(".agentry/state.json" + message);
    }

    @Test
    void missingStateIsEmpty() {
        assertThat(StateStore.read(workspace).isEmpty()).isTrue();
    }

    @Test
    void textThatNoLongerMatchesItsHashIsReportedWhenItIsReliedUpon() throws Exception {
        write(new State("1.0", "v", "x", List.of(new RecordedFile("a.md", null, "one\n", false),
                new RecordedFile("b.md", null, "two\n", false))));
        Files.writeString(workspace.state(), Files.readString(workspace.state()).replace("\"one\"", "\"tampered\""));
        State state = StateStore.read(workspace);
        state.verify(state.files().get(1));
        assertThatThrownBy(() -> state.verify(state.files().get(0)))
                .isInstanceOf(dev.agentry.support.AgentryException.class)
                .hasMessage(".agentry/state.json: the recorded text of a.md does not match its SHA-256; the state file was"
                        + " edited or damaged. Restore it from version control, or delete it and run 'agentry update --adopt',"
                        + " which keeps your files as they are and tracks them again.");
        assertThatThrownBy(state::verifyAll).hasMessageContaining("the recorded text of a.md does not match");
        // a state made by this run has nothing to check
        new State("1.0", "v", "x", List.of(new RecordedFile("a.md", null, "anything\n", false))).verifyAll();
    }

    @Test
    void anEntryWithoutItsHashIsRefusedAsItIsRead() throws Exception {
        write(new State("1.0", "v", "x", List.of(new RecordedFile("a.md", null, "one\n", false))));
        Files.writeString(workspace.state(), Files.readString(workspace.state()).replaceFirst("\"sha256\": \"[0-9a-f]+\"",
                "\"sha256\": null"));
        assertThatThrownBy(() -> StateStore.read(workspace)).hasMessageContaining("the entry of a.md has no SHA-256");
    }

    @Test
    void binaryOrCrlfStateIsReadFromItsBytes() throws Exception {
        write(new State("1.0", "v", "x", List.of(new RecordedFile("a.md", null, "caf\u00e9 \u2014 \uD83D\uDE80\n", false))));
        String json = Files.readString(workspace.state());
        Files.writeString(workspace.state(), "\uFEFF" + json.replace("\n", "\r\n"));
        assertThat(StateStore.read(workspace).files().get(0).text()).isEqualTo("caf\u00e9 \u2014 \uD83D\uDE80\n");

        Files.write(workspace.state(), new byte[] {'{', '"', 'f', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'});
        assertThatThrownBy(() -> StateStore.read(workspace)).isInstanceOf(dev.agentry.support.AgentryException.class)
                .hasMessageStartingWith(".agentry/state.json:1:").hasMessageContaining("invalid JSON");
        Files.write(workspace.state(), new byte[] {'{', 0, '}'});
        assertThatThrownBy(() -> StateStore.read(workspace)).isInstanceOf(dev.agentry.support.AgentryException.class)
                .hasMessageStartingWith(".agentry/state.json:1:").hasMessageContaining("invalid JSON");
    }
}
