package dev.agentry.codec;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

import dev.agentry.support.AgentryException;

/**
 * agentry's own entries in a YAML list it shares with the user (Roo Code's {@code customModes} in {@code .roomodes}),
 * each told apart by an id key ({@code slug}): found, replaced, added and removed entry by entry, by editing the file's
 * text where they stand, so that the user's entries, comments and order stay byte for byte as they were.
 *
 * <p>agentry's entries read as one text, their <em>canonical</em> form: sorted by id, each a block sequence item in one
 * layout (multi-line text as {@code |} literal blocks), whatever layout the file holds them in. A tool that rewrote the
 * file in its own layout (Roo Code does when modes are edited in its settings) therefore changes nothing agentry sees.
 */
public final class YamlEntries {

    private static final LoadSettings SETTINGS = LoadSettings.builder().setLabel("entries").setAllowDuplicateKeys(false)
            .setMaxAliasesForCollections(0).build();
    private static final int INDENT = CanonicalYaml.INDENT;

    private final String listKey;
    private final String idKey;

    /** One of agentry's entries in the file: its id and the lines it takes, from its dash line to its last line. */
    private record Span(String id, int start, int end, int dashColumn, Map<String, Object> value) {
    }

    /**
     * agentry's entries as found in a file.
     *
     * @param inside their canonical text
     */
    public record Located(String text, String inside, List<Span> spans, int listEnd, int dashColumn, int items,
            FlowEntries.FlowList flow) {

        public Located {
            spans = List.copyOf(spans);
        }
    }

    /**
     * The list at {@code listKey} of the top mapping, and the place where its items end.
     *
     * @param flow where its items are when it is written in flow style ({@code [...]}, as JSON is), else null
     */
    private record TheList(SequenceNode sequence, int end, int dashColumn, FlowEntries.FlowList flow) {
    }

    public YamlEntries(String listKey, String idKey) {
        this.listKey = listKey;
        this.idKey = idKey;
    }

