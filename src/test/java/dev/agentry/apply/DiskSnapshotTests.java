package dev.agentry.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.agentry.plan.DesiredFile;
import dev.agentry.plan.DiskView;
import dev.agentry.plan.RecordedFile;
import dev.agentry.support.AgentryException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The disk a plan looks at is read before planning: each path once, with its .rej, errors kept for where they matter. */
class DiskSnapshotTests {

    private final List<String> asked = new ArrayList<>();
    private final Map<String, String> files = Map.of("CLAUDE.md", "mine\n", "a.md", "a\n", "a.md.rej", "rej\n");

    private final DiskView disk = path -> {
        asked.add(path);
        if (path.equals("folder.md")) {
            throw AgentryException.usage("folder.md is a folder where agentry writes a file");
        }
        return Optional.ofNullable(files.get(path));
    };

    @Test
    void everyPathAndItsRejAreReadOnceUpFrontAndServedFromTheSnapshot() {
        DiskSnapshot snapshot = DiskSnapshot.read(disk, List.of(DesiredFile.block("CLAUDE.md", "team", "x\n"),
                DesiredFile.whole("a.md", "a\n"), DesiredFile.block("CLAUDE.md", "skills", "y\n")),
                List.of(new RecordedFile("a.md", null, "a\n", false)), List.of(new RecordedFile("old.md", null, "o\n", false)));
        assertThat(asked).containsExactly("CLAUDE.md", "CLAUDE.md.rej", "a.md", "a.md.rej", "old.md", "old.md.rej");
        asked.clear();
        assertThat(snapshot.read("CLAUDE.md")).contains("mine\n");
        assertThat(snapshot.read("a.md.rej")).contains("rej\n");
        assertThat(snapshot.read("old.md")).isEmpty();
        assertThat(asked).as("nothing more is read from the disk").isEmpty();
    }

    @Test
    void aPathThatCouldNotBeReadFailsWhereThePlanLooksAtItAndAPathNotReadIsAnError() {
        DiskSnapshot snapshot = DiskSnapshot.read(disk, List.of(DesiredFile.whole("folder.md", "x\n")), List.of(), List.of());
        assertThat(snapshot.read("folder.md.rej")).isEmpty();
        assertThatThrownBy(() -> snapshot.read("folder.md")).isInstanceOf(AgentryException.class)
                .hasMessageContaining("is a folder");
        assertThatThrownBy(() -> snapshot.read("other.md")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("other.md");
    }
}
