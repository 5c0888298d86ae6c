package dev.agentry.codec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * agentry's entries in a list written in flow style, as in a JSON {@code .roomodes}: each entry a JSON object, spliced
 * in and out between the commas of the list, so that the user's entries and layout stay as they were.
 */
final class FlowEntries {

    /**
     * A flow list in a file's text.
     *
     * @param open the offset of its {@code [}
     * @param close the offset of its {@code ]}
     * @param items each item's start and end offsets, in order
     * @param column the column new items start at
     */
    record FlowList(int open, int close, List<int[]> items, int column) {

        FlowList {
            items = List.copyOf(items);
        }
    }

    private FlowEntries() {
    }

    /**
     * The list with the items at {@code removed} taken out (with their commas), those at {@code replaced} rewritten, and
     * {@code added} put after the last item that stays.
     */
    static String edit(String text, FlowList list, List<Integer> removed, Map<Integer, Map<String, Object>> replaced,
            List<Map<String, Object>> added) {
        int n = list.items().size();
        boolean[] gone = new boolean[n];
        removed.forEach(i -> gone[i] = true);
        int lastKept = -1;
        for (int i = 0; i < n; i++) {
            if (!gone[i]) {
                lastKept = i;
            }
        }
        String pad = " ".repeat(list.column());
        if (lastKept < 0) {
            // nothing of the list stays: its inside is written afresh
            StringBuilder inside = new StringBuilder();
            for (int i = 0; i < added.size(); i++) {
                inside.append(i == 0 ? "\n" : ",\n").append(pad).append(json(added.get(i), list.column()));
            }
            if (!added.isEmpty()) {
                inside.append('\n').append(" ".repeat(Math.max(0, list.column() - CanonicalYaml.INDENT)));
            }
            return text.substring(0, list.open() + 1) + inside + text.substring(list.close());
        }
        List<int[]> cuts = new ArrayList<>();
        List<String> pastes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int[] item = list.items().get(i);
            if (gone[i] && i < lastKept) {
                // up to the next item: the comma and the spaces after it go too
                cuts.add(new int[] {item[0], list.items().get(i + 1)[0]});
                pastes.add("");
            }
            else if (gone[i]) {
                // after the last item that stays: from its end, so that its comma goes
                cuts.add(new int[] {list.items().get(i - 1)[1], item[1]});
                pastes.add("");
            }
            else if (replaced.containsKey(i)) {
                cuts.add(new int[] {item[0], item[1]});
                pastes.add(json(replaced.get(i), list.column()));
            }
        }
        StringBuilder more = new StringBuilder();
        added.forEach(entry -> more.append(",\n").append(pad).append(json(entry, list.column())));
        if (!more.isEmpty()) {
            int at = list.items().get(lastKept)[1];
            cuts.add(new int[] {at, at});
            pastes.add(more.toString());
        }
        return applied(text, cuts, pastes);
    }

    /** An entry as a JSON object whose lines after the first start at {@code column}. */
    static String json(Map<String, Object> entry, int column) {
        String json = Codec.writeJson(typed(entry)).stripTrailing();
        return json.replace("\n", "\n" + " ".repeat(column));
    }

    @SuppressWarnings("unchecked")
    private static Object typed(Object value) {
        if (value instanceof CanonicalYaml.Raw raw) {
            String text = raw.text();
            if (text.equals("null") || text.equals("~")) {
                return null;
            }
            if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(text.toLowerCase());
            }
            try {
                return text.matches("[-+]?[0-9]+") ? (Object) Long.parseLong(text) : (Object) Double.parseDouble(text);
            }
            catch (NumberFormatException e) {
                return text;
            }
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), typed(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(typed(v)));
            return out;
        }
        return value;
    }

    private static String applied(String text, List<int[]> cuts, List<String> pastes) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < cuts.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> cuts.get(a)[0] != cuts.get(b)[0] ? Integer.compare(cuts.get(b)[0], cuts.get(a)[0])
                : Integer.compare(cuts.get(b)[1], cuts.get(a)[1]));
        StringBuilder out = new StringBuilder(text);
        for (int i : order) {
            out.replace(cuts.get(i)[0], cuts.get(i)[1], pastes.get(i));
        }
        return out.toString();
    }
}
