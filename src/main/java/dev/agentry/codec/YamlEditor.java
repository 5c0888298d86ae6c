package dev.agentry.codec;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Gives a YAML mapping's text new values by editing it in place, so that a file people edit by hand keeps its
 * comments, key order, blank lines, quoting, line endings and byte order mark: a changed value is spliced over the old
 * one (an item of a block list over its line), a key that must go is removed with its lines, a new key is added at the
 * end. The places come from snakeyaml-engine's node marks (the parser Jackson's YAML support is built on).
 */
public final class YamlEditor {

    private static final LoadSettings SETTINGS = LoadSettings.builder().setLabel("answers").build();

    private final String text;
    private final String eol;
    /** Code point offsets (snakeyaml-engine's marks) equal char offsets when no character needs two chars. */
    private final boolean singleCharsOnly;
    private final List<Edit> edits = new ArrayList<>();

    /** One replacement of the text between two char offsets (equal offsets insert). */
    private record Edit(int start, int end, String replacement) {
    }

    /** Thrown inside the editor for a layout it does not edit in place; {@link #update} then gives empty. */
    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }

    private YamlEditor(String text) {
        this.text = text;
        this.eol = lineEnding(text);
        this.singleCharsOnly = text.length() == text.codePointCount(0, text.length());
    }

    /**
     * The text with the mapping's values replaced by {@code values}, changing only what differs (a value that reads the
     * same, such as {@code "90"} for 90, is left as written); the same text when nothing differs. Empty when the text
     * is laid out in a way that is not edited in place (a flow mapping {@code {a: 1}} at the top, keys that are not
     * plain text): the caller then writes the values afresh.
     *
     * @param text a YAML mapping, already read without error
     * @param values the values the mapping should hold, in order; new keys are added at the end in this order
     */
    public static Optional<String> update(String text, Map<String, ?> values) {
        return update(text, Codec.readYamlMap(text, "answers"), values);
    }

    /** {@link #update(String, Map)} for a text whose values have been read already ({@code before}). */
    public static Optional<String> update(String text, Map<String, Object> before, Map<String, ?> values) {
        if (sameEntries(before, values)) {
            return Optional.of(text);
        }
        try {
            return Optional.of(new YamlEditor(text).edit(before, values));
        }
        catch (Unsupported | YamlEngineException e) {
            return Optional.empty();
        }
    }

    /** The line ending a text uses (its first one), LF when it has none. */
    public static String lineEnding(String text) {
        int newline = text.indexOf('\n');
        if (newline > 0 && text.charAt(newline - 1) == '\r') {
            return "\r\n";
        }
        return newline < 0 && text.indexOf('\r') >= 0 ? "\r" : "\n";
    }

    private String edit(Map<String, Object> before, Map<String, ?> values) {
        Optional<Node> root = new Compose(SETTINGS).composeString(text);
        int lastLineEnd = 0;
        if (root.isPresent()) {
            if (!(root.get() instanceof MappingNode mapping) || mapping.getFlowStyle() == FlowStyle.FLOW) {
                throw new Unsupported();
            }
            for (NodeTuple entry : mapping.getValue()) {
                if (!(entry.getKeyNode() instanceof ScalarNode key)) {
                    throw new Unsupported();
                }
                String name = key.getValue();
                if (!values.containsKey(name)) {
                    edits.add(new Edit(lineStart(start(key)), lineEnd(contentEnd(entry.getValueNode())), ""));
                }
                else if (!same(before.get(name), values.get(name))) {
                    replace(entry, values.get(name));
                }
                lastLineEnd = Math.max(lastLineEnd, lineEnd(contentEnd(entry.getValueNode())));
            }
        }
        Map<String, Object> added = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (!before.containsKey(key)) {
                added.put(key, value);
            }
        });
        if (!added.isEmpty()) {
            append(added, lastLineEnd);
        }
        return applied();
    }

    /** A changed value, spliced over the old one; a value of another shape rewrites the whole entry. */
    private void replace(NodeTuple entry, Object value) {
        Node old = entry.getValueNode();
        boolean scalarValue = !(value instanceof Collection<?>) && !(value instanceof Map<?, ?>);
        if (isListOfScalars(value) && !((Collection<?>) value).isEmpty() && isEmpty(old)
                && text.substring(end(old), beforeBreak(end(old))).isBlank()) {
            // "agents: []" or "agents:" getting items: a block list, as agentry lays lists out ("[]" had no choice)
            StringBuilder block = new StringBuilder();
            for (Object item : (Collection<?>) value) {
                block.append(eol).append("  - ").append(YamlScalars.scalar(item, ScalarStyle.PLAIN));
            }
            edits.add(new Edit(text.indexOf(':', end(entry.getKeyNode())) + 1, beforeBreak(end(old)), block.toString()));
            return;
        }
        if (old instanceof ScalarNode scalar && (scalarValue || isListOfScalars(value))) {
            String rendered = inline(value, scalar.getScalarStyle());
            // an empty value ("key:") starts right after the colon
            boolean bare = start(old) == end(old) || start(old) > 0 && text.charAt(start(old) - 1) == ':';
            edits.add(new Edit(start(old), end(old), (bare ? " " : "") + rendered));
        }
        else if (old instanceof SequenceNode list && list.getFlowStyle() == FlowStyle.FLOW
                && (scalarValue || isListOfScalars(value))) {
            edits.add(new Edit(start(old), end(old), inline(value, ScalarStyle.PLAIN)));
        }
        else if (old instanceof SequenceNode list && isListOfScalars(list.getValue()) && isListOfScalars(value)
                && !((Collection<?>) value).isEmpty() && itemsOnTheirOwnLines(list)) {
            editItems(list, new ArrayList<>((Collection<?>) value));
        }
        else if (old instanceof SequenceNode && (scalarValue || isListOfScalars(value))) {
            // a block list that becomes empty or a single value: "key: []" on the key's line (keeping a comment there),
            // and the item lines go
            int colon = text.indexOf(':', end(entry.getKeyNode()));
            edits.add(new Edit(colon + 1, colon + 1, " " + inline(value, ScalarStyle.PLAIN)));
            edits.add(new Edit(beforeBreak(colon), beforeBreak(contentEnd(old)), ""));
        }
        else {
            Map<String, Object> single = new LinkedHashMap<>();
            single.put(((ScalarNode) entry.getKeyNode()).getValue(), value);
            String block = Codec.writeYaml(single);
            edits.add(new Edit(start(entry.getKeyNode()), contentEnd(old), withEol(block.substring(0, block.length() - 1))));
        }
    }

    /** A scalar in the given style, or a list of scalars as a flow list: text that fits on the key's line. */
    private static String inline(Object value, ScalarStyle style) {
        return value instanceof Collection<?> list ? YamlScalars.flowList(list) : YamlScalars.scalar(value, style);
    }

    /**
     * A block list changed item by item: the lines of items still there are kept (with their comments), an item
     * replaced by another is rewritten in place, the lines of items gone are removed, and new items get lines of their
     * own after the item they follow, written as the first item is (its indent, its quotes).
     */
    private void editItems(SequenceNode list, List<Object> wanted) {
        List<Node> items = list.getValue();
        int first = start(items.get(0));
        String prefix = text.substring(lineStart(first), first);
        ScalarStyle style = ((ScalarNode) items.get(0)).getScalarStyle();
        int next = 0;
        int insertAt = lineStart(first);
        for (int w = 0; w < wanted.size(); w++) {
            Object item = wanted.get(w);
            int found = -1;
            for (int i = next; i < items.size(); i++) {
                if (same(((ScalarNode) items.get(i)).getValue(), item)) {
                    found = i;
                    break;
                }
            }
            if (found < 0 && next < items.size() && !wantedLater(wanted, w, (ScalarNode) items.get(next))) {
                // the item in this place is replaced: in place, as a changed value is, keeping the rest of its line
                ScalarNode old = (ScalarNode) items.get(next);
                edits.add(new Edit(start(old), end(old), YamlScalars.scalar(item, old.getScalarStyle())));
                insertAt = lineEnd(end(old));
                next++;
                continue;
            }
            if (found < 0) {
                String line = prefix + YamlScalars.scalar(item, style);
                boolean lastWithoutBreak = insertAt == text.length() && !endsWithBreak(text);
                edits.add(new Edit(insertAt, insertAt, lastWithoutBreak ? eol + line : line + eol));
                continue;
            }
            for (int i = next; i < found; i++) {
                removeLine(items.get(i));
            }
            next = found + 1;
            insertAt = lineEnd(end(items.get(found)));
        }
        for (int i = next; i < items.size(); i++) {
            removeLine(items.get(i));
        }
    }

    private static boolean wantedLater(List<Object> wanted, int from, ScalarNode item) {
        return wanted.subList(from, wanted.size()).stream().anyMatch(w -> same(item.getValue(), w));
    }

    private void removeLine(Node item) {
        edits.add(new Edit(lineStart(start(item)), lineEnd(end(item)), ""));
    }

    /** True when each item of the block list stands alone on its line, after its dash, with at most a comment after it. */
    private boolean itemsOnTheirOwnLines(SequenceNode list) {
        for (Node item : list.getValue()) {
            String before = text.substring(lineStart(start(item)), start(item));
            String after = text.substring(end(item), lineEnd(end(item))).strip();
            if (!before.strip().equals("-") || !(after.isEmpty() || after.startsWith("#"))) {
                return false;
            }
        }
        return true;
    }

    /** New keys after the last entry (at the end of the file unless something other than comments follows it). */
    private void append(Map<String, Object> added, int lastLineEnd) {
        String rest = text.substring(lastLineEnd);
        boolean onlyComments = rest.lines().allMatch(line -> line.isBlank() || line.strip().startsWith("#"));
        int at = onlyComments ? text.length() : lastLineEnd;
        String block = withEol(Codec.writeYaml(added));
        boolean needsBreak = at > 0 && !endsWithBreak(text.substring(0, at));
        edits.add(new Edit(at, at, needsBreak ? eol + block : block));
    }

    /** The edits applied in order, keeping the text's final line break or its lack of one. */
    private String applied() {
        edits.sort(Comparator.comparingInt(Edit::start).thenComparingInt(e -> e.end() == e.start() ? 0 : 1));
        StringBuilder out = new StringBuilder(text.length() + 64);
        int cursor = 0;
        for (Edit edit : edits) {
            if (edit.start() < cursor) {
                throw new Unsupported();
            }
            out.append(text, cursor, edit.start()).append(edit.replacement());
            cursor = edit.end();
        }
        out.append(text, cursor, text.length());
        String result = out.toString();
        if (!text.isEmpty() && !endsWithBreak(text) && endsWithBreak(result)) {
            result = result.substring(0, result.length() - eol.length());
        }
        return result;
    }

    /** An empty flow list, or no value at all ("key:", "key: null"). */
    private static boolean isEmpty(Node node) {
        if (node instanceof SequenceNode list) {
            return list.getFlowStyle() == FlowStyle.FLOW && list.getValue().isEmpty();
        }
        return node instanceof ScalarNode scalar && scalar.isPlain() && List.of("", "null", "~").contains(scalar.getValue());
    }

    private static boolean isListOfScalars(Object value) {
        if (!(value instanceof Collection<?> items)) {
            return false;
        }
        for (Object item : items) {
            if (item == null || item instanceof Collection<?> || item instanceof Map<?, ?>
                    || item instanceof Node && !(item instanceof ScalarNode)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Equal values, or scalars that read the same as text ({@code "90"} and 90, {@code 'true'} and true): a value the
     * user wrote in another form than agentry would is not rewritten.
     */
    static boolean same(Object a, Object b) {
        if (Objects.equals(a, b)) {
            return true;
        }
        if (a instanceof List<?> left && b instanceof Collection<?> right) {
            if (left.size() != right.size()) {
                return false;
            }
            int i = 0;
            for (Object item : right) {
                if (!same(left.get(i++), item)) {
                    return false;
                }
            }
            return true;
        }
        boolean scalars = a != null && b != null && !(a instanceof Collection<?>) && !(b instanceof Collection<?>)
                && !(a instanceof Map<?, ?>) && !(b instanceof Map<?, ?>);
        return scalars && String.valueOf(a).equals(String.valueOf(b));
    }

    private static boolean sameEntries(Map<String, Object> before, Map<String, ?> after) {
        if (!before.keySet().equals(after.keySet())) {
            return false;
        }
        return after.entrySet().stream().allMatch(e -> same(before.get(e.getKey()), e.getValue()));
    }

    /** Where a node's text ends: for a block collection, where its last item ends (its mark lies past comments). */
    private int contentEnd(Node node) {
        if (node instanceof SequenceNode list && list.getFlowStyle() != FlowStyle.FLOW && !list.getValue().isEmpty()) {
            return contentEnd(list.getValue().get(list.getValue().size() - 1));
        }
        if (node instanceof MappingNode map && map.getFlowStyle() != FlowStyle.FLOW && !map.getValue().isEmpty()) {
            return contentEnd(map.getValue().get(map.getValue().size() - 1).getValueNode());
        }
        return end(node);
    }

    private int start(Node node) {
        return offset(node.getStartMark());
    }

    /** Where a node ends, before any spaces and line breaks its mark includes (a "|" scalar's last line break). */
    private int end(Node node) {
        int start = start(node);
        int end = offset(node.getEndMark());
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private int offset(Optional<Mark> mark) {
        int index = mark.orElseThrow(Unsupported::new).getIndex();
        return singleCharsOnly ? index : text.offsetByCodePoints(0, index);
    }

    private int lineStart(int offset) {
        int i = offset;
        while (i > 0 && !isBreak(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /**
     * The offset just after the line break that ends the line holding {@code offset} (the text's end on the last line);
     * an offset that already starts a line is where its line ends.
     */
    private int lineEnd(int offset) {
        if (offset > 0 && isBreak(text.charAt(offset - 1))) {
            return offset;
        }
        int i = offset;
        while (i < text.length() && !isBreak(text.charAt(i))) {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '\r') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '\n') {
            i++;
        }
        return i;
    }

    /** The offset of the line break that ends the line holding {@code offset} (the text's end on the last line). */
    private int beforeBreak(int offset) {
        int i = offset;
        while (i < text.length() && !isBreak(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r';
    }

    private String withEol(String lfText) {
        return eol.equals("\n") ? lfText : lfText.replace("\n", eol);
    }

    private static boolean endsWithBreak(String text) {
        return text.endsWith("\n") || text.endsWith("\r");
    }
}
