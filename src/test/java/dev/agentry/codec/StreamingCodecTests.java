package dev.agentry.codec;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import dev.agentry.support.AgentryException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The streaming reader and writer. The expected texts were produced by the data-binding mappers that wrote these
 * files before (commit 7ae9716): the streaming writer must give exactly the same bytes.
 */
class StreamingCodecTests {

    private static final List<String> AWKWARD_STRINGS = List.of("yes", "no", "null", "~", "123", "a: b", "#x", "  lead",
            "trail  ", "multi\nline\n", "multi\nno-final", "unicode \u00e9 \u2713 \ud83d\ude00", "", "true", "False", "1.5",
            "0x1F", "-", "- a", "? q", "key: value", "[x]", "{y}", "@at", "`tick", "'single'", "\"double\"", "a/b</script>",
            "tab\there", "on", "off", "Y", "n", "1e3", "2026-01-01", "*star", "&amp", "!bang", "%pct", "|pipe", ">gt", "a #b",
            "a#b", "back\\slash", "ctl\u0001x", "nbsp\u00a0x", "line\r\n");

    /** Every kind of plain value, and strings that need quoting in YAML or escaping in JSON. */
    static Map<String, Object> sample() {
        Map<String, Object> map = new LinkedHashMap<>();
        for (String text : AWKWARD_STRINGS) {
            map.put("k" + map.size(), text);
        }
        map.put("quoted key: x", "v");
        map.put("yes", "key yes");
        map.put("", "empty key");
        map.put("int", 42);
        map.put("neg", -7);
        map.put("long", 12345678901234L);
        map.put("big", new BigInteger("123456789012345678901234567890"));
        map.put("double", 1.5);
        map.put("double2", 1.0);
        map.put("double3", 1e20);
        map.put("double4", 0.1);
        map.put("float", 2.5f);
        map.put("bigdec", new BigDecimal("3.14159265358979323846"));
        map.put("short", (short) 3);
        map.put("byte", (byte) 4);
        map.put("t", true);
        map.put("f", false);
        map.put("nul", null);
        map.put("emptyList", List.of());
        map.put("emptyMap", new LinkedHashMap<>());
        map.put("strings", List.of("a", "yes", "", "b c"));
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("name", "x");
        inner.put("list", List.of(1, 2));
        inner.put("nested", Map.of("deep", List.of()));
        inner.put("n", null);
        Map<String, Object> only = Map.of("only", "one");
        map.put("listOfMaps", List.of(inner, only, new LinkedHashMap<>()));
        map.put("listOfLists", List.of(List.of("a", "b"), List.of(), List.of(List.of(1))));
        map.put("mixed", Arrays.asList("s", 1, 2.0, true, null, List.of("x"), only));
        map.put("set", new LinkedHashSet<>(List.of("p", "q")));
        return map;
    }

