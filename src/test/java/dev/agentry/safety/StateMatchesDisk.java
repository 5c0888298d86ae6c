package dev.agentry.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import dev.agentry.apply.State;
import dev.agentry.apply.StateStore;
import dev.agentry.apply.Workspace;
import dev.agentry.plan.Blocks;
import dev.agentry.plan.DesiredFile;
import dev.agentry.plan.RecordedFile;
import dev.agentry.settings.EntryRecord;

import static org.assertj.core.api.Assertions.assertThat;

/** The invariant after any run, finished or interrupted and recovered: the state describes exactly what is on disk. */
final class StateMatchesDisk {

    private StateMatchesDisk() {
    }

    static void check(Path target) throws IOException {
        Workspace workspace = new Workspace(target);
        State state = StateStore.read(workspace);
        assertThat(state.files()).as("the state records the team").isNotEmpty();
        for (RecordedFile file : state.files()) {
            Path path = target.resolve(file.path());
            assertThat(path).as("%s recorded and present", file.path()).exists();
            String text = Files.readString(path);
            if (file.blockId() == null) {
                assertThat(text).as("%s as recorded", file.path()).isEqualTo(file.text());
            }
            else if (file.blockId().equals(DesiredFile.ENTRIES)) {
                // every entry agentry records as its own is in the file
                EntryRecord.parse(file.text()).added().forEach(entry -> assertThat(text).as("%s holds %s", file.path(),
                        entry.label()).contains(entry.value()));
            }
            else {
                assertThat(Blocks.find(text, file.blockId(), file.path())).as("%s block", file.path())
                        .hasValueSatisfying(found -> assertThat(found.inside()).isEqualTo(file.text()));
            }
        }
        try (Stream<Path> paths = Files.walk(target)) {
            assertThat(paths.map(p -> target.relativize(p).toString()))
                    .as("no staging or temporary files outside .agentry/txn")
                    .noneMatch(p -> p.startsWith(".claude") && (p.contains(".tmp") || p.contains("~")))
                    .noneMatch(p -> p.startsWith(".agentry/txn"));
        }
    }
}
