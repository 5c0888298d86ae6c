package dev.agentry.settings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.agentry.codec.Codec;
import dev.agentry.codec.JsonDocument;
import dev.agentry.codec.JsonDocument.Kind;
import dev.agentry.support.AgentryException;

/**
 * Merges agentry's entries into a JSON settings file entry by entry, three-way: the base is what agentry recorded last
 * time ({@link EntryRecord}), "yours" the file on disk, "theirs" the entries agentry wants now.
 *
 * <ul>
 * <li>an entry agentry added and still wants stays; one the user deleted or changed is not added back;</li>
 * <li>an entry agentry added and no longer wants is taken out (unless the user changed it);</li>
 * <li>a new entry is added, unless the user has it already (then it is theirs) or has the same item in a sibling array
 * of an exclusive object ({@code permissions.allow} against {@code permissions.deny}): then the user's is kept and the
 * contradiction reported;</li>
 * <li>objects and arrays agentry created are taken out again once empty; everything else stays as the user wrote it.</li>
 * </ul>
 */
public final class SettingsMerge {

    /** The outcome: the file's new text, the new record, and what the user should know. */
    public record Result(String text, EntryRecord record, boolean empty, List<String> notes) {

        public Result {
            notes = List.copyOf(notes);
        }
    }

    private final List<List<String>> exclusive;

    /**
     * A merge in which the arrays directly inside each of the given objects exclude one another (Claude Code's
     * {@code permissions}: a rule is allowed, asked for or denied).
     */
    public SettingsMerge(List<List<String>> exclusive) {
        this.exclusive = exclusive.stream().map(List::copyOf).toList();
    }

