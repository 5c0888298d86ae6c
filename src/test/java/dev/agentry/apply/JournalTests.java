package dev.agentry.apply;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.agentry.apply.Transaction.JournalOp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JournalTests {

    private static final String SOURCE = ".agentry/txn/journal.json";

    @TempDir
    Path root;

    @Test
    void journalIsWrittenByteForByteAsTheMapperWroteIt() {
        List<JournalOp> ops = List.of(new JournalOp("write", "a.md", "0"), new JournalOp("delete", "b.md", null));
        String json = Transaction.serializeJournal(ops);
        assertThat(json).isEqualTo("{\n  \"ops\": [\n    {\n      \"kind\": \"write\",\n      \"path\": \"a.md\",\n"
                + "      \"staged\": \"0\"\n    },\n    {\n      \"kind\": \"delete\",\n      \"path\": \"b.md\",\n"
                + "      \"staged\": null\n    }\n  ]\n}\n");
        assertThat(Transaction.parseJournal(json, SOURCE)).isEqualTo(ops);
        assertThat(Transaction.serializeJournal(List.of())).isEqualTo("{\n  \"ops\": []\n}\n");
    }

    @Test
    void damagedJournalsAreRefused() {
        assertThatThrownBy(() -> Transaction.parseJournal("{\"ops\": [{\"kind\": \"write\", \"path\": \"a\", \"stage\": \"0\"}]}", SOURCE))
                .hasMessage(SOURCE + ": unknown key 'stage' (at ops[0].stage). Did you mean 'staged'? Known keys: kind, path, staged.");
        assertThatThrownBy(() -> Transaction.parseJournal("{\"ops\": 3}", SOURCE))
                .hasMessage(SOURCE + ": wrong type (at ops): expected a list.");
        assertThatThrownBy(() -> Transaction.parseJournal("{\"ops\": [{\"kind\": 1}]}", SOURCE))
                .hasMessage(SOURCE + ": wrong type (at ops[0].kind): expected a text value.");
    }

    @Test
    void aCommittedJournalIsFinishedByTheNextRun() throws Exception {
        Workspace workspace = new Workspace(root);
        Path files = workspace.transaction().resolve("files");
        Files.createDirectories(files);
        Files.writeString(files.resolve("0"), "new\n");
        Files.writeString(root.resolve("old.md"), "old\n");
        Files.writeString(workspace.transaction().resolve("journal.json"), Transaction.serializeJournal(List.of(
                new JournalOp("write", "docs/a.md", "0"), new JournalOp("delete", "old.md", null))));

        assertThat(new Transaction(workspace, FileSystem.REAL).recover())
                .isEqualTo(new Transaction.Recovered(Transaction.Recovered.Kind.FINISHED, List.of("docs/a.md", "old.md")));

        assertThat(root.resolve("docs/a.md")).hasContent("new");
        assertThat(root.resolve("old.md")).doesNotExist();
        assertThat(workspace.transaction()).doesNotExist();
    }
}
