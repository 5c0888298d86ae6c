package dev.agentry.plan;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.agentry.codec.YamlEntries;

/**
 * How a managed block lives in a file the user also edits: between agentry's marker comments (CLAUDE.md, AGENTS.md),
 * or as agentry's own entries of a YAML list ({@code customModes[slug]}: the entries of {@code customModes} whose
 * {@code slug} is agentry's, in {@code .roomodes}). The block's id says which, so a recorded block is found again
 * after its target is gone.
 */
abstract class BlockHost {

    /** {@code list[idKey]}: entries of the top-level list {@code list}, told apart by {@code idKey}. */
    private static final Pattern ENTRIES = Pattern.compile("([A-Za-z][A-Za-z0-9_]*)\\[([A-Za-z][A-Za-z0-9_]*)]");

    /**
     * A block found in a file.
     *
     * @param inside the block's text as agentry compares and merges it
     */
    record Located(String inside, Object where) {
    }

    /**
     * The part of a block the user edited, when it can be kept apart from the rest (entries of a list).
     *
     * @param text the file with only that part left of the block
     * @param recorded what agentry last wrote of that part: the base of a later merge
     * @param ids the entries kept
     */
    record Part(String text, String recorded, List<String> ids) {
    }

    static BlockHost of(String blockId) {
        Matcher entries = ENTRIES.matcher(blockId);
        return entries.matches() ? new Entries(new YamlEntries(entries.group(1), entries.group(2))) : Markers.INSTANCE;
    }

    /**
     * The block in a file's text; empty when the file has none. {@code insides} are the block's texts agentry knows
     * (recorded, rendered), from which entries are told apart by id.
     */
    abstract Optional<Located> find(String text, String id, String path, List<String> insides);

    /** A new file that holds only the block. */
    abstract String create(String id, String inside);

    /** The file with the block added (it had none); the rest kept. */
    abstract String append(String text, String id, String inside, String path);

    /** The file with the block's inside replaced; the rest kept. */
    abstract String replace(Located found, String id, String inside);

    /** The file without the block; blank when nothing of the user's is left. */
    abstract String remove(Located found);

    /**
     * For a block the user edited that is no longer wanted: the file without the parts the user did not edit; empty when
     * the block is kept or removed whole (marker blocks).
     */
    Optional<Part> partly(Located found, String recorded) {
        return Optional.empty();
    }

    /** The block as the plan's reasons name it: "the team block". */
    abstract String what(String id);

    /**
     * True when a block agentry finds but did not record is the user's own (a mode of theirs with the name of one of
     * agentry's): then it is refused like a file agentry did not write. An untracked marker block is agentry's.
     */
    abstract boolean untrackedIsTheUsers();

    /** False when conflict markers would break the file for its tool (YAML): conflicts then go to a .rej file. */
    abstract boolean takesConflictMarkers();

    /** Marker comments around the block, {@code <!-- BEGIN agentry id ... -->} ... {@code <!-- END agentry id -->}. */
    private static final class Markers extends BlockHost {

        static final Markers INSTANCE = new Markers();

        @Override
        Optional<Located> find(String text, String id, String path, List<String> insides) {
            return Blocks.find(text, id, path).map(found -> new Located(found.inside(), found));
        }

        @Override
        String create(String id, String inside) {
            return Blocks.create(id, inside);
        }

        @Override
        String append(String text, String id, String inside, String path) {
            return Blocks.append(text, id, inside);
        }

        @Override
        String replace(Located found, String id, String inside) {
            return Blocks.replace((Blocks.Found) found.where(), id, inside);
        }

        @Override
        String remove(Located found) {
            return Blocks.remove((Blocks.Found) found.where());
        }

        @Override
        String what(String id) {
            return "the " + id + " block";
        }

        @Override
        boolean untrackedIsTheUsers() {
            return false;
        }

        @Override
        boolean takesConflictMarkers() {
            return true;
        }
    }

    /** agentry's entries in a YAML list the user shares. */
    private static final class Entries extends BlockHost {

        private final YamlEntries entries;

        Entries(YamlEntries entries) {
            this.entries = entries;
        }

        @Override
        Optional<Located> find(String text, String id, String path, List<String> insides) {
            java.util.Set<String> ids = new java.util.LinkedHashSet<>();
            insides.forEach(inside -> ids.addAll(entries.ids(inside)));
            return entries.locate(text, ids, path).map(found -> new Located(found.inside(), found));
        }

        @Override
        String create(String id, String inside) {
            return entries.create(inside);
        }

        @Override
        String append(String text, String id, String inside, String path) {
            return entries.append(text, inside, path);
        }

        @Override
        String replace(Located found, String id, String inside) {
            return entries.replace((YamlEntries.Located) found.where(), inside);
        }

        @Override
        String remove(Located found) {
            return entries.remove((YamlEntries.Located) found.where());
        }

        @Override
        Optional<Part> partly(Located found, String recorded) {
            java.util.Map<String, String> before = entries.each(recorded);
            java.util.Map<String, String> now = entries.each(found.inside());
            List<String> edited = now.keySet().stream().filter(id -> !now.get(id).equals(before.get(id))).toList();
            if (edited.size() == now.size()) {
                return Optional.empty();
            }
            String keptNow = String.join("", edited.stream().map(now::get).toList());
            String keptBefore = String.join("", edited.stream().filter(before::containsKey).map(before::get).toList());
            YamlEntries.Located located = (YamlEntries.Located) found.where();
            return Optional.of(new Part(edited.isEmpty() ? entries.remove(located) : entries.replace(located, keptNow), keptBefore,
                    edited));
        }

        @Override
        String what(String id) {
            return "agentry's entries (" + id + ")";
        }

        @Override
        boolean untrackedIsTheUsers() {
            return true;
        }

        @Override
        boolean takesConflictMarkers() {
            return false;
        }
    }
}