    @Test
    void yamlIsByteForByteWhatTheMapperWrote() {
        // the mapper's bytes, except the texts that read as numbers or dates ("123", "1.5", "0x1F", "1e3", "2026-01-01"):
        // the mapper left those bare, so they read back as numbers; now they are quoted
        assertThat(Codec.writeYaml(sample())).isEqualTo(
            "k0: \"yes\"\n" +
            "k1: \"no\"\n" +
            "k2: \"null\"\n" +
            "k3: \"~\"\n" +
            "k4: \"123\"\n" +
            "k5: \"a: b\"\n" +
            "k6: \"#x\"\n" +
            "k7: '  lead'\n" +
            "k8: 'trail  '\n" +
            "k9: |\n" +
            "  multi\n" +
            "  line\n" +
            "k10: |-\n" +
            "  multi\n" +
            "  no-final\n" +
            "k11: unicode \u00e9 \u2713 \ud83d\ude00\n" +
            "k12: \"\"\n" +
            "k13: \"true\"\n" +
            "k14: \"False\"\n" +
            "k15: \"1.5\"\n" +
            "k16: \"0x1F\"\n" +
            "k17: '-'\n" +
            "k18: '- a'\n" +
            "k19: '? q'\n" +
            "k20: \"key: value\"\n" +
            "k21: \"[x]\"\n" +
            "k22: \"{y}\"\n" +
            "k23: '@at'\n" +
            "k24: '`tick'\n" +
            "k25: '''single'''\n" +
            "k26: '\"double\"'\n" +
            "k27: a/b</script>\n" +
            "k28: \"tab\\there\"\n" +
            "k29: \"on\"\n" +
            "k30: \"off\"\n" +
            "k31: \"Y\"\n" +
            "k32: \"n\"\n" +
            "k33: \"1e3\"\n" +
            "k34: \"2026-01-01\"\n" +
            "k35: '*star'\n" +
            "k36: '&amp'\n" +
            "k37: '!bang'\n" +
            "k38: '%pct'\n" +
            "k39: '|pipe'\n" +
            "k40: '>gt'\n" +
            "k41: \"a #b\"\n" +
            "k42: a#b\n" +
            "k43: back\\slash\n" +
            "k44: \"ctl\\x01x\"\n" +
            "k45: nbsp\u00a0x\n" +
            "k46: \"line\\r\\n" +
            "\"\n" +
            "'quoted key: x': v\n" +
            "\"yes\": key yes\n" +
            "? \"\"\n" +
            ": empty key\n" +
            "int: 42\n" +
            "neg: -7\n" +
            "long: 12345678901234\n" +
            "big: 123456789012345678901234567890\n" +
            "double: 1.5\n" +
            "double2: 1.0\n" +
            "double3: 1.0E20\n" +
            "double4: 0.1\n" +
            "float: 2.5\n" +
            "bigdec: 3.14159265358979323846\n" +
            "short: 3\n" +
            "byte: 4\n" +
            "t: true\n" +
            "f: false\n" +
            "nul: null\n" +
            "emptyList: []\n" +
            "emptyMap: {}\n" +
            "strings:\n" +
            "  - a\n" +
            "  - \"yes\"\n" +
            "  - \"\"\n" +
            "  - b c\n" +
            "listOfMaps:\n" +
            "  - name: x\n" +
            "    list:\n" +
            "      - 1\n" +
            "      - 2\n" +
            "    nested:\n" +
            "      deep: []\n" +
            "    \"n\": null\n" +
            "  - only: one\n" +
            "  - {}\n" +
            "listOfLists:\n" +
            "  -   - a\n" +
            "      - b\n" +
            "  - []\n" +
            "  -   -   - 1\n" +
            "mixed:\n" +
            "  - s\n" +
            "  - 1\n" +
            "  - 2.0\n" +
            "  - true\n" +
            "  - null\n" +
            "  -   - x\n" +
            "  - only: one\n" +
            "set:\n" +
            "  - p\n" +
            "  - q\n");
    }

    @Test
    void everyTextReadsBackAsTheSameText() {
        List<String> texts = new java.util.ArrayList<>(AWKWARD_STRINGS);
        texts.addAll(List.of("0o17", "+1", "-1", ".5", "1_000", "0b101", ".inf", "-.Inf", ".NaN", "1.", "1e-3", "1E+3", "12:30",
                "0777", "08", "1st", "v1.2"));
        Map<String, Object> map = new LinkedHashMap<>();
        texts.forEach(text -> map.put("k" + map.size(), text));
        Map<String, Object> read = Codec.readYamlMap(Codec.writeYaml(map), "round-trip.yml");
        map.forEach((key, text) -> assertThat(read.get(key)).as(key + " = " + text).isEqualTo(text));
        // and as list items
        Map<String, Object> list = Map.of("items", texts);
        assertThat(Codec.readYamlMap(Codec.writeYaml(list), "round-trip.yml")).isEqualTo(list);
    }

