package dev.agentry.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.agentry.codec.Codec;

/**
 * What agentry records about its entries in a settings file, as the base of the next merge.
 *
 * @param added the entries agentry added and still owns (a remove takes out these, and only these)
 * @param declined the entries agentry wanted but left to the user: the user deleted or changed them, or had them
 *     already; they are not added again while agentry still wants them
 * @param created the objects and arrays agentry created to hold its entries, taken out again once they are empty
 */
public record EntryRecord(List<Entry> added, List<Entry> declined, List<List<String>> created) {

    public static final EntryRecord EMPTY = new EntryRecord(List.of(), List.of(), List.of());

    private static final String SOURCE = ".agentry/state.json (the record of .claude/settings.json)";

    public EntryRecord {
        added = List.copyOf(added);
        declined = List.copyOf(declined);
        created = created.stream().map(List::copyOf).toList();
    }

    /** The record as the text the state keeps: one JSON document, one entry per line. */
    public String text() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("added", Entry.shape(added));
        map.put("declined", Entry.shape(declined));
        map.put("created", new ArrayList<>(created));
        return Codec.writeJson(map);
    }

    @SuppressWarnings("unchecked")
    public static EntryRecord parse(String text) {
        Map<String, Object> map = Codec.readJsonMap(text, SOURCE);
        List<List<String>> created = new ArrayList<>();
        for (Object path : (List<Object>) map.getOrDefault("created", List.of())) {
            created.add(((List<Object>) path).stream().map(String::valueOf).toList());
        }
        return new EntryRecord(Entry.of((Map<String, Object>) map.getOrDefault("added", Map.of())),
                Entry.of((Map<String, Object>) map.getOrDefault("declined", Map.of())), created);
    }
}
