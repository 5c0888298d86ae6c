package dev.agentry.codec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.agentry.support.AgentryException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * A JSON file people edit by hand, edited in place: entries are added and removed by splicing the text, so that every
 * other byte (key order, indentation, spacing, blank lines) stays as it was. Each edit returns a new document, parsed
 * again from the new text. Strict like every reader of agentry: no comments, no duplicate keys, an object at the top.
 */
public final class JsonDocument {

    private static final JsonFactory STRICT = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final String DEFAULT_INDENT = "  ";

    /** What a value is, as far as an editor of entries cares. */
    public enum Kind {
        OBJECT, ARRAY, STRING, OTHER
    }

    /** A value with its place in the text: {@code start} inclusive, {@code end} exclusive. */
    private record Node(Kind kind, int start, int end, List<String> keys, List<Integer> keyStarts, List<Node> children,
            String string) {

        /** Where the entry at index {@code i} starts: a member at its key, an item at its value. */
        int entryStart(int i) {
            return kind == Kind.OBJECT ? keyStarts.get(i) : children.get(i).start;
        }
    }

    private final String text;
    private final String source;
    private final Node root;

    private JsonDocument(String text, String source, Node root) {
        this.text = text;
        this.source = source;
        this.root = root;
    }

    /**
     * Parses a file's text (normalised: LF line endings, no byte order mark). A blank text is an empty object.
     *
     * @throws AgentryException (exit 2) naming the file, line and column when it is not JSON, holds comments, repeats a
     *     key or is not an object
     */
    public static JsonDocument parse(String text, String source) {
        if (text.isBlank()) {
            return parse("{}\n", source);
        }
        try (JsonParser parser = STRICT.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw AgentryException.usage(Codec.where(source, parser.currentTokenLocation()) + "expected a JSON object at"
                        + " the top level, found " + describe(first) + ". Fix the file (or move it away) and run again;"
                        + " nothing was written.");
            }
            Node root = read(parser, text);
            if (parser.nextToken() != null) {
                throw AgentryException.usage(Codec.where(source, parser.currentTokenLocation()) + "more than one JSON value;"
                        + " the file must hold one object. Nothing was written.");
            }
            return new JsonDocument(text, source, root);
        }
        catch (JacksonException e) {
            String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            if (message.contains("comment")) {
                throw AgentryException.usage(Codec.where(source, e.getLocation()) + "JSON comments are not allowed: agentry"
                        + " edits this file entry by entry and cannot keep comments. Remove them (or keep the notes"
                        + " elsewhere), or leave agentry's entries out with --set claude-settings=false. Nothing was"
                        + " written.");
            }
            AgentryException translated = Codec.translate(e, source);
            throw AgentryException.usage(translated.getMessage() + " Fix the file (or move it away) and run again;"
                    + " nothing was written.");
        }
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.name();
        };
    }

    /** Reads the value whose first token the parser is on; objects record where each key starts. */
    private static Node read(JsonParser parser, String text) {
        int start = (int) parser.currentTokenLocation().getCharOffset();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            List<String> keys = new ArrayList<>();
            List<Node> children = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                keys.add(parser.currentName());
                starts.add((int) parser.currentTokenLocation().getCharOffset());
                parser.nextToken();
                children.add(read(parser, text));
            }
            int end = (int) parser.currentTokenLocation().getCharOffset() + 1;
            return new Node(Kind.OBJECT, start, end, keys, starts, children, null);
        }
        if (token == JsonToken.START_ARRAY) {
            List<Node> children = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                children.add(read(parser, text));
            }
            int end = (int) parser.currentTokenLocation().getCharOffset() + 1;
            return new Node(Kind.ARRAY, start, end, List.of(), List.of(), children, null);
        }
        if (token == JsonToken.VALUE_STRING) {
            String value = parser.getString();
            return new Node(Kind.STRING, start, stringEnd(text, start), List.of(), List.of(), List.of(), value);
        }
        return new Node(Kind.OTHER, start, scalarEnd(text, start), List.of(), List.of(), List.of(), null);
    }

    private static int stringEnd(String text, int start) {
        int i = start + 1;
        while (text.charAt(i) != '"') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }

    private static int scalarEnd(String text, int start) {
        int i = start;
        while (i < text.length() && "+-.0123456789eEtruefalsn".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    public String text() {
        return text;
    }

    /** The kind of the value at a path of object keys (empty: the top-level object), or empty when there is none. */
    public Optional<Kind> kind(List<String> path) {
        return node(path).map(Node::kind);
    }

    /** The keys of the object at a path, in the file's order; empty when there is no object there. */
    public List<String> keys(List<String> path) {
        return node(path).filter(n -> n.kind == Kind.OBJECT).map(Node::keys).orElse(List.of());
    }

    /** The string items of the array at a path, in order (other items left out); empty when there is no array. */
    public List<String> strings(List<String> path) {
        return node(path).filter(n -> n.kind == Kind.ARRAY).map(n -> n.children.stream().filter(c -> c.kind == Kind.STRING)
                .map(Node::string).toList()).orElse(List.of());
    }

    /** The string value of a member of the object at a path, or empty when it is missing or not a string. */
    public Optional<String> string(List<String> path, String key) {
        List<String> full = new ArrayList<>(path);
        full.add(key);
        return node(full).filter(n -> n.kind == Kind.STRING).map(Node::string);
    }

    /** True when the object or array at the path has no entries. */
    public boolean isEmpty(List<String> path) {
        return node(path).map(n -> n.children.isEmpty()).orElse(false);
    }

    /** "file:line:column: " of the value at a path, for messages. */
    public String where(List<String> path) {
        int offset = node(path).map(Node::start).orElse(0);
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            }
            else {
                column++;
            }
        }
        return source + ":" + line + ":" + column + ": ";
    }

    /** Adds a string item at the end of the array at a path (which must exist). */
    public JsonDocument addItem(List<String> path, String value) {
        return insert(container(path, Kind.ARRAY), Codec.jsonString(value));
    }

    /** Removes the first string item equal to {@code value} from the array at a path; unchanged when there is none. */
    public JsonDocument removeItem(List<String> path, String value) {
        Optional<Node> array = node(path).filter(n -> n.kind == Kind.ARRAY);
        if (array.isEmpty()) {
            return this;
        }
        List<Node> items = array.get().children;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).kind == Kind.STRING && items.get(i).string.equals(value)) {
                return remove(array.get(), i);
            }
        }
        return this;
    }

    /** Adds a member with a string value at the end of the object at a path (which must exist and lack the key). */
    public JsonDocument addString(List<String> path, String key, String value) {
        return insert(container(path, Kind.OBJECT), Codec.jsonString(key) + ": " + Codec.jsonString(value));
    }

    /** Adds an empty object or array as a member at the end of the object at a path. */
    public JsonDocument addContainer(List<String> path, String key, Kind kind) {
        return insert(container(path, Kind.OBJECT), Codec.jsonString(key) + ": " + (kind == Kind.ARRAY ? "[]" : "{}"));
    }

    /** Replaces the value of a member with a string, where it stands. */
    public JsonDocument replaceString(List<String> path, String key, String value) {
        List<String> full = new ArrayList<>(path);
        full.add(key);
        Node node = node(full).orElseThrow();
        return edited(text.substring(0, node.start) + Codec.jsonString(value) + text.substring(node.end));
    }

    /** Removes a member (with its value) from the object at a path; unchanged when there is none. */
    public JsonDocument removeMember(List<String> path, String key) {
        Optional<Node> object = node(path).filter(n -> n.kind == Kind.OBJECT);
        if (object.isEmpty() || !object.get().keys.contains(key)) {
            return this;
        }
        return remove(object.get(), object.get().keys.indexOf(key));
    }

    private Node container(List<String> path, Kind kind) {
        return node(path).filter(n -> n.kind == kind).orElseThrow(() -> new IllegalArgumentException("no " + kind
                + " at " + path));
    }

    private Optional<Node> node(List<String> path) {
        Node at = root;
        for (String key : path) {
            if (at.kind != Kind.OBJECT || !at.keys.contains(key)) {
                return Optional.empty();
            }
            at = at.children.get(at.keys.indexOf(key));
        }
        return Optional.of(at);
    }

    /**
     * Adds an entry at the end of a container: after the last entry with the same separator the entries before it
     * have, or, in an empty container, on a line of its own when the container's parent spans lines (or it is the
     * top level), indented one step further than the container's line.
     */
    private JsonDocument insert(Node container, String entry) {
        List<Node> children = container.children;
        if (!children.isEmpty()) {
            int last = children.size() - 1;
            String separator = last > 0
                    ? text.substring(children.get(last - 1).end, container.entryStart(last))
                    : "," + text.substring(container.start + 1, container.entryStart(0));
            int at = children.get(last).end;
            return edited(text.substring(0, at) + separator + entry + text.substring(at));
        }
        String inside;
        if (container == root || spansLines(parentOf(container))) {
            String base = lineIndent(container.start);
            inside = "\n" + base + indentUnit() + entry + "\n" + base;
        }
        else {
            inside = entry;
        }
        return edited(text.substring(0, container.start + 1) + inside + text.substring(container.end - 1));
    }

    /** Removes entry {@code i} of a container with the separator that joins it to its neighbour. */
    private JsonDocument remove(Node container, int i) {
        List<Node> children = container.children;
        if (children.size() == 1) {
            return edited(text.substring(0, container.start + 1) + text.substring(container.end - 1));
        }
        if (i == children.size() - 1) {
            return edited(text.substring(0, children.get(i - 1).end) + text.substring(children.get(i).end));
        }
        return edited(text.substring(0, container.entryStart(i)) + text.substring(container.entryStart(i + 1)));
    }

    private Node parentOf(Node child) {
        return parent(root, child);
    }

    private static Node parent(Node at, Node child) {
        for (Node c : at.children) {
            if (c == child) {
                return at;
            }
            Node found = parent(c, child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private boolean spansLines(Node node) {
        return node != null && text.substring(node.start, node.end).indexOf('\n') >= 0;
    }

    /** The whitespace at the start of the line that holds {@code offset}. */
    private String lineIndent(int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int i = lineStart;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(lineStart, i);
    }

    /** The file's own indentation step: the indentation of its first indented line, else two spaces. */
    private String indentUnit() {
        for (String line : text.split("\n", -1)) {
            int i = 0;
            while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            if (i > 0 && i < line.length()) {
                return line.substring(0, i);
            }
        }
        return DEFAULT_INDENT;
    }

    private JsonDocument edited(String newText) {
        return parse(newText, source);
    }
}