    @Test
    void jsonIsByteForByteWhatTheMapperWrote() {
        assertThat(Codec.writeJson(sample())).isEqualTo(
            "{\n" +
            "  \"k0\": \"yes\",\n" +
            "  \"k1\": \"no\",\n" +
            "  \"k2\": \"null\",\n" +
            "  \"k3\": \"~\",\n" +
            "  \"k4\": \"123\",\n" +
            "  \"k5\": \"a: b\",\n" +
            "  \"k6\": \"#x\",\n" +
            "  \"k7\": \"  lead\",\n" +
            "  \"k8\": \"trail  \",\n" +
            "  \"k9\": \"multi\\n" +
            "line\\n" +
            "\",\n" +
            "  \"k10\": \"multi\\n" +
            "no-final\",\n" +
            "  \"k11\": \"unicode \u00e9 \u2713 \ud83d\ude00\",\n" +
            "  \"k12\": \"\",\n" +
            "  \"k13\": \"true\",\n" +
            "  \"k14\": \"False\",\n" +
            "  \"k15\": \"1.5\",\n" +
            "  \"k16\": \"0x1F\",\n" +
            "  \"k17\": \"-\",\n" +
            "  \"k18\": \"- a\",\n" +
            "  \"k19\": \"? q\",\n" +
            "  \"k20\": \"key: value\",\n" +
            "  \"k21\": \"[x]\",\n" +
            "  \"k22\": \"{y}\",\n" +
            "  \"k23\": \"@at\",\n" +
            "  \"k24\": \"`tick\",\n" +
            "  \"k25\": \"'single'\",\n" +
            "  \"k26\": \"\\\"double\\\"\",\n" +
            "  \"k27\": \"a/b</script>\",\n" +
            "  \"k28\": \"tab\\there\",\n" +
            "  \"k29\": \"on\",\n" +
            "  \"k30\": \"off\",\n" +
            "  \"k31\": \"Y\",\n" +
            "  \"k32\": \"n\",\n" +
            "  \"k33\": \"1e3\",\n" +
            "  \"k34\": \"2026-01-01\",\n" +
            "  \"k35\": \"*star\",\n" +
            "  \"k36\": \"&amp\",\n" +
            "  \"k37\": \"!bang\",\n" +
            "  \"k38\": \"%pct\",\n" +
            "  \"k39\": \"|pipe\",\n" +
            "  \"k40\": \">gt\",\n" +
            "  \"k41\": \"a #b\",\n" +
            "  \"k42\": \"a#b\",\n" +
            "  \"k43\": \"back\\\\slash\",\n" +
            "  \"k44\": \"ctl\\u0001x\",\n" +
            "  \"k45\": \"nbsp\u00a0x\",\n" +
            "  \"k46\": \"line\\r\\n" +
            "\",\n" +
            "  \"quoted key: x\": \"v\",\n" +
            "  \"yes\": \"key yes\",\n" +
            "  \"\": \"empty key\",\n" +
            "  \"int\": 42,\n" +
            "  \"neg\": -7,\n" +
            "  \"long\": 12345678901234,\n" +
            "  \"big\": 123456789012345678901234567890,\n" +
            "  \"double\": 1.5,\n" +
            "  \"double2\": 1.0,\n" +
            "  \"double3\": 1.0E20,\n" +
            "  \"double4\": 0.1,\n" +
            "  \"float\": 2.5,\n" +
            "  \"bigdec\": 3.14159265358979323846,\n" +
            "  \"short\": 3,\n" +
            "  \"byte\": 4,\n" +
            "  \"t\": true,\n" +
            "  \"f\": false,\n" +
            "  \"nul\": null,\n" +
            "  \"emptyList\": [],\n" +
            "  \"emptyMap\": {},\n" +
            "  \"strings\": [\n" +
            "    \"a\",\n" +
            "    \"yes\",\n" +
            "    \"\",\n" +
            "    \"b c\"\n" +
            "  ],\n" +
            "  \"listOfMaps\": [\n" +
            "    {\n" +
            "      \"name\": \"x\",\n" +
            "      \"list\": [\n" +
            "        1,\n" +
            "        2\n" +
            "      ],\n" +
            "      \"nested\": {\n" +
            "        \"deep\": []\n" +
            "      },\n" +
            "      \"n\": null\n" +
            "    },\n" +
            "    {\n" +
            "      \"only\": \"one\"\n" +
            "    },\n" +
            "    {}\n" +
            "  ],\n" +
            "  \"listOfLists\": [\n" +
            "    [\n" +
            "      \"a\",\n" +
            "      \"b\"\n" +
            "    ],\n" +
            "    [],\n" +
            "    [\n" +
            "      [\n" +
            "        1\n" +
            "      ]\n" +
            "    ]\n" +
            "  ],\n" +
            "  \"mixed\": [\n" +
            "    \"s\",\n" +
            "    1,\n" +
            "    2.0,\n" +
            "    true,\n" +
            "    null,\n" +
            "    [\n" +
            "      \"x\"\n" +
            "    ],\n" +
            "    {\n" +
            "      \"only\": \"one\"\n" +
            "    }\n" +
            "  ],\n" +
            "  \"set\": [\n" +
            "    \"p\",\n" +
            "    \"q\"\n" +
            "  ]\n" +
            "}\n");
    }

