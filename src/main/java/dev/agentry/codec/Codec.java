package dev.agentry.codec;

import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.agentry.support.AgentryException;
import dev.agentry.support.Text;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Strict YAML and JSON reading into records and maps, and stable YAML and JSON writing.
 *
 * <p>Maps and lists are read and written with jackson-core streaming only. Building a data-binding mapper costs
 * about 300 ms on a cold JVM (it installs the java.time handlers), so only {@link #readYaml}, into records, uses
 * data binding, through {@link RecordBinding}: reading and writing state, answers and journals never loads it.
 */
public final class Codec {

    /** The largest input file agentry reads, in bytes. */
    public static final int MAX_INPUT_BYTES = 1024 * 1024;

    /**
     * Also the factory of {@link RecordBinding}'s mapper. Rebuilt from a default factory, as the mapper's was:
     * {@code YAMLFactory.builder()} starts with no read features at all, which would read an empty value as ""
     * instead of null (EMPTY_STRING_AS_NULL).
     */
    static final YAMLFactory YAML = new YAMLFactory().rebuild()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
            .stringQuotingChecker(new YamlQuoting())
            .build();

    /** Jackson's message for a key given twice, which names the key. */
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) \"([^\"]*)\"");

    /** A location Jackson puts inside its messages: " (start marker at [Source: REDACTED ...; byte offset: #UNKNOWN])". */
    private static final Pattern INTERNAL_LOCATION = Pattern.compile("\\s*\\((?:start marker at )?\\[Source:[^\\]]*\\]\\)"
            + "|\\s*(?:at )?\\[Source:[^\\]]*\\]");

    /** Jackson's names for what it was reading, as a reader of the file says them. */
    private static final Map<String, String> PLAIN_WORDS = Map.of(
            "expected close marker for Array", "a list ('[') is not closed with ']'",
            "expected close marker for Object", "an object ('{') is not closed with '}'",
            "in VALUE_STRING", "inside a text value (a '\"' is not closed)",
            "in a String value", "inside a text value (a '\"' is not closed)",
            "in property name", "inside a key",
            "in field name", "inside a key",
            "Unexpected end-of-input", "The file ends too early");

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /**
     * The layout of the JSON agentry writes: {@code "key": value}, one entry per line, two-space indents, {@code []} and
     * {@code {}} when empty.
     */
    private static final DefaultPrettyPrinter LAYOUT = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER).withObjectEmptySeparator("").withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n"));

    /** Hands each JSON generator a layout of its own (it counts the nesting). */
    private static final ObjectWriteContext PRETTY_OUTPUT = new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return LAYOUT.createInstance();
        }
    };

    private Codec() {
    }

    /** Decodes bytes as UTF-8 text, refusing binary content and input over {@link #MAX_INPUT_BYTES}. */
    public static String decode(byte[] bytes, String source) {
        return decode(bytes, source, MAX_INPUT_BYTES);
    }

    /** Decodes bytes as UTF-8 text, refusing binary content and input over {@code limit} bytes. */
    public static String decode(byte[] bytes, String source, int limit) {
        return Text.normalize(exactText(bytes, source, limit));
    }

    /**
     * Decodes bytes as UTF-8 text exactly as they are, byte order mark and line endings included (for a file that is
     * edited in place), refusing binary content and input over {@link #MAX_INPUT_BYTES}.
     */
    public static String exactText(byte[] bytes, String source) {
        return exactText(bytes, source, MAX_INPUT_BYTES);
    }

    private static String exactText(byte[] bytes, String source, int limit) {
        if (bytes.length > limit) {
            throw AgentryException.usage(source + ": the file is " + bytes.length + " bytes; the limit is " + limit + " bytes.");
        }
        // the JDK's fast decoder replaces what is not UTF-8 with U+FFFD; only text that holds one needs the strict one
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            try {
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes));
            }
            catch (CharacterCodingException e) {
                throw AgentryException.usage(source + ": not a UTF-8 text file (binary content?).");
            }
        }
        if (text.indexOf('\u0000') >= 0) {
            throw AgentryException.usage(source + ": not a text file (it contains NUL bytes).");
        }
        return text;
    }

    /** Reads a YAML document into a record, with errors that name the file, line, column and key. */
    public static <T> T readYaml(String text, String source, Class<T> type) {
        String checked = checkedYaml(text, source);
        if (checked.isBlank()) {
            throw AgentryException.usage(source + ": the file is empty.");
        }
        return RecordBinding.read(checked, source, type);
    }

    /**
     * Reads a YAML mapping into an ordered map of plain values (strings, numbers, booleans, lists, maps), in one
     * streaming pass that refuses anchors, aliases, duplicate keys and a second document. Empty input, only
     * comments or a null document give an empty map.
     */
    public static Map<String, Object> readYamlMap(String text, String source) {
        Object value = readYamlValue(Text.normalize(text), source);
        return value == null ? new LinkedHashMap<>() : topLevelMapping(value, source);
    }

    /**
     * Reads a YAML mapping as {@link #readYamlMap} does, noting the line of each top-level key and of each item of a
     * top-level list, for messages that name the line.
     */
    public static YamlMapping readYamlMapping(String text, String source) {
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        Map<String, List<Integer>> itemLines = new LinkedHashMap<>();
        try (JsonParser parser = YAML.createParser(Text.normalize(text))) {
            PlainReader reader = new PlainReader(parser, source, keyLines, itemLines);
            Object value = reader.hasValue() ? reader.readOnlyValue() : null;
            return new YamlMapping(value == null ? new LinkedHashMap<>() : topLevelMapping(value, source), keyLines, itemLines);
        }
        catch (JacksonException e) {
            throw translate(e, source);
        }
    }

    /**
     * Reads a JSON object into an ordered map of plain values, refusing duplicate keys and anything after the
     * object; read its fields with {@link Fields}.
     */
    public static Map<String, Object> readJsonMap(String text, String source) {
        try (JsonParser parser = JSON.createParser(text)) {
            return readJsonMap(parser, source);
        }
        catch (JacksonException e) {
            throw translate(e, source);
        }
    }

    /**
     * Reads a JSON object straight from its UTF-8 bytes (refusing more than {@code limit} bytes): for large files that
     * agentry writes itself, such as the state, this skips making one big string of the whole file first.
     */
    public static Map<String, Object> readJsonMap(byte[] bytes, String source, int limit) {
        if (bytes.length > limit) {
            throw AgentryException.usage(source + ": the file is " + bytes.length + " bytes; the limit is " + limit + " bytes.");
        }
        try (JsonParser parser = JSON.createParser(bytes)) {
            return readJsonMap(parser, source);
        }
        catch (JacksonException e) {
            throw translate(e, source);
        }
    }

    private static Map<String, Object> readJsonMap(JsonParser parser, String source) {
        PlainReader reader = new PlainReader(parser, source);
        if (!reader.hasValue()) {
            throw AgentryException.usage(source + ": the file is empty.");
        }
        return topLevelMapping(reader.readOnlyValue(), source);
    }

    /**
     * Writes a map of plain values (maps, lists, text, numbers, booleans, null) as block-style YAML with minimal
     * quoting.
     *
     * @throws IllegalArgumentException for any other type, such as a record
     */
    public static String writeYaml(Map<String, ?> values) {
        return write(YAML, ObjectWriteContext.empty(), values);
    }

    /**
     * A YAML double-quoted scalar on one line that no value can break out of: backslash escapes for quotes,
     * backslashes, line breaks and every control or invisible separator character.
     */
    public static String yamlDoubleQuoted(String value) {
        return YamlScalars.doubleQuoted(value);
    }

    /** A scalar as {@link #writeYaml} writes it after {@code "key: "} (quoted where it must be), to splice into a line. */
    static String inlineScalar(Object value) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("k", value);
        String line = writeYaml(one);
        return line.substring("k: ".length(), line.length() - 1);
    }

    /**
     * Writes plain values (maps, lists, text, numbers, booleans, null) as indented JSON, ending with a newline.
     *
     * @throws IllegalArgumentException for any other type, such as a record
     */
    public static String writeJson(Object value) {
        return write(JSON, PRETTY_OUTPUT, value) + "\n";
    }

    /** A string as a JSON string literal, quoted and escaped. */
    static String jsonString(String value) {
        return write(JSON, ObjectWriteContext.empty(), value);
    }

    /** The single value of a YAML document, or null when there is none (or it is null). */
    private static Object readYamlValue(String text, String source) {
        try (JsonParser parser = YAML.createParser(text)) {
            PlainReader reader = new PlainReader(parser, source);
            return reader.hasValue() ? reader.readOnlyValue() : null;
        }
        catch (JacksonException e) {
            throw translate(e, source);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> topLevelMapping(Object value, String source) {
        if (!(value instanceof Map<?, ?>)) {
            throw AgentryException.usage(source + ": expected a mapping of keys to values at the top level.");
        }
        return (Map<String, Object>) value;
    }

    private static String write(TokenStreamFactory factory, ObjectWriteContext context, Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = factory.createGenerator(context, out)) {
            PlainWriter.write(generator, value);
        }
        return out.toString();
    }

    /**
     * Refuses aliases and anchors up front, with a streaming pass before data binding: agentry's files have no use
     * for them and they can explode in size.
     */
    private static String checkedYaml(String text, String source) {
        String normalized = Text.normalize(text);
        readYamlValue(normalized, source);
        return normalized;
    }

    /** An error of the parser as a usage error naming the file, line, column and, when known, the key's path. */
    static AgentryException translate(JacksonException e, String source) {
        String message = problem(e);
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.find()) {
            // "file:3 (stack): duplicate key ...", the form every other problem with a key in a file takes
            TokenStreamLocation location = e.getLocation();
            String line = location == null || location.getLineNr() < 1 ? "" : ":" + location.getLineNr();
            String key = duplicate.group(1);
            return AgentryException.usage(source + line + " (" + key + "): duplicate key '" + key + "'" + at(e)
                    + ": a key may be given once; remove one of them.");
        }
        return AgentryException.usage(position(source, e) + "invalid " + (source.endsWith(".json") ? "JSON" : "YAML") + at(e)
                + ": " + message);
    }

    /**
     * "file:line:column: " at the place the parser found the problem: for YAML the scanner's own mark (Jackson's location
     * is that of the last token it had read, often a line before), else Jackson's location.
     */
    static String position(String source, JacksonException e) {
        if (e.getCause() instanceof MarkedYamlEngineException marked && marked.getProblemMark().isPresent()) {
            Mark mark = marked.getProblemMark().get();
            return source + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1) + ": ";
        }
        return where(source, e.getLocation());
    }

    /**
     * What the parser found wrong, in words for the person who wrote the file: YAML's problem with the construct it was
     * reading and where that starts ("could not find expected ':' (while scanning a simple key that starts at line 2,
     * column 1)"); JSON's message without the parser's internals (its token names, its "[Source: REDACTED ...]" locations).
     */
    static String problem(JacksonException e) {
        if (e.getCause() instanceof MarkedYamlEngineException marked && marked.getProblem() != null) {
            String context = marked.getContext();
            if (context == null || context.isBlank()) {
                return marked.getProblem().strip();
            }
            String start = marked.getContextMark().map(m -> " that starts at line " + (m.getLine() + 1) + ", column "
                    + (m.getColumn() + 1)).orElse("");
            return marked.getProblem().strip() + " (" + context.strip() + start + ")";
        }
        String message = INTERNAL_LOCATION.matcher(firstLine(e.getOriginalMessage())).replaceAll("");
        for (Map.Entry<String, String> plain : PLAIN_WORDS.entrySet()) {
            message = message.replace(plain.getKey(), plain.getValue());
        }
        return message.strip();
    }

    /** " (at files[0].path)" for an error with a path, else nothing. */
    static String at(JacksonException e) {
        if (e.getPath().isEmpty()) {
            return "";
        }
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return " (at " + path + ")";
    }

    /** "file:line:column: ", or "file: " when the position is unknown. */
    static String where(String source, TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return source + ": ";
        }
        return source + ":" + location.getLineNr() + ":" + location.getColumnNr() + ": ";
    }

    /** The first line of a message from Jackson ("unreadable input" when there is none). */
    static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }
}
