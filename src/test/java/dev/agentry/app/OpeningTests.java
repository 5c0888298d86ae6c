package dev.agentry.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.agentry.apply.FileSystem;
import dev.agentry.apply.TargetLock;
import dev.agentry.apply.Workspace;
import dev.agentry.support.AgentryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpeningTests {

    private static final String DISCARDED = "an earlier run had stopped before it wrote anything: its staged files in"
            + " .agentry/txn/ were discarded";

    @TempDir
    Path target;

    @Test
    void eachCommandsGuidanceFollowsTheOneHeadline() {
        Workspace workspace = Workspace.of(target);
        assertThatThrownBy(() -> Opening.withTeam(workspace, FileSystem.REAL, "nothing to remove."))
                .isInstanceOf(AgentryException.class)
                .hasMessage("No agentry team in " + workspace.root() + " (no .agentry/answers.yml): nothing to remove.");
        assertThatThrownBy(() -> new Check(new Scaffolds(), FileSystem.REAL).run(Request.of(target)))
                .hasMessage("No agentry team in " + workspace.root() + " (no .agentry/answers.yml): nothing to check. Run"
                        + " 'agentry generate' there first.");
        assertThatThrownBy(() -> new Remove(FileSystem.REAL).run(target))
                .hasMessage("No agentry team in " + workspace.root() + " (no .agentry/answers.yml): nothing to remove.");
    }

    @Test
    void anInterruptedRunIsFinishedBeforeTheTeamIsLookedFor() throws Exception {
        Workspace workspace = Workspace.of(target);
        Files.createDirectories(workspace.transaction());
        Files.writeString(workspace.answers(), "projectName: x\n");
        assertThat(Opening.withTeam(workspace, FileSystem.REAL, "unused")).containsExactly(DISCARDED);
        assertThat(workspace.transaction()).doesNotExist();
        assertThat(Opening.recovered(workspace, FileSystem.REAL)).isEmpty();
    }

    @Test
    void aRunInterruptedWhileThisOneWaitedIsFinishedUnderTheWriteLock() throws Exception {
        Workspace workspace = Workspace.of(target);
        List<String> notes = new ArrayList<>(Opening.recovered(workspace, FileSystem.REAL));
        assertThat(notes).isEmpty();
        Files.createDirectories(workspace.transaction());
        try (TargetLock lock = Opening.lockForWrite(workspace, FileSystem.REAL, notes)) {
            assertThat(notes).containsExactly(DISCARDED);
            assertThat(workspace.transaction()).doesNotExist();
        }
    }
}
