package dev.agentry.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FileActionTests {

    private static final RecordedFile RECORD = new RecordedFile("a.md", null, "new\n", true);

    @Test
    void aPlainActionWritesItsTextAndNeitherDeletesNorBacksUp() {
        FileAction action = FileAction.of("a.md", null, Action.UPDATE, "old\n", "new\n", RECORD, "changed");
        assertThat(action.handling()).isEqualTo(FileAction.Handling.PLAIN);
        assertThat(action.delete()).isFalse();
        assertThat(action.backup()).isFalse();
        assertThat(action.rejText()).isNull();
        assertThat(action.writes()).isTrue();
        assertThat(FileAction.of("a.md", null, Action.UNCHANGED, "new\n", null, RECORD, "up to date").writes()).isFalse();
    }

    @Test
    void aBackedUpActionBacksTheFileUpBeforeWritingOverIt() {
        FileAction action = FileAction.backedUp("a.md", "block", Action.FORCE, "mine\n", "new\n", RECORD, "forced");
        assertThat(action.backup()).isTrue();
        assertThat(action.delete()).isFalse();
        assertThat(action.blockId()).isEqualTo("block");
        assertThat(action.after()).isEqualTo("new\n");
        assertThat(action.record()).isEqualTo(RECORD);
    }

    @Test
    void aDeletionDeletesTheFileAndStopsTrackingIt() {
        FileAction action = FileAction.deletion("a.md", null, "old\n", "no longer in the team");
        assertThat(action.action()).isEqualTo(Action.DELETE);
        assertThat(action.delete()).isTrue();
        assertThat(action.backup()).isFalse();
        assertThat(action.after()).isNull();
        assertThat(action.record()).isNull();
        assertThat(action.before()).isEqualTo("old\n");
        assertThat(action.reason()).isEqualTo("no longer in the team");
        assertThat(action.writes()).isTrue();
    }

    @Test
    void withRejKeepsEverythingElseAndWrites() {
        FileAction plain = FileAction.of("a.md", null, Action.CONFLICT, "mine\n", null, RECORD, "overlap");
        FileAction rej = plain.withRej("--- a/a.md\n");
        assertThat(rej.rejText()).isEqualTo("--- a/a.md\n");
        assertThat(rej).isEqualTo(new FileAction("a.md", null, Action.CONFLICT, "mine\n", null,
                FileAction.Handling.PLAIN, "--- a/a.md\n", RECORD, "overlap"));
        assertThat(plain.writes()).isFalse();
        assertThat(rej.writes()).isTrue();
    }

    @Test
    void theHandlingIsRequired() {
        assertThatThrownBy(() -> new FileAction("a.md", null, Action.UPDATE, null, "x", null, null, null, "r"))
                .isInstanceOf(NullPointerException.class).hasMessage("handling is required");
    }
}
