package dev.agentry.plan;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import dev.agentry.settings.SettingsMerge;

/**
 * The plan for a file agentry shares with the user entry by entry ({@link DesiredFile#ENTRIES}, Claude Code's
 * settings.json): agentry's entries are merged into the file as {@link SettingsMerge} decides, and the rest of it is
 * the user's. There are no conflicts: for each entry, the user's side wins.
 */
final class EntryFiles {

    private static final SettingsMerge MERGE = SettingsMerge.claudeCode();

    private EntryFiles() {
    }

    static boolean isEntries(String blockId) {
        return DesiredFile.ENTRIES.equals(blockId);
    }

    /** The file's entries as the new render wants them, against what agentry recorded (or null) and the disk. */
    static List<FileAction> plan(DesiredFile file, RecordedFile record, String onDisk, Consumer<RecordedFile> trust) {
        String path = file.path();
        if (record != null) {
            trust.accept(record);
        }
        // a git merge of two teammates' updates leaves its markers in the file: it is not JSON until they are resolved
        Optional<ConflictMarkers.Found> markers = onDisk == null ? Optional.empty() : ConflictMarkers.find(onDisk);
        if (markers.isPresent()) {
            return List.of(FileAction.of(path, DesiredFile.ENTRIES, Action.UNRESOLVED, onDisk, null, record,
                    Reconciler.unresolved(markers.get())));
        }
        SettingsMerge.Result merged = MERGE.merge(path, record == null ? null : record.text(), onDisk, file.content());
        boolean createdFile = record != null ? record.createdFile() : onDisk == null;
        RecordedFile fresh = new RecordedFile(path, DesiredFile.ENTRIES, merged.record().text(), createdFile);
        String notes = merged.notes().isEmpty() ? "" : "; " + String.join("; ", merged.notes());
        if (onDisk == null) {
            return List.of(FileAction.of(path, DesiredFile.ENTRIES, Action.CREATE, null, merged.text(), fresh,
                    "new file with agentry's entries"));
        }
        if (merged.text().equals(onDisk)) {
            boolean yours = !merged.notes().isEmpty() || !merged.record().declined().isEmpty();
            return List.of(FileAction.of(path, DesiredFile.ENTRIES, yours ? Action.KEEP : Action.UNCHANGED, onDisk, null, fresh,
                    (yours ? "agentry's entries as you left them (those you deleted or changed stay yours)" : "up to date")
                            + notes));
        }
        boolean theirsOnly = record != null && record.createdFile() && merged.record().declined().isEmpty()
                && onlyAgentrys(onDisk, record);
        return List.of(FileAction.of(path, DesiredFile.ENTRIES, theirsOnly ? Action.UPDATE : Action.MERGE, onDisk,
                merged.text(), fresh, (theirsOnly ? "agentry's entries changed"
                        : "agentry's entries merged entry by entry; your keys and rules are kept") + notes));
    }

    /** Takes agentry's entries out of the file; deletes it when agentry created it and nothing else is left. */
    static List<FileAction> remove(RecordedFile record, String onDisk, Consumer<RecordedFile> trust) {
        String path = record.path();
        if (onDisk == null) {
            return List.of(FileAction.of(path, DesiredFile.ENTRIES, Action.FORGET, null, null, null, "already gone"));
        }
        trust.accept(record);
        if (ConflictMarkers.find(onDisk).isPresent()) {
            return List.of(FileAction.of(path, DesiredFile.ENTRIES, Action.ORPHAN, onDisk, null, null, "it holds conflict"
                    + " markers, so agentry's entries cannot be taken out of it: kept as it is, and no longer tracked"));
        }
        SettingsMerge.Result merged = MERGE.merge(path, record.text(), onDisk, null);
        if (merged.empty() && record.createdFile()) {
            return List.of(FileAction.deletion(path, DesiredFile.ENTRIES, onDisk,
                    "agentry's entries are no longer wanted; the file held nothing else"));
        }
        if (merged.text().equals(onDisk)) {
            return List.of(FileAction.of(path, DesiredFile.ENTRIES, Action.FORGET, onDisk, null, null,
                    "agentry's entries are already gone; your settings are kept"));
        }
        return List.of(FileAction.of(path, DesiredFile.ENTRIES, Action.DELETE, onDisk, merged.text(), null,
                "removes agentry's entries; your keys and rules are kept"));
    }

    /** True when the file holds exactly what agentry last wrote there: nothing of the user's to merge with. */
    private static boolean onlyAgentrys(String onDisk, RecordedFile record) {
        SettingsMerge.Result without = MERGE.merge(record.path(), record.text(), onDisk, null);
        return without.empty();
    }
}