    /** The canonical text of these entries: sorted by id, one block sequence item each, at the left margin. */
    public String canonical(Collection<? extends Map<String, ?>> entries) {
        List<Map<String, ?>> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(this::id));
        StringBuilder out = new StringBuilder();
        for (Map<String, ?> entry : sorted) {
            CanonicalYaml.item(out, entry, 0);
        }
        return out.toString();
    }

    /** Each entry of a canonical text by id, as the canonical text of that entry alone, sorted by id. */
    public Map<String, String> each(String inside) {
        Map<String, String> each = new TreeMap<>();
        entries(inside).forEach(e -> each.put(id(e), canonical(List.of(e))));
        return each;
    }

    /** The ids of the entries of a canonical text. */
    public Set<String> ids(String inside) {
        Set<String> ids = new LinkedHashSet<>();
        entries(inside).forEach(e -> ids.add(id(e)));
        return ids;
    }

    /**
     * Finds the entries whose ids are among {@code ids}; empty when the file holds none of them (or no list).
     *
     * @throws AgentryException (exit 2) when the file is not valid YAML, or not a mapping whose list agentry can edit
     */
    public Optional<Located> locate(String text, Collection<String> ids, String path) {
        Optional<TheList> list = list(text, path);
        if (list.isEmpty()) {
            return Optional.empty();
        }
        SequenceNode sequence = list.get().sequence();
        List<Span> spans = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        FlowEntries.FlowList flow = list.get().flow();
        for (int i = 0; i < sequence.getValue().size(); i++) {
            Node item = sequence.getValue().get(i);
            String id = idOf(item);
            if (id != null && ids.contains(id) && seen.add(id)) {
                if (flow != null) {
                    // the index in the list stands in for the column, which a flow item does not need
                    spans.add(new Span(id, flow.items().get(i)[0], flow.items().get(i)[1], i, mapping((MappingNode) item)));
                    continue;
                }
                int dash = dash(text, start(text, item));
                spans.add(new Span(id, lineStart(text, dash), lineEnd(text, contentEnd(text, item)), dash - lineStart(text, dash),
                        mapping((MappingNode) item)));
            }
        }
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        String inside = canonical(spans.stream().map(Span::value).toList());
        return Optional.of(new Located(text, inside, spans, list.get().end(), list.get().dashColumn(), sequence.getValue().size(),
                flow));
    }

    /** A new file that holds only the list with these entries. */
    public String create(String inside) {
        return listKey + ":\n" + indented(inside, INDENT);
    }

    /** The file with these entries added to its list (the list added when it has none); the rest kept as it was. */
    public String append(String text, String inside, String path) {
        Optional<TheList> list = list(text, path);
        if (list.isPresent() && list.get().flow() != null) {
            return FlowEntries.edit(text, list.get().flow(), List.of(), Map.of(), sorted(inside));
        }
        Optional<NodeTuple> root = topEntry(text, path);
        if (root.isEmpty() && flowRoot(text)) {
            return addToFlowRoot(text, inside);
        }
        if (list.isPresent() && !list.get().sequence().getValue().isEmpty()) {
            int at = list.get().end();
            return text.substring(0, at) + endLine(text.substring(0, at)) + indented(inside, list.get().dashColumn())
                    + text.substring(at);
        }
        Optional<NodeTuple> entry = topEntry(text, path);
        if (entry.isPresent()) {
            // "customModes:" or "customModes: []": the value is replaced by the items, the rest of the file kept
            Node key = entry.get().getKeyNode();
            int colon = text.indexOf(':', end(text, key));
            Node value = entry.get().getValueNode();
            int lineEnd = value instanceof ScalarNode ? lineEnd(text, colon + 1) : lineEnd(text, contentEnd(text, value));
            String rest = text.substring(colon + 1, lineEnd);
            String comment = rest.contains("#") ? " " + rest.substring(rest.indexOf('#')).strip() : "";
            return text.substring(0, colon + 1) + comment + "\n" + indented(inside, INDENT) + text.substring(lineEnd);
        }
        return text + endLine(text) + create(inside);
    }

    /** The file with agentry's entries made those of {@code inside}: changed ones rewritten, others added or removed. */
    public String replace(Located located, String inside) {
        String text = located.text();
        Map<String, Map<String, Object>> wanted = new TreeMap<>();
        entries(inside).forEach(e -> wanted.put(id(e), e));
        if (located.flow() != null) {
            return flowReplace(located, wanted);
        }
        List<int[]> cuts = new ArrayList<>();
        List<String> pastes = new ArrayList<>();
        for (Span span : located.spans()) {
            Map<String, Object> entry = wanted.get(span.id());
            if (entry == null) {
                cuts.add(new int[] {span.start(), span.end()});
                pastes.add("");
            }
            else if (!canonical(List.of(entry)).equals(canonical(List.of(span.value())))) {
                cuts.add(new int[] {span.start(), span.end()});
                pastes.add(indented(canonical(List.of(entry)), span.dashColumn()));
            }
        }
        Set<String> present = new LinkedHashSet<>();
        located.spans().forEach(s -> present.add(s.id()));
        for (Map.Entry<String, Map<String, Object>> entry : wanted.entrySet()) {
            if (!present.contains(entry.getKey())) {
                int at = insertionPoint(located, entry.getKey());
                cuts.add(new int[] {at, at});
                pastes.add(endLine(text.substring(0, at)) + indented(canonical(List.of(entry.getValue())), located.dashColumn()));
            }
        }
        return applied(text, cuts, pastes);
    }

    /**
     * The file without agentry's entries. When nothing but the emptied list is left, the result is empty (so that a file
     * agentry created can go); a list the user's text surrounds is left as {@code []}.
     */
    public String remove(Located located) {
        String text = located.text();
        if (located.flow() != null) {
            return flowReplace(located, Map.of());
        }
        List<int[]> cuts = new ArrayList<>();
        List<String> pastes = new ArrayList<>();
        located.spans().forEach(s -> {
            cuts.add(new int[] {s.start(), s.end()});
            pastes.add("");
        });
        String rest = applied(text, cuts, pastes);
        if (located.items() > located.spans().size()) {
            return rest;
        }
        if (rest.strip().equals(listKey + ":")) {
            return "";
        }
        int key = keyLine(rest);
        if (key < 0) {
            return rest;
        }
        int lineEnd = rest.indexOf('\n', key);
        String line = lineEnd < 0 ? rest.substring(key) : rest.substring(key, lineEnd);
        return rest.substring(0, key) + line.replaceFirst(Pattern.quote(listKey + ":"), listKey + ": []")
                + (lineEnd < 0 ? "" : rest.substring(lineEnd));
    }

    /** agentry's entries of a flow list made {@code wanted}: changed ones rewritten, others added or taken out. */
    private String flowReplace(Located located, Map<String, Map<String, Object>> wanted) {
        List<Integer> removed = new ArrayList<>();
        Map<Integer, Map<String, Object>> replaced = new LinkedHashMap<>();
        Set<String> present = new LinkedHashSet<>();
        for (Span span : located.spans()) {
            // a flow span's dashColumn holds its index in the list
            present.add(span.id());
            Map<String, Object> entry = wanted.get(span.id());
            if (entry == null) {
                removed.add(span.dashColumn());
            }
            else if (!canonical(List.of(entry)).equals(canonical(List.of(span.value())))) {
                replaced.put(span.dashColumn(), entry);
            }
        }
        List<Map<String, Object>> added = new ArrayList<>();
        wanted.forEach((id, entry) -> {
            if (!present.contains(id)) {
                added.add(entry);
            }
        });
        return FlowEntries.edit(located.text(), located.flow(), removed, replaced, added);
    }

    /** The entries of a canonical text, sorted by id. */
    private List<Map<String, Object>> sorted(String inside) {
        Map<String, Map<String, Object>> byId = new TreeMap<>();
        entries(inside).forEach(e -> byId.put(id(e), e));
        return new ArrayList<>(byId.values());
    }

    /** True when the file's top mapping is written in flow style ({@code {...}}, as JSON is). */
    private static boolean flowRoot(String text) {
        Optional<Node> root = new Compose(SETTINGS).composeString(text);
        return root.isPresent() && root.get() instanceof MappingNode mapping && mapping.getFlowStyle() == FlowStyle.FLOW;
    }

    /** A JSON-style file without the list: the list, with these entries, added as the top mapping's last key. */
    private String addToFlowRoot(String text, String inside) {
        MappingNode root = (MappingNode) new Compose(SETTINGS).composeString(text).orElseThrow();
        int close = end(text, root) - 1;
        while (close > 0 && text.charAt(close) != '}') {
            close--;
        }
        StringBuilder list = new StringBuilder("\"" + listKey + "\": [");
        List<Map<String, Object>> entries = sorted(inside);
        for (int i = 0; i < entries.size(); i++) {
            list.append(i == 0 ? "\n" : ",\n").append(" ".repeat(2 * INDENT)).append(FlowEntries.json(entries.get(i), 2 * INDENT));
        }
        list.append("\n").append(" ".repeat(INDENT)).append(']');
        if (root.getValue().isEmpty()) {
            return text.substring(0, close) + "\n" + " ".repeat(INDENT) + list + "\n" + text.substring(close);
        }
        int at = end(text, root.getValue().get(root.getValue().size() - 1).getValueNode());
        return text.substring(0, at) + ",\n" + " ".repeat(INDENT) + list + text.substring(at);
    }

    // ---- reading the file

    private Optional<TheList> list(String text, String path) {
        Optional<NodeTuple> entry = topEntry(text, path);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        Node value = entry.get().getValueNode();
        if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)) {
            return Optional.empty();
        }
        if (!(value instanceof SequenceNode sequence)) {
            throw AgentryException.usage(path + ":" + line(value) + ": " + listKey + " is not a list. Make it a list of entries"
                    + " (or remove the key) and run again.");
        }
        // a list in flow style gets its entries in JSON, except an empty "[]" in a YAML file, which becomes a block list
        if (sequence.getFlowStyle() == FlowStyle.FLOW && (!sequence.getValue().isEmpty() || flowRoot(text))) {
            return Optional.of(new TheList(sequence, -1, INDENT, flowList(text, sequence, entry.get().getKeyNode())));
        }
        if (sequence.getValue().isEmpty()) {
            return Optional.of(new TheList(sequence, -1, INDENT, null));
        }
        List<Node> items = sequence.getValue();
        int dash = dash(text, start(text, items.get(0)));
        int end = lineEnd(text, contentEnd(text, items.get(items.size() - 1)));
        return Optional.of(new TheList(sequence, end, dash - lineStart(text, dash), null));
    }

    /** Where a flow list and its items are: new items start at its first item's column (two more than the key's). */
    private static FlowEntries.FlowList flowList(String text, SequenceNode sequence, Node key) {
        int open = start(text, sequence);
        int close = end(text, sequence) - 1;
        List<int[]> items = new ArrayList<>();
        sequence.getValue().forEach(item -> items.add(new int[] {start(text, item), end(text, item)}));
        int column = items.isEmpty() ? start(text, key) - lineStart(text, start(text, key)) + INDENT
                : items.get(0)[0] - lineStart(text, items.get(0)[0]);
        return new FlowEntries.FlowList(open, close, items, column);
    }

    private Optional<NodeTuple> topEntry(String text, String path) {
        Optional<Node> root;
        try {
            root = new Compose(SETTINGS).composeString(text);
        }
        catch (MarkedYamlEngineException e) {
            String line = e.getProblemMark().map(m -> ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1)).orElse("");
            throw AgentryException.usage(path + line + ": invalid YAML: " + e.getProblem() + ". Fix the file (the tool that"
                    + " reads it loads none of its entries while it is invalid) and run again.");
        }
        catch (YamlEngineException e) {
            throw AgentryException.usage(path + ": invalid YAML: " + e.getMessage() + ". Fix the file and run again.");
        }
        if (root.isEmpty() || root.get() instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)) {
            return Optional.empty();
        }
        if (!(root.get() instanceof MappingNode mapping)) {
            throw AgentryException.usage(path + ":" + line(root.get()) + ": expected a YAML (or JSON) mapping with a "
                    + listKey + " list; fix the file (or move it away) and run again.");
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(listKey)) {
                return Optional.of(tuple);
            }
        }
        return Optional.empty();
    }

    private String idOf(Node item) {
        if (!(item instanceof MappingNode mapping)) {
            return null;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(idKey)
                    && tuple.getValueNode() instanceof ScalarNode value) {
                return value.getValue();
            }
        }
        return null;
    }

    private static Object value(Node node) {
        if (node instanceof MappingNode mapping) {
            return mapping(mapping);
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> items = new ArrayList<>();
            sequence.getValue().forEach(n -> items.add(value(n)));
            return items;
        }
        ScalarNode scalar = (ScalarNode) node;
        Tag tag = scalar.getTag();
        if (tag.equals(Tag.BOOL) || tag.equals(Tag.INT) || tag.equals(Tag.FLOAT) || tag.equals(Tag.NULL)) {
            return new CanonicalYaml.Raw(scalar.getValue().isEmpty() ? "null" : scalar.getValue());
        }
        return scalar.getValue();
    }

    private static Map<String, Object> mapping(MappingNode mapping) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Object key = value(tuple.getKeyNode());
            map.put(key instanceof CanonicalYaml.Raw raw ? raw.text() : String.valueOf(key), value(tuple.getValueNode()));
        }
        return map;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> entries(String inside) {
        if (inside.isBlank()) {
            return List.of();
        }
        Optional<Node> root = new Compose(SETTINGS).composeString(inside);
        List<Map<String, Object>> entries = new ArrayList<>();
        if (root.isPresent() && root.get() instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof MappingNode mapping) {
                    entries.add(mapping(mapping));
                }
            }
        }
        return entries;
    }

    private String id(Map<String, ?> entry) {
        Object id = entry.get(idKey);
        return id == null ? "" : String.valueOf(id instanceof CanonicalYaml.Raw raw ? raw.text() : id);
    }

    // ---- places in the text

    /** A canonical text (items at the left margin) moved to the right by {@code column}. */
    private static String indented(String canonical, int column) {
        if (column == 0) {
            return canonical;
        }
        StringBuilder out = new StringBuilder();
        String pad = " ".repeat(column);
        for (String line : canonical.split("\n", -1)) {
            if (!line.isEmpty()) {
                out.append(pad).append(line);
            }
            out.append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    /** Where a new entry goes: before the first of agentry's entries with a greater id, else after the last of them. */
    private static int insertionPoint(Located located, String id) {
        for (Span span : located.spans()) {
            if (span.id().compareTo(id) > 0) {
                return span.start();
            }
        }
        return located.spans().get(located.spans().size() - 1).end();
    }

    private int keyLine(String text) {
        int at = 0;
        while (at <= text.length()) {
            if (text.startsWith(listKey + ":", at)) {
                return at;
            }
            int next = text.indexOf('\n', at);
            if (next < 0) {
                return -1;
            }
            at = next + 1;
        }
        return -1;
    }

    private static String applied(String text, List<int[]> cuts, List<String> pastes) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < cuts.size(); i++) {
            order.add(i);
        }
        // from the end, so that earlier offsets stay right; at one place a cut goes before an insertion there, and
        // insertions keep their order
        order.sort(Comparator.<Integer>comparingInt(i -> cuts.get(i)[0]).reversed()
                .thenComparing(Comparator.<Integer>comparingInt(i -> cuts.get(i)[1]).reversed())
                .thenComparing(Comparator.reverseOrder()));
        StringBuilder out = new StringBuilder(text);
        for (int i : order) {
            out.replace(cuts.get(i)[0], cuts.get(i)[1], pastes.get(i));
        }
        return out.toString();
    }

    /** A line break when the text so far does not end with one (and is not empty). */
    private static String endLine(String before) {
        return before.isEmpty() || before.endsWith("\n") ? "" : "\n";
    }

    private static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
    }

    private static int start(String text, Node node) {
        return offset(text, node.getStartMark());
    }

    private static int offset(String text, Optional<Mark> mark) {
        int index = mark.orElseThrow().getIndex();
        return text.length() == text.codePointCount(0, text.length()) ? index : text.offsetByCodePoints(0, index);
    }

    /** The dash of the block sequence item whose content starts at {@code start}. */
    private static int dash(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) != '-' && text.charAt(i) != '\n') {
            i--;
        }
        return i >= 0 && text.charAt(i) == '-' ? i : start;
    }

    /** Where a node's content ends, before the spaces and line breaks its mark includes. */
    private static int contentEnd(String text, Node node) {
        if (node instanceof SequenceNode list && list.getFlowStyle() != FlowStyle.FLOW && !list.getValue().isEmpty()) {
            return contentEnd(text, list.getValue().get(list.getValue().size() - 1));
        }
        if (node instanceof MappingNode map && map.getFlowStyle() != FlowStyle.FLOW && !map.getValue().isEmpty()) {
            return contentEnd(text, map.getValue().get(map.getValue().size() - 1).getValueNode());
        }
        int start = start(text, node);
        int end = offset(text, node.getEndMark());
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static int end(String text, Node node) {
        return offset(text, node.getEndMark());
    }

    private static int lineStart(String text, int offset) {
        int i = offset;
        while (i > 0 && text.charAt(i - 1) != '\n') {
            i--;
        }
        return i;
    }

    /** Just after the line break that ends the line holding {@code offset}; an offset that starts a line stays. */
    private static int lineEnd(String text, int offset) {
        if (offset > 0 && text.charAt(offset - 1) == '\n') {
            return offset;
        }
        int i = text.indexOf('\n', offset);
        return i < 0 ? text.length() : i + 1;
    }
}