    /**
     * Merges.
     *
     * @param source the file's path, for messages
     * @param recorded the record of the last write, or null when agentry has written nothing there
     * @param onDisk the file's text, or null when there is no file
     * @param wanted the entries agentry wants as a settings-shaped JSON document, or null to take all of agentry's out
     * @throws AgentryException (exit 2) when the file is not a JSON object, or holds a value where agentry's entries go
     *     that is not an object or array as Claude Code's schema has it
     */
    public Result merge(String source, String recorded, String onDisk, String wanted) {
        EntryRecord base = recorded == null ? EntryRecord.EMPTY : EntryRecord.parse(recorded);
        List<Entry> want = wanted == null ? List.of() : Entry.of(Codec.readJsonMap(wanted, "agentry's entries for " + source));
        JsonDocument doc = JsonDocument.parse(onDisk == null ? "" : onDisk, source);
        want.forEach(entry -> checkShape(doc, entry));
        Set<Entry> wantedSet = new HashSet<>(want);
        Set<Entry> added = new HashSet<>(base.added());
        Set<Entry> declined = new HashSet<>(base.declined());
        List<List<String>> created = new ArrayList<>(base.created());

        JsonDocument text = doc;
        for (Entry entry : base.added()) {
            if (!wantedSet.contains(entry) && present(text, entry)) {
                text = take(text, entry);
            }
        }
        List<Entry> nowAdded = new ArrayList<>();
        List<Entry> nowDeclined = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Entry entry : want) {
            if (added.contains(entry)) {
                (present(text, entry) ? nowAdded : nowDeclined).add(entry);
            }
            else if (declined.contains(entry) || present(text, entry) || changedByUser(text, entry)) {
                nowDeclined.add(entry);
            }
            else {
                String rival = rival(text, entry, wantedSet, added);
                if (rival != null) {
                    notes.add("your rule " + entry.value() + " in " + rival + " contradicts the same rule agentry puts in "
                            + String.join(".", entry.path()) + ": yours is kept, and agentry's left out while yours is there");
                    continue;
                }
                text = put(text, entry, created);
                nowAdded.add(entry);
            }
        }
        text = prune(text, created, want);
        boolean empty = text.keys(List.of()).isEmpty();
        return new Result(text.text(), new EntryRecord(nowAdded, nowDeclined, created), empty, notes);
    }

    /** Every object on an entry's path must be an object, and its array an array, where they exist. */
    private static void checkShape(JsonDocument doc, Entry entry) {
        List<String> path = entry.path();
        for (int i = 1; i <= path.size(); i++) {
            List<String> prefix = path.subList(0, i);
            Kind expected = entry.isItem() && i == path.size() ? Kind.ARRAY : Kind.OBJECT;
            doc.kind(prefix).filter(kind -> kind != expected).ifPresent(kind -> {
                throw AgentryException.usage(doc.where(prefix) + "'" + String.join(".", prefix) + "' must be "
                        + (expected == Kind.ARRAY ? "an array" : "an object") + " in Claude Code's settings, not "
                        + describe(kind) + ": Claude Code ignores a settings file with an invalid value. Fix it (or leave"
                        + " agentry's entries out with --set claude-settings=false); nothing was written.");
            });
        }
    }

    private static String describe(Kind kind) {
        return switch (kind) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a string";
            case OTHER -> "a number, boolean or null";
        };
    }

    private static boolean present(JsonDocument doc, Entry entry) {
        return entry.isItem() ? doc.strings(entry.path()).contains(entry.value())
                : doc.string(entry.path(), entry.key()).map(entry.value()::equals).orElse(false);
    }

    /** A member whose key the user has with another value: theirs. */
    private static boolean changedByUser(JsonDocument doc, Entry entry) {
        return !entry.isItem() && doc.keys(entry.path()).contains(entry.key());
    }

    /**
     * The sibling array (as {@code permissions.allow}) in which the user has the item agentry wants in another array
     * of an exclusive object, or null. agentry's own entries are no rivals: a rule agentry moves stays agentry's.
     */
    private String rival(JsonDocument doc, Entry entry, Set<Entry> wanted, Set<Entry> added) {
        if (!entry.isItem() || entry.path().size() < 2) {
            return null;
        }
        List<String> parent = entry.path().subList(0, entry.path().size() - 1);
        if (!exclusive.contains(parent)) {
            return null;
        }
        for (String sibling : doc.keys(parent)) {
            List<String> path = new ArrayList<>(parent);
            path.add(sibling);
            Entry theirs = Entry.item(path, entry.value());
            if (!path.equals(entry.path()) && doc.strings(path).contains(entry.value())
                    && !(added.contains(theirs) && wanted.contains(theirs))) {
                return String.join(".", path);
            }
        }
        return null;
    }

    private static JsonDocument take(JsonDocument doc, Entry entry) {
        return entry.isItem() ? doc.removeItem(entry.path(), entry.value()) : doc.removeMember(entry.path(), entry.key());
    }

    /** Adds an entry, creating (and recording) the objects and the array that lead to it. */
    private static JsonDocument put(JsonDocument doc, Entry entry, List<List<String>> created) {
        JsonDocument text = doc;
        List<String> path = entry.path();
        for (int i = 1; i <= path.size(); i++) {
            List<String> prefix = List.copyOf(path.subList(0, i));
            if (text.kind(prefix).isEmpty()) {
                Kind kind = entry.isItem() && i == path.size() ? Kind.ARRAY : Kind.OBJECT;
                text = text.addContainer(prefix.subList(0, i - 1), prefix.get(i - 1), kind);
                created.add(prefix);
            }
        }
        return entry.isItem() ? text.addItem(path, entry.value()) : text.addString(path, entry.key(), entry.value());
    }

    /**
     * Takes out the containers agentry created that are empty now and hold none of the entries agentry still wants
     * (an array the user emptied stays as they left it), deepest first, and forgets those the user took out; one that
     * holds entries stays recorded, to be taken out once it is empty.
     */
    private static JsonDocument prune(JsonDocument doc, List<List<String>> created, List<Entry> want) {
        JsonDocument text = doc;
        List<List<String>> deepestFirst = new ArrayList<>(new LinkedHashSet<>(created));
        deepestFirst.sort(Comparator.comparingInt((List<String> p) -> p.size()).reversed());
        List<List<String>> kept = new ArrayList<>();
        for (List<String> path : deepestFirst) {
            if (text.kind(path).isEmpty()) {
                continue;
            }
            boolean wanted = want.stream().anyMatch(e -> e.place().size() >= path.size()
                    && e.place().subList(0, path.size()).equals(path));
            if (text.isEmpty(path) && !wanted) {
                text = text.removeMember(path.subList(0, path.size() - 1), path.get(path.size() - 1));
            }
            else {
                kept.add(path);
            }
        }
        created.clear();
        // in the order they were made, which is the order of their paths' length
        kept.sort(Comparator.comparingInt(List::size));
        created.addAll(kept);
        return text;
    }

    /** Claude Code's exclusive permission lists. */
    public static SettingsMerge claudeCode() {
        return new SettingsMerge(List.of(List.of("permissions")));
    }
}
