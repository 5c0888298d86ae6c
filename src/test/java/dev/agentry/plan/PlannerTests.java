package dev.agentry.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlannerTests {

    private static final String PATH = ".claude/agents/a.md";
    private static final String BASE = "line 1\nline 2\nline 3\nline 4\nline 5\n";

    private final Map<String, String> disk = new HashMap<>();
    private final DiskView view = path -> Optional.ofNullable(disk.get(path));

    private FileAction planOne(DesiredFile desired, RecordedFile recorded) {
        return planOne(desired, recorded, ConflictStyle.INLINE, false);
    }

    private FileAction planOne(DesiredFile desired, RecordedFile recorded, ConflictStyle style, boolean force) {
        Plan plan = new Planner(style, force).plan(desired == null ? List.of() : List.of(desired),
                recorded == null ? List.of() : List.of(recorded), view);
        assertThat(plan.actions()).hasSize(1);
        return plan.actions().get(0);
    }

    private static RecordedFile recorded(String text) {
        return new RecordedFile(PATH, null, text, false, false);
    }

    @Test
    void aRecordedTextIsTrustedOnlyWhereItIsReliedUpon() {
        java.util.List<String> asked = new java.util.ArrayList<>();
        Planner planner = new Planner(ConflictStyle.INLINE, false, record -> asked.add(record.path()));
        disk.put(PATH, BASE);
        disk.put("edited.md", BASE + "mine\n");
        planner.plan(java.util.List.of(DesiredFile.whole(PATH, BASE + "new\n"), DesiredFile.whole("edited.md", BASE),
                        DesiredFile.whole("deleted.md", BASE)),
                java.util.List.of(recorded(BASE), new RecordedFile("edited.md", null, BASE, false, false),
                        new RecordedFile("deleted.md", null, BASE, false, false)), view);
        // equal to the disk: no check; edited: the base is relied upon; deleted: its text is carried on
        assertThat(asked).containsExactly("edited.md", "deleted.md");
    }

    @Test
    void newFileIsCreated() {
        FileAction action = planOne(DesiredFile.whole(PATH, BASE), null);
        assertThat(action.action()).isEqualTo(Action.CREATE);
        assertThat(action.after()).isEqualTo(BASE);
        assertThat(action.record().text()).isEqualTo(BASE);
    }

    @Test
    void unchangedOnDiskAndChangedRenderIsOverwritten() {
        disk.put(PATH, BASE);
        String theirs = BASE.replace("line 3", "line three");
        FileAction action = planOne(DesiredFile.whole(PATH, theirs), recorded(BASE));
        assertThat(action.action()).isEqualTo(Action.UPDATE);
        assertThat(action.after()).isEqualTo(theirs);
        assertThat(action.record().text()).isEqualTo(theirs);
    }

    @Test
    void unchangedOnDiskAndSameRenderIsNothing() {
        disk.put(PATH, BASE);
        FileAction action = planOne(DesiredFile.whole(PATH, BASE), recorded(BASE));
        assertThat(action.action()).isEqualTo(Action.UNCHANGED);
        assertThat(action.writes()).isFalse();
    }

    @Test
    void userEditWithSameRenderKeepsTheUsersFile() {
        disk.put(PATH, BASE + "my note\n");
        FileAction action = planOne(DesiredFile.whole(PATH, BASE), recorded(BASE));
        assertThat(action.action()).isEqualTo(Action.KEEP);
        assertThat(action.writes()).isFalse();
        assertThat(action.record().text()).isEqualTo(BASE);
    }

    @Test
    void userEditAndRenderChangeInDifferentPlacesMergeCleanly() {
        disk.put(PATH, BASE.replace("line 1", "my line 1"));
        String theirs = BASE.replace("line 5", "line five");
        FileAction action = planOne(DesiredFile.whole(PATH, theirs), recorded(BASE));
        assertThat(action.action()).isEqualTo(Action.MERGE);
        assertThat(action.after()).isEqualTo("my line 1\nline 2\nline 3\nline 4\nline five\n");
        assertThat(action.record().text()).isEqualTo(theirs);
    }

    @Test
    void overlappingEditsWriteConflictMarkers() {
        disk.put(PATH, BASE.replace("line 3", "mine"));
        FileAction action = planOne(DesiredFile.whole(PATH, BASE.replace("line 3", "theirs")), recorded(BASE));
        assertThat(action.action()).isEqualTo(Action.CONFLICT);
        assertThat(action.after()).contains("<<<<<<< yours\nmine\n=======\ntheirs\n>>>>>>> agentry\n");
        assertThat(action.rejText()).isNull();
    }

    @Test
    void overlappingEditsWithRejKeepTheUsersFileAndWriteTheRenderBeside() {
        disk.put(PATH, BASE.replace("line 3", "mine"));
        String theirs = BASE.replace("line 3", "theirs");
        FileAction action = planOne(DesiredFile.whole(PATH, theirs), recorded(BASE), ConflictStyle.REJ, false);
        assertThat(action.action()).isEqualTo(Action.CONFLICT);
        assertThat(action.after()).isNull();
        assertThat(action.rejText()).isEqualTo(theirs);
    }

    @Test
    void unresolvedMarkersAreReportedAndNotOverwritten() {
        disk.put(PATH, "<<<<<<< yours\nmine\n=======\ntheirs\n>>>>>>> agentry\n");
        FileAction action = planOne(DesiredFile.whole(PATH, BASE.replace("line 2", "new")), recorded(BASE));
        assertThat(action.action()).isEqualTo(Action.UNRESOLVED);
        assertThat(action.writes()).isFalse();
    }

    @Test
    void fileDeletedByTheUserIsNotRecreated() {
        FileAction action = planOne(DesiredFile.whole(PATH, BASE.replace("line 1", "x")), recorded(BASE));
        assertThat(action.action()).isEqualTo(Action.REMOVED_BY_YOU);
        assertThat(action.writes()).isFalse();
        assertThat(action.record().removedByUser()).isTrue();
    }

    @Test
    void unchangedFileNoLongerInTheTeamIsDeleted() {
        disk.put(PATH, BASE);
        FileAction action = planOne(null, recorded(BASE));
        assertThat(action.action()).isEqualTo(Action.DELETE);
        assertThat(action.delete()).isTrue();
        assertThat(action.record()).isNull();
    }

    @Test
    void editedFileNoLongerInTheTeamIsKeptAndForgotten() {
        disk.put(PATH, BASE + "mine\n");
        FileAction action = planOne(null, recorded(BASE));
        assertThat(action.action()).isEqualTo(Action.ORPHAN);
        assertThat(action.writes()).isFalse();
        assertThat(action.record()).isNull();
    }

    @Test
    void foreignFileIsRefused() {
        disk.put(PATH, "the user's own agent\n");
        FileAction action = planOne(DesiredFile.whole(PATH, BASE), null);
        assertThat(action.action()).isEqualTo(Action.REFUSE);
        assertThat(action.writes()).isFalse();
    }

    @Test
    void foreignFileIsOverwrittenWithForceAfterABackup() {
        disk.put(PATH, "the user's own agent\n");
        FileAction action = planOne(DesiredFile.whole(PATH, BASE), null, ConflictStyle.INLINE, true);
        assertThat(action.action()).isEqualTo(Action.FORCE);
        assertThat(action.backup()).isTrue();
        assertThat(action.after()).isEqualTo(BASE);
    }

    @Test
    void foreignFileWithIdenticalContentIsAdopted() {
        disk.put(PATH, BASE);
        FileAction action = planOne(DesiredFile.whole(PATH, BASE), null);
        assertThat(action.action()).isEqualTo(Action.UNCHANGED);
        assertThat(action.record()).isNotNull();
    }

    @Test
    void blockIsAppendedToAFileWithoutOneKeepingTheUsersText() {
        disk.put("CLAUDE.md", "# My project\n\nNotes.\n");
        FileAction action = planOne(DesiredFile.block("CLAUDE.md", "team", "roster\n"), null);
        assertThat(action.action()).isEqualTo(Action.UPDATE);
        assertThat(action.after()).startsWith("# My project\n\nNotes.\n\n" + Blocks.begin("team") + "\nroster\n");
        assertThat(action.after()).endsWith(Blocks.end("team") + "\n");
    }

    @Test
    void blockIsReplacedBetweenItsMarkersOnly() {
        String file = "intro\n" + Blocks.begin("team") + "\nold\n" + Blocks.end("team") + "\noutro\n";
        disk.put("CLAUDE.md", file);
        FileAction action = planOne(DesiredFile.block("CLAUDE.md", "team", "new\n"),
                new RecordedFile("CLAUDE.md", "team", "old\n", false, false));
        assertThat(action.action()).isEqualTo(Action.UPDATE);
        assertThat(action.after()).isEqualTo("intro\n" + Blocks.begin("team") + "\nnew\n" + Blocks.end("team") + "\noutro\n");
    }

    @Test
    void userEditInsideTheBlockIsMerged() {
        String base = "a\nb\nc\nd\ne\n";
        String file = "intro\n" + Blocks.begin("team") + "\n" + base.replace("a", "mine") + Blocks.end("team") + "\n";
        disk.put("CLAUDE.md", file);
        FileAction action = planOne(DesiredFile.block("CLAUDE.md", "team", base.replace("e", "theirs")),
                new RecordedFile("CLAUDE.md", "team", base, false, false));
        assertThat(action.action()).isEqualTo(Action.MERGE);
        assertThat(action.after()).contains("mine\nb\nc\nd\ntheirs\n").startsWith("intro\n");
    }

    @Test
    void removedBlockOfAFileAgentryCreatedDeletesTheFile() {
        disk.put("CLAUDE.md", Blocks.create("team", "roster\n"));
        FileAction action = planOne(null, new RecordedFile("CLAUDE.md", "team", "roster\n", true, false));
        assertThat(action.action()).isEqualTo(Action.DELETE);
        assertThat(action.delete()).isTrue();
    }

    @Test
    void removedBlockKeepsTheUsersTextAround() {
        disk.put("CLAUDE.md", "# Mine\n\n" + Blocks.create("team", "roster\n"));
        FileAction action = planOne(null, new RecordedFile("CLAUDE.md", "team", "roster\n", false, false));
        assertThat(action.action()).isEqualTo(Action.DELETE);
        assertThat(action.delete()).isFalse();
        assertThat(action.after()).isEqualTo("# Mine\n");
    }

    @Test
    void blockWhoseMarkersTheUserRemovedIsNotReAdded() {
        disk.put("CLAUDE.md", "# Mine\n");
        FileAction action = planOne(DesiredFile.block("CLAUDE.md", "team", "roster 2\n"),
                new RecordedFile("CLAUDE.md", "team", "roster\n", false, false));
        assertThat(action.action()).isEqualTo(Action.REMOVED_BY_YOU);
        assertThat(action.writes()).isFalse();
    }
}