    @Test
    void emptyContainersAndBinaryAreWrittenAsTheMapperDid() {
        assertThat(Codec.writeYaml(Map.of())).isEqualTo("{}\n");
        assertThat(Codec.writeJson(Map.of())).isEqualTo("{}\n");
        assertThat(Codec.writeJson(List.of(Map.of(), List.of()))).isEqualTo("[\n  {},\n  []\n]\n");
        Map<String, Object> binary = Map.of("b", "hello world, binary".getBytes(StandardCharsets.UTF_8));
        assertThat(Codec.writeYaml(binary)).isEqualTo("b: !!binary |-\n  aGVsbG8gd29ybGQsIGJpbmFyeQ==\n");
        assertThat(Codec.writeJson(binary)).isEqualTo("{\n  \"b\": \"aGVsbG8gd29ybGQsIGJpbmFyeQ==\"\n}\n");
    }

    @Test
    void onlyPlainValuesAreWritten() {
        record Point(int x) {
        }
        assertThatThrownBy(() -> Codec.writeJson(Map.of("p", new Point(1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Point.class.getName());
        assertThatThrownBy(() -> Codec.writeYaml(Map.of("d", java.time.DayOfWeek.MONDAY)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.time.DayOfWeek");
        assertThatThrownBy(() -> Codec.writeJson(Map.of(1, "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Integer");
    }

    @Test
    void yamlValuesHaveTheTypesTheUntypedDeserializerGave() {
        Map<String, Object> map = Codec.readYamlMap("""
                i: 1
                l: 12345678901
                b: 123456789012345678901234567890
                f: 1.5
                e: 1e3
                hex: 0x1F
                y: yes
                t: true
                tilde: ~
                n: null
                empty:
                list: [1, {x: y}]
                map: {}
                bin: !!binary aGVsbG8=
                """, "a.yml");
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("i", 1);
        expected.put("l", 12345678901L);
        expected.put("b", new BigInteger("123456789012345678901234567890"));
        expected.put("f", 1.5);
        expected.put("e", 1000.0);
        expected.put("hex", "0x1F");
        expected.put("y", "yes");
        expected.put("t", true);
        expected.put("tilde", "~");
        expected.put("n", null);
        expected.put("empty", null);
        expected.put("list", List.of(1, Map.of("x", "y")));
        expected.put("map", Map.of());
        expected.put("bin", map.get("bin"));
        assertThat(map).isInstanceOf(LinkedHashMap.class).containsExactlyEntriesOf(expected);
        assertThat(map.get("list")).isInstanceOf(java.util.ArrayList.class);
        assertThat((byte[]) map.get("bin")).isEqualTo("hello".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void jsonValuesHaveTheTypesTheUntypedDeserializerGave() {
        Map<String, Object> map = Codec.readJsonMap(
                "{\"i\": 1, \"l\": 12345678901, \"f\": 0.5, \"s\": \"x\", \"n\": null, \"a\": [true, {}]}", "s.json");
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("i", 1);
        expected.put("l", 12345678901L);
        expected.put("f", 0.5);
        expected.put("s", "x");
        expected.put("n", null);
        expected.put("a", List.of(true, Map.of()));
        assertThat(map).containsExactlyEntriesOf(expected);
    }

    @Test
    void whatIsWrittenReadsBack() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", "yes");
        values.put("agents", List.of("a", "b"));
        values.put("nested", Map.of("n", 3, "empty", List.of()));
        values.put("nothing", null);
        assertThat(Codec.readYamlMap(Codec.writeYaml(values), "a.yml")).isEqualTo(values);
        assertThat(Codec.readJsonMap(Codec.writeJson(values), "a.json")).isEqualTo(values);
    }

    @Test
    void emptyOrCommentOnlyYamlIsAnEmptyMapping() {
        assertThat(Codec.readYamlMap("", "a.yml")).isEmpty();
        assertThat(Codec.readYamlMap("# only a comment\n", "a.yml")).isEmpty();
        assertThat(Codec.readYamlMap("---\n", "a.yml")).isEmpty();
        assertThat(Codec.readYamlMap("null\n", "a.yml")).isEmpty();
    }

    @Test
    void aSecondYamlDocumentIsRefused() {
        assertThatThrownBy(() -> Codec.readYamlMap("a: 1\n---\nb: 2\n", "a.yml"))
                .isInstanceOf(AgentryException.class)
                .hasMessage("a.yml:3:1: a second YAML document is not allowed here; remove the '---' line and what follows it.");
    }

    @Test
    void contentAfterTheJsonValueIsRefused() {
        assertThatThrownBy(() -> Codec.readJsonMap("{\"a\": 1}\n{}", "s.json"))
                .isInstanceOf(AgentryException.class)
                .hasMessage("s.json:2:1: unexpected content after the JSON value.");
        assertThatThrownBy(() -> Codec.readJsonMap("{\"a\": 1} x", "s.json"))
                .hasMessageStartingWith("s.json:1:10: invalid JSON: Unrecognized token 'x'");
    }

    @Test
    void jsonThatIsNotAnObjectIsRefused() {
        assertThatThrownBy(() -> Codec.readJsonMap("", "s.json")).hasMessage("s.json: the file is empty.");
        assertThatThrownBy(() -> Codec.readJsonMap("[]", "s.json"))
                .hasMessage("s.json: expected a mapping of keys to values at the top level.");
        assertThatThrownBy(() -> Codec.readJsonMap("null", "s.json"))
                .hasMessage("s.json: expected a mapping of keys to values at the top level.");
    }

    @Test
    void anchorsAreRefusedWhereTheyStand() {
        assertThatThrownBy(() -> Codec.readYamlMap("a: &a [x, x]\nb: *a\n", "a.yml"))
                .hasMessage("a.yml:1:8: YAML anchors and aliases (&name, *name) are not allowed here; write the values out.");
        assertThatThrownBy(() -> Codec.readYamlMap("a: 1\nb: *x\n", "a.yml"))
                .hasMessage("a.yml:2:6: YAML anchors and aliases (&name, *name) are not allowed here; write the values out.");
    }

    @Test
    void yamlErrorsKeepTheirMessages() {
        assertThatThrownBy(() -> Codec.readYamlMap("a:\n  b: 1\n  b: 2\n", "a.yml"))
                .hasMessage("a.yml:3 (b): duplicate key 'b': a key may be given once; remove one of them.");
        assertThatThrownBy(() -> Codec.readYamlMap("a: b: c\n", "a.yml"))
                .hasMessage("a.yml:1:5: invalid YAML: mapping values are not allowed here");
    }

    @Test
    void jsonErrorsNameThePathAsDataBindingDid() {
        assertThatThrownBy(() -> Codec.readJsonMap("{\"ops\": [{\"kind\": \"w\"}, {\"kind\": \"w\", \"kind\": \"x\"}]}", "j.json"))
                .hasMessage("j.json:1 (kind): duplicate key 'kind' (at ops[1]): a key may be given once; remove one of them.");
        assertThatThrownBy(() -> Codec.readJsonMap("{\"ops\": [], \"ops\": []}", "j.json"))
                .hasMessage("j.json:1 (ops): duplicate key 'ops': a key may be given once; remove one of them.");
        assertThatThrownBy(() -> Codec.readJsonMap("{\"ops\": [{\"kind\": \"w\"} {}]}", "j.json"))
                .hasMessageStartingWith("j.json:1:24: invalid JSON (at ops): Unexpected character ('{' (code 123))");
        assertThatThrownBy(() -> Codec.readJsonMap("{\"ops\": [{\"kind\": \"a\\qb\"}]}", "j.json"))
                .hasMessage("j.json:1:22: invalid JSON (at ops[0].kind): Unrecognized character escape 'q' (code 113)");
    }
}
