package dev.agentry.apply;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.agentry.apply.Transaction.JournalOp;
import dev.agentry.codec.Codec;
import dev.agentry.plan.RecordedFile;

/**
 * Run in a fresh JVM by {@link HotPathWithoutDataBindingTests}: writes and reads what generate, update and check
 * write and read for one target (state, answers, the transaction journal, the JSON report). With the argument
 * {@code records} it also reads a YAML file into a record, which does need data binding.
 */
public final class HotPathProbe {

    private HotPathProbe() {
    }

    public static void main(String[] args) throws Exception {
        Workspace workspace = new Workspace(Files.createTempDirectory("hot-path"));
        Files.createDirectories(workspace.meta());

        State state = new State("1.0", "2026.11.1", "abc", List.of(new RecordedFile("AGENTS.md", null, "text\n", false),
                new RecordedFile("CLAUDE.md", "team", "block\n", true)));
        Files.writeString(workspace.state(), StateStore.serialize(state));
        check(StateStore.read(workspace).equals(state), "state round trip");

        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("project-name", "demo");
        answers.put("agents", List.of("architect", "reviewer"));
        answers.put("claude-md", true);
        Files.writeString(workspace.answers(), AnswersStore.serialize(answers));
        check(AnswersStore.read(workspace.answers(), "answers.yml").values().equals(answers), "answers round trip");

        new Transaction(workspace, FileSystem.REAL).commit(List.of(new Transaction.Write("a.md", "a\n")));
        Path files = workspace.transaction().resolve("files");
        Files.createDirectories(files);
        Files.writeString(files.resolve("0"), "b\n");
        Files.writeString(workspace.transaction().resolve("journal.json"),
                Transaction.serializeJournal(List.of(new JournalOp("write", "b.md", "0"))));
        check(new Transaction(workspace, FileSystem.REAL).recover().kind() == Transaction.Recovered.Kind.FINISHED,
                "journal recovery");

        Codec.writeJson(Map.of("command", "check", "files", List.of(Map.of("path", "a.md"))));

        if (args.length > 0 && args[0].equals("records")) {
            record Named(String name) {
            }
            Codec.readYaml("name: x\n", "named.yml", Named.class);
        }
        System.out.println("probe done");
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException(what + " failed");
        }
    }
}
