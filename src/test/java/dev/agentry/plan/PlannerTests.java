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
        return planOne(desired, recorded, ConflictStyle.INLINE, ForeignFiles.REFUSE);
    }

    private FileAction planOne(DesiredFile desired, RecordedFile recorded, ConflictStyle style, ForeignFiles foreign) {
        Plan plan = planAll(desired, recorded, style, foreign);
        assertThat(plan.actions()).hasSize(1);
        return plan.actions().get(0);
    }

    private Plan planAll(DesiredFile desired, RecordedFile recorded, ConflictStyle style, ForeignFiles foreign) {
        return new Planner(style, foreign).plan(desired == null ? List.of() : List.of(desired),
                recorded == null ? List.of() : List.of(recorded), view);
    }

    private static RecordedFile recorded(String text) {
        return new RecordedFile(PATH, null, text, false);
    }

    @Test
    void aRecordedTextIsTrustedOnlyWhereItIsReliedUpon() {
        Planner planner = new Planner(ConflictStyle.INLINE, ForeignFiles.REFUSE);
        disk.put(PATH, BASE);
        disk.put("edited.md", BASE + "mine\n");
        Plan plan = planner.plan(java.util.List.of(DesiredFile.whole(PATH, BASE + "new\n"), DesiredFile.whole("edited.md", BASE),
                        DesiredFile.whole("deleted.md", BASE)),
                java.util.List.of(recorded(BASE), new RecordedFile("edited.md", null, BASE, false),
                        new RecordedFile("deleted.md", null, BASE, false)), view);
        // equal to the disk: no check; edited: the base is relied upon; deleted: written again from the render
        assertThat(plan.reliedOn()).extracting(RecordedFile::path).containsExactly("edited.md");
        // the planner starts afresh for its next plan
        assertThat(planner.plan(java.util.List.of(DesiredFile.whole(PATH, BASE)), java.util.List.of(recorded(BASE)), view)
                .reliedOn()).isEmpty();
    }

    /**
     * A file or block leaving the team that the user edited is kept, and agentry's last text of it is carried on (as the
     * base should it come back): that text is relied upon, so it is checked; one equal to the disk, or gone, is not.
     */
    @Test
    void aRecordedTextLeavingTheTeamIsTrustedWhereItIsKeptAsTheUsers() {
        Planner planner = new Planner(ConflictStyle.INLINE, ForeignFiles.REFUSE);
        disk.put("edited.md", BASE + "mine\n");
        disk.put("same.md", BASE);
        disk.put("CLAUDE.md", "intro\n" + Blocks.create("team", "roster\nmine\n"));
        disk.put("AGENTS.md", "intro\n" + Blocks.create("team", "roster\n"));
        Plan plan = planner.plan(java.util.List.of(), java.util.List.of(new RecordedFile("edited.md", null, BASE, false),
                new RecordedFile("same.md", null, BASE, false), new RecordedFile("gone.md", null, BASE, false),
                new RecordedFile("CLAUDE.md", "team", "roster\n", false), new RecordedFile("AGENTS.md", "team", "roster\n", false)),
                view);
        assertThat(plan.actions()).extracting(FileAction::path, FileAction::action).containsExactly(
                org.assertj.core.groups.Tuple.tuple("edited.md", Action.ORPHAN), org.assertj.core.groups.Tuple.tuple("same.md", Action.DELETE),
                org.assertj.core.groups.Tuple.tuple("gone.md", Action.FORGET), org.assertj.core.groups.Tuple.tuple("CLAUDE.md", Action.ORPHAN),
                org.assertj.core.groups.Tuple.tuple("AGENTS.md", Action.DELETE));
        assertThat(plan.reliedOn()).extracting(RecordedFile::key).containsExactly("edited.md",
                new RecordedFile("CLAUDE.md", "team", "", false).key());
    }

    /** Every other place a plan builds on a recorded text: a pending .rej, a file with markers, a list's entries. */
    @Test
    void aPlanNamesEveryRecordedTextItCarriesOnOrMergesWith() {
        Planner planner = new Planner(ConflictStyle.INLINE, ForeignFiles.REFUSE);
        disk.put("pending.md", BASE.replace("line 3", "mine"));
        disk.put("pending.md.rej", "agentry's side\n");
        disk.put("markers.md", BASE.replace("line 3", "<<<<<<< ours\nmine\n=======\ntheirs\n>>>>>>> theirs"));
        disk.put(".claude/settings.json", "{\"permissions\": {\"deny\": [\"Read(./.env)\"]}}\n");
        disk.put("leaving.json", "{\"permissions\": {\"deny\": [\"Read(./.env)\"]}, \"mine\": true}\n");
        RecordedFile pending = new RecordedFile("pending.md", null, BASE, false, "sha");
        RecordedFile markers = new RecordedFile("markers.md", null, BASE, false);
        RecordedFile settings = new RecordedFile(".claude/settings.json", DesiredFile.ENTRIES,
                "{\"permissions\": {\"deny\": [\"Read(./.env)\"]}}", false);
        RecordedFile leaving = new RecordedFile("leaving.json", DesiredFile.ENTRIES,
                "{\"permissions\": {\"deny\": [\"Read(./.env)\"]}}", false);
        Plan plan = planner.plan(List.of(DesiredFile.whole("pending.md", BASE.replace("line 1", "new")),
                DesiredFile.whole("markers.md", BASE.replace("line 1", "new")),
                DesiredFile.entries(".claude/settings.json", "{\"permissions\": {\"deny\": [\"Read(./.env)\"]}}")),
                List.of(pending, markers, settings, leaving), view);
        assertThat(plan.actions()).extracting(FileAction::path, FileAction::action).startsWith(
                org.assertj.core.groups.Tuple.tuple("pending.md", Action.UNRESOLVED),
                org.assertj.core.groups.Tuple.tuple("markers.md", Action.UNRESOLVED));
        assertThat(plan.reliedOn()).containsExactly(pending, markers, settings, leaving);
    }

    private static Map<String, Object> mode(String slug, String role) {
        Map<String, Object> mode = new java.util.LinkedHashMap<>();
        mode.put("slug", slug);
        mode.put("name", slug);
        mode.put("roleDefinition", role);
        return mode;
    }

    /**
     * Entries of a list shared with the user (Roo's customModes) leaving the team: agentry's go, the one the user edited
     * stays, released while the state lives (generate) and simply the user's once it goes (remove).
     */
    @Test
    void sharedListEntriesTheUserEditedStayWhenTheirTargetLeaves() {
        dev.agentry.codec.YamlEntries entries = new dev.agentry.codec.YamlEntries("customModes", "slug");
        String ours = entries.canonical(List.of(mode("builder", "You build."), mode("reviewer", "You review.")));
        String edited = entries.canonical(List.of(mode("builder", "You build."), mode("reviewer", "You review. Ours too.")));
        disk.put(".roomodes", "# ours\n" + entries.create(edited));
        RecordedFile record = new RecordedFile(".roomodes", "customModes[slug]", ours, true);

        Plan plan = new Planner(ConflictStyle.INLINE, ForeignFiles.REFUSE).plan(List.of(), List.of(record), view);
        FileAction action = plan.actions().get(0);
        assertThat(plan.actions()).hasSize(1);
        assertThat(action.action()).isEqualTo(Action.DELETE);
        assertThat(action.after()).contains("slug: reviewer", "You review. Ours too.").doesNotContain("builder");
        assertThat(action.reason()).isEqualTo("removes agentry's entries you did not edit; the ones you edited (reviewer) are"
                + " kept, and no longer tracked; agentry merges them should they come back");
        assertThat(plan.released()).singleElement().satisfies(kept -> {
            assertThat(kept.key()).isEqualTo(record.key());
            assertThat(entries.ids(kept.text())).containsExactly("reviewer");
            assertThat(kept.createdFile()).isTrue();
        });
        assertThat(plan.reliedOn()).containsExactly(record);

        Plan uninstall = new Planner(ConflictStyle.INLINE, ForeignFiles.REFUSE).uninstall(List.of(record), view);
        assertThat(uninstall.actions()).singleElement().satisfies(a -> assertThat(a.reason()).endsWith("(reviewer) are kept,"
                + " and now yours; agentry forgets it with its state (should you generate this team again, --adopt keeps it"
                + " as yours and merges into it)"));
        assertThat(uninstall.released()).isEmpty();
    }

    /** Entries agentry does not track that carry its entries' names: the user's, refused unless --adopt or --force. */
    @Test
    void untrackedEntriesWithAgentrysNamesAreTheUsers() {
        dev.agentry.codec.YamlEntries entries = new dev.agentry.codec.YamlEntries("customModes", "slug");
        String ours = entries.canonical(List.of(mode("builder", "You build."), mode("reviewer", "You review.")));
        DesiredFile wanted = DesiredFile.block(".roomodes", "customModes[slug]", ours);
        disk.put(".roomodes", entries.create(entries.canonical(List.of(mode("reviewer", "Our own reviewer.")))));
        FileAction refused = planOne(wanted, null);
        assertThat(refused.action()).isEqualTo(Action.REFUSE);
        assertThat(refused.reason()).isEqualTo("holds entries agentry did not write with the names of agentry's (slug: reviewer)");
        FileAction forced = planOne(wanted, null, ConflictStyle.INLINE, ForeignFiles.OVERWRITE);
        assertThat(forced.action()).isEqualTo(Action.FORCE);
        assertThat(forced.after()).contains("You review.").doesNotContain("Our own reviewer.");
        // exactly agentry's entries, though not recorded: nothing to do but record them
        disk.put(".roomodes", entries.create(ours));
        FileAction same = planOne(wanted, null);
        assertThat(same.action()).isEqualTo(Action.UNCHANGED);
        assertThat(same.record().createdFile()).isFalse();
    }

    @Test
    void sharedListEntriesNoneEditedLeaveAndAFileAgentryCreatedGoesWithThem() {
        dev.agentry.codec.YamlEntries entries = new dev.agentry.codec.YamlEntries("customModes", "slug");
        String ours = entries.canonical(List.of(mode("builder", "You build."), mode("reviewer", "You review.")));
        disk.put(".roomodes", entries.create(ours));
        Plan created = new Planner(ConflictStyle.INLINE, ForeignFiles.REFUSE).plan(List.of(),
                List.of(new RecordedFile(".roomodes", "customModes[slug]", ours, true)), view);
        assertThat(created.actions()).singleElement().satisfies(a -> {
            assertThat(a.action()).isEqualTo(Action.DELETE);
            assertThat(a.after()).isNull();
            assertThat(a.reason()).isEqualTo("agentry's entries (customModes[slug]) is no longer wanted; the file held nothing else");
        });
        disk.put(".roomodes", entries.create(ours) + "otherKey: kept\n");
        Plan shared = new Planner(ConflictStyle.INLINE, ForeignFiles.REFUSE).plan(List.of(),
                List.of(new RecordedFile(".roomodes", "customModes[slug]", ours, true)), view);
        assertThat(shared.actions()).singleElement().satisfies(a -> {
            assertThat(a.action()).isEqualTo(Action.DELETE);
            assertThat(a.after()).contains("otherKey: kept").doesNotContain("builder", "reviewer");
            assertThat(a.reason()).isEqualTo("removes agentry's entries (customModes[slug]); your text is kept");
        });
        assertThat(created.reliedOn()).isEmpty();
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
    void overlappingEditsWithRejKeepTheUsersSideAndWriteAgentrysBesideAsAHunk() {
        disk.put(PATH, BASE.replace("line 3", "mine"));
        String theirs = BASE.replace("line 3", "theirs").replace("line 5", "line five");
        FileAction action = planOne(DesiredFile.whole(PATH, theirs), recorded(BASE), ConflictStyle.REJ, ForeignFiles.REFUSE);
        assertThat(action.action()).isEqualTo(Action.CONFLICT);
        assertThat(action.after()).isEqualTo("line 1\nline 2\nmine\nline 4\nline five\n");
        assertThat(action.rejText()).isEqualTo("--- a/" + PATH + "\n+++ b/" + PATH + "\n@@ -1,5 +1,5 @@\n line 1\n line 2\n-mine\n+theirs\n"
                + " line 4\n line five\n");
        assertThat(action.record().text()).isEqualTo(theirs);
        assertThat(action.record().rejSha256()).isEqualTo(dev.agentry.support.Hashing.sha256(action.rejText()));
        assertThat(action.rejPath()).isEqualTo(PATH + ".rej");
    }

    @Test
    void whenEveryChangeOverlapsTheFileIsLeftAsItIsAndOnlyTheRejIsWritten() {
        String mine = BASE.replace("line 3", "mine");
        disk.put(PATH, mine);
        FileAction action = planOne(DesiredFile.whole(PATH, BASE.replace("line 3", "theirs")), recorded(BASE), ConflictStyle.REJ,
                ForeignFiles.REFUSE);
        assertThat(action.after()).isNull();
        assertThat(action.rejText()).contains("-mine\n+theirs\n");
        assertThat(action.writes()).isTrue();
    }

    @Test
    void aPendingRejIsUnresolvedAndNothingIsWritten() {
        disk.put(PATH, BASE.replace("line 3", "mine"));
        disk.put(PATH + ".rej", "agentry's side\n");
        RecordedFile pending = new RecordedFile(PATH, null, BASE, false, "sha");
        FileAction action = planOne(DesiredFile.whole(PATH, BASE.replace("line 1", "new")), pending);
        assertThat(action.action()).isEqualTo(Action.UNRESOLVED);
        assertThat(action.writes()).isFalse();
        assertThat(action.record()).isEqualTo(pending);
        assertThat(action.reason()).contains(PATH + ".rej");
    }

    @Test
    void aDeletedRejResolvesTheConflictAndTheStateForgetsIt() {
        disk.put(PATH, BASE.replace("line 3", "mine"));
        FileAction action = planOne(DesiredFile.whole(PATH, BASE), new RecordedFile(PATH, null, BASE, false, "sha"));
        assertThat(action.action()).isEqualTo(Action.KEEP);
        assertThat(action.record()).isEqualTo(recorded(BASE));
        assertThat(action.reason()).contains("conflict resolved");
    }

    @Test
    void aRejThatAgentryDidNotWriteIsRefusedAndOverwrittenOnlyWithForce() {
        disk.put(PATH, BASE.replace("line 3", "mine"));
        disk.put(PATH + ".rej", "the user's own notes\n");
        DesiredFile desired = DesiredFile.whole(PATH, BASE.replace("line 3", "theirs"));
        for (ForeignFiles policy : List.of(ForeignFiles.REFUSE, ForeignFiles.ADOPT)) {
            Plan plan = planAll(desired, recorded(BASE), ConflictStyle.REJ, policy);
            assertThat(plan.refused()).extracting(FileAction::path).containsExactly(PATH + ".rej");
            assertThat(plan.actions().get(0).rejText()).isNull();
        }
        Plan forced = planAll(desired, recorded(BASE), ConflictStyle.REJ, ForeignFiles.OVERWRITE);
        FileAction rej = forced.actions().get(1);
        assertThat(rej.path()).isEqualTo(PATH + ".rej");
        assertThat(rej.action()).isEqualTo(Action.FORCE);
        assertThat(rej.backup()).isTrue();
        assertThat(rej.after()).contains("-mine\n+theirs\n");
    }

    @Test
    void unresolvedMarkersAreReportedAndNotOverwritten() {
        disk.put(PATH, "<<<<<<< yours\nmine\n=======\ntheirs\n>>>>>>> agentry\n");
        FileAction action = planOne(DesiredFile.whole(PATH, BASE.replace("line 2", "new")), recorded(BASE));
        assertThat(action.action()).isEqualTo(Action.UNRESOLVED);
        assertThat(action.writes()).isFalse();
    }

    @Test
    void fileDeletedByTheUserIsRestoredAndTheReasonSaysHowToDropIt() {
        String theirs = BASE.replace("line 1", "x");
        FileAction action = planOne(DesiredFile.whole(PATH, theirs).withDropHint("to drop the role for good, leave a out"),
                recorded(BASE));
        assertThat(action.action()).isEqualTo(Action.RESTORE);
        assertThat(action.after()).isEqualTo(theirs);
        assertThat(action.record()).isEqualTo(recorded(theirs));
        assertThat(action.reason()).contains("still in the team", "to drop the role for good, leave a out");
    }

    @Test
    void aDeletedFileWithAPendingRejIsRestoredAndAgentrysRejDeleted() {
        String rej = "agentry's side\n";
        disk.put(PATH + ".rej", rej);
        Plan plan = planAll(DesiredFile.whole(PATH, BASE), new RecordedFile(PATH, null, BASE, false,
                dev.agentry.support.Hashing.sha256(rej)), ConflictStyle.INLINE, ForeignFiles.REFUSE);
        assertThat(plan.actions()).extracting(FileAction::path, FileAction::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PATH, Action.RESTORE),
                        org.assertj.core.groups.Tuple.tuple(PATH + ".rej", Action.DELETE));
        assertThat(plan.actions().get(1).delete()).isTrue();
    }

    @Test
    void aRejTheUserEditedIsKeptWhenItsConflictNoLongerMatters() {
        disk.put(PATH + ".rej", "edited\n");
        Plan plan = planAll(DesiredFile.whole(PATH, BASE), new RecordedFile(PATH, null, BASE, false, "sha of another text"),
                ConflictStyle.INLINE, ForeignFiles.REFUSE);
        assertThat(plan.actions().get(1).action()).isEqualTo(Action.ORPHAN);
        assertThat(plan.actions().get(1).writes()).isFalse();
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
        FileAction action = planOne(DesiredFile.whole(PATH, BASE), null, ConflictStyle.INLINE, ForeignFiles.OVERWRITE);
        assertThat(action.action()).isEqualTo(Action.FORCE);
        assertThat(action.backup()).isTrue();
        assertThat(action.after()).isEqualTo(BASE);
    }

    @Test
    void foreignFileIsAdoptedWithTheRenderAsItsBase() {
        disk.put(PATH, "the user's own agent\n");
        FileAction action = planOne(DesiredFile.whole(PATH, BASE), null, ConflictStyle.INLINE, ForeignFiles.ADOPT);
        assertThat(action.action()).isEqualTo(Action.ADOPT);
        assertThat(action.writes()).isFalse();
        assertThat(action.record()).isEqualTo(recorded(BASE));

        // from then on it is an edited file: the next render merges into it
        disk.put(PATH, "the user's own agent\n" + BASE);
        FileAction next = planOne(DesiredFile.whole(PATH, BASE.replace("line 5", "line five")), action.record());
        assertThat(next.action()).isEqualTo(Action.MERGE);
        assertThat(next.after()).isEqualTo("the user's own agent\n" + BASE.replace("line 5", "line five"));
    }

    @Test
    void anUntrackedBlockIsAdoptedWithTheRenderAsItsBase() {
        String file = "intro\n" + Blocks.begin("team") + "\nours\n" + Blocks.end("team") + "\n";
        disk.put("CLAUDE.md", file);
        FileAction action = planOne(DesiredFile.block("CLAUDE.md", "team", "roster\n"), null, ConflictStyle.INLINE,
                ForeignFiles.ADOPT);
        assertThat(action.action()).isEqualTo(Action.ADOPT);
        assertThat(action.writes()).isFalse();
        assertThat(action.record()).isEqualTo(new RecordedFile("CLAUDE.md", "team", "roster\n", false));
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
                new RecordedFile("CLAUDE.md", "team", "old\n", false));
        assertThat(action.action()).isEqualTo(Action.UPDATE);
        assertThat(action.after()).isEqualTo("intro\n" + Blocks.begin("team") + "\nnew\n" + Blocks.end("team") + "\noutro\n");
    }

    @Test
    void userEditInsideTheBlockIsMerged() {
        String base = "a\nb\nc\nd\ne\n";
        String file = "intro\n" + Blocks.begin("team") + "\n" + base.replace("a", "mine") + Blocks.end("team") + "\n";
        disk.put("CLAUDE.md", file);
        FileAction action = planOne(DesiredFile.block("CLAUDE.md", "team", base.replace("e", "theirs")),
                new RecordedFile("CLAUDE.md", "team", base, false));
        assertThat(action.action()).isEqualTo(Action.MERGE);
        assertThat(action.after()).contains("mine\nb\nc\nd\ntheirs\n").startsWith("intro\n");
    }

    @Test
    void removedBlockOfAFileAgentryCreatedDeletesTheFile() {
        disk.put("CLAUDE.md", Blocks.create("team", "roster\n"));
        FileAction action = planOne(null, new RecordedFile("CLAUDE.md", "team", "roster\n", true));
        assertThat(action.action()).isEqualTo(Action.DELETE);
        assertThat(action.delete()).isTrue();
    }

    @Test
    void removedBlockKeepsTheUsersTextAround() {
        disk.put("CLAUDE.md", "# Mine\n\n" + Blocks.create("team", "roster\n"));
        FileAction action = planOne(null, new RecordedFile("CLAUDE.md", "team", "roster\n", false));
        assertThat(action.action()).isEqualTo(Action.DELETE);
        assertThat(action.delete()).isFalse();
        assertThat(action.after()).isEqualTo("# Mine\n");
    }

    @Test
    void blockWhoseMarkersTheUserRemovedIsAddedBackKeepingTheirText() {
        disk.put("CLAUDE.md", "# Mine\n");
        FileAction action = planOne(DesiredFile.block("CLAUDE.md", "team", "roster 2\n").withDropHint("--set claude-md=false"),
                new RecordedFile("CLAUDE.md", "team", "roster\n", false));
        assertThat(action.action()).isEqualTo(Action.RESTORE);
        assertThat(action.after()).isEqualTo("# Mine\n\n" + Blocks.create("team", "roster 2\n"));
        assertThat(action.reason()).contains("--set claude-md=false");
    }

    @Test
    void aDeletedFileOfABlockIsCreatedAgain() {
        FileAction action = planOne(DesiredFile.block("CLAUDE.md", "team", "roster\n"),
                new RecordedFile("CLAUDE.md", "team", "roster\n", false));
        assertThat(action.action()).isEqualTo(Action.RESTORE);
        assertThat(action.after()).isEqualTo(Blocks.create("team", "roster\n"));
        assertThat(action.record().createdFile()).isTrue();
    }

    @Test
    void anEditedFileNoLongerInTheTeamIsReleasedAndMergedWhenItComesBack() {
        disk.put(PATH, BASE + "mine\n");
        Plan dropped = new Planner(ConflictStyle.INLINE, ForeignFiles.REFUSE).plan(List.of(), List.of(recorded(BASE)), view);
        assertThat(dropped.records()).isEmpty();
        assertThat(dropped.released()).containsExactly(recorded(BASE));

        // while it stays out and on disk it stays released; once it comes back it is merged with what agentry wrote
        Plan stillOut = new Planner(ConflictStyle.INLINE, ForeignFiles.REFUSE).plan(List.of(), List.of(), dropped.released(), view);
        assertThat(stillOut.actions()).isEmpty();
        assertThat(stillOut.released()).isEqualTo(dropped.released());
        Plan back = new Planner(ConflictStyle.INLINE, ForeignFiles.REFUSE).plan(
                List.of(DesiredFile.whole(PATH, BASE.replace("line 1", "line one"))), List.of(), dropped.released(), view);
        FileAction merged = back.actions().get(0);
        assertThat(merged.action()).isEqualTo(Action.MERGE);
        assertThat(merged.after()).isEqualTo(BASE.replace("line 1", "line one") + "mine\n");
        assertThat(back.released()).isEmpty();
        assertThat(back.records()).containsExactly(recorded(BASE.replace("line 1", "line one")));
    }

    @Test
    void aReleasedFileTheUserDeletedIsForgotten() {
        Plan plan = new Planner(ConflictStyle.INLINE, ForeignFiles.REFUSE).plan(List.of(), List.of(), List.of(recorded(BASE)), view);
        assertThat(plan.released()).isEmpty();
    }

    @Test
    void anEditedBlockNoLongerWantedIsReleasedAndMergedWhenItComesBack() {
        String base = "a\nb\nc\nd\ne\n";
        disk.put("AGENTS.md", "# Ours\n\n" + Blocks.create("team", base.replace("a\n", "mine\n")));
        RecordedFile block = new RecordedFile("AGENTS.md", "team", base, false);
        Plan dropped = new Planner(ConflictStyle.INLINE, ForeignFiles.REFUSE).plan(List.of(), List.of(block), view);
        assertThat(dropped.actions().get(0).action()).isEqualTo(Action.ORPHAN);
        assertThat(dropped.released()).containsExactly(block);
        Plan back = new Planner(ConflictStyle.INLINE, ForeignFiles.REFUSE).plan(
                List.of(DesiredFile.block("AGENTS.md", "team", base.replace("e\n", "theirs\n"))), List.of(), dropped.released(), view);
        assertThat(back.actions().get(0).action()).isEqualTo(Action.MERGE);
        assertThat(back.actions().get(0).backup()).isFalse();
        assertThat(back.actions().get(0).after()).isEqualTo("# Ours\n\n" + Blocks.create("team", "mine\nb\nc\nd\ntheirs\n"));
    }

    @Test
    void aBlockWhoseFileHoldsAGitMergeConflictOutsideTheBlockIsUnresolvedNotUpdated() {
        String inside = "team\n";
        String file = "<<<<<<< HEAD\nour notes\n=======\ntheir notes\n>>>>>>> teammate\n\n" + Blocks.create("team", inside);
        disk.put("CLAUDE.md", file);
        FileAction action = planOne(DesiredFile.block("CLAUDE.md", "team", "team, new\n"),
                new RecordedFile("CLAUDE.md", "team", inside, true));
        assertThat(action.action()).isEqualTo(Action.UNRESOLVED);
        assertThat(action.reason()).contains("git merge conflict (<<<<<<< HEAD ... >>>>>>> teammate, line 1)");
        assertThat(action.after()).isNull();
    }

    @Test
    void aFileHoldingGitsMarkersIsUnresolvedEvenWhenTheRenderIsUnchanged() {
        String yours = BASE.replace("line 3\n", "<<<<<<< HEAD\nline 3a\n=======\nline 3b\n>>>>>>> other\n");
        disk.put(PATH, yours);
        FileAction action = planOne(DesiredFile.whole(PATH, BASE), recorded(BASE));
        assertThat(action.action()).isEqualTo(Action.UNRESOLVED);
        assertThat(action.reason()).contains("git merge conflict", "'git add' it");
    }
}
