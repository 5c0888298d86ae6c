package dev.agentry.codec;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.agentry.support.AgentryException;
import dev.agentry.support.ExitCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CodecTests {

    record Sample(String name, List<String> items, boolean flag) {
    }

    @Test
    void readsARecordWithKebabCaseKeys() {
        record Kebab(String projectType) {
        }
        assertThat(Codec.readYaml("project-type: web-app\n", "f.yml", Kebab.class).projectType()).isEqualTo("web-app");
    }

    @Test
    void unknownKeyNamesTheClosestKnownKey() {
        assertThatThrownBy(() -> Codec.readYaml("nmae: x\n", "f.yml", Sample.class))
                .isInstanceOf(AgentryException.class)
                .hasMessageStartingWith("f.yml:1:")
                .hasMessageContaining("unknown key 'nmae'")
                .hasMessageContaining("Did you mean 'name'?");
    }

    @Test
    void duplicateKeysAreRejected() {
        assertThatThrownBy(() -> Codec.readYamlMap("a: 1\nb: 2\na: 3\n", "answers.yml"))
                .isInstanceOf(AgentryException.class)
                .hasMessageStartingWith("answers.yml:3 (a): duplicate key 'a'")
                .hasMessageContaining("duplicate key");
    }

    @Test
    void aliasesAndAnchorsAreRejected() {
        String laughs = "a: &a [x, x, x]\nb: [*a, *a, *a]\n";
        assertThatThrownBy(() -> Codec.readYamlMap(laughs, "answers.yml"))
                .isInstanceOf(AgentryException.class)
                .hasMessageContaining("anchors and aliases");
    }

    @Test
    void byteOrderMarkAndCrlfAreAccepted() {
        byte[] bytes = "\uFEFFproject-name: demo\r\nstack: go\r\n".getBytes(StandardCharsets.UTF_8);
        Map<String, Object> map = Codec.readYamlMap(Codec.decode(bytes, "a.yml"), "a.yml");
        assertThat(map).containsEntry("project-name", "demo").containsEntry("stack", "go");
    }

    @Test
    void binaryJunkIsRejected() {
        byte[] junk = {(byte) 0xC3, (byte) 0x28, 0x00, (byte) 0xFF};
        assertThatThrownBy(() -> Codec.decode(junk, "a.yml"))
                .isInstanceOf(AgentryException.class)
                .hasMessage("a.yml: not a UTF-8 text file (binary content?).");
    }

    @Test
    void malformedUtf8IsRejectedWhereverItIs() {
        byte[] truncated = "name: caf\u00e9".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(truncated, truncated.length - 1);
        byte[] overlong = {'a', ':', ' ', (byte) 0xC0, (byte) 0xAF};
        byte[] surrogate = {'a', ':', ' ', (byte) 0xED, (byte) 0xA0, (byte) 0x80};
        for (byte[] bytes : List.of(cut, overlong, surrogate)) {
            assertThatThrownBy(() -> Codec.decode(bytes, "a.yml"))
                    .isInstanceOf(AgentryException.class)
                    .hasMessage("a.yml: not a UTF-8 text file (binary content?).");
        }
    }

    @Test
    void aReplacementCharacterWrittenInTheTextIsKept() {
        String text = "name: \uFFFD and caf\u00e9 \uD83D\uDE80\n";
        assertThat(Codec.decode(text.getBytes(StandardCharsets.UTF_8), "a.yml")).isEqualTo(text);
    }

    @Test
    void oversizedInputIsRejected() {
        byte[] big = new byte[Codec.MAX_INPUT_BYTES + 1];
        assertThatThrownBy(() -> Codec.decode(big, "a.yml"))
                .isInstanceOf(AgentryException.class)
                .hasMessageContaining("the limit is " + Codec.MAX_INPUT_BYTES + " bytes");
    }

    @Test
    void wrongTypeNamesTheKeyAndTheExpectedType() {
        assertThatThrownBy(() -> Codec.readYaml("name: x\nitems: {a: 1}\n", "f.yml", Sample.class))
                .isInstanceOf(AgentryException.class)
                .satisfies(e -> assertThat(((AgentryException) e).exitCode()).isEqualTo(ExitCode.USAGE))
                .hasMessageContaining("wrong type (at items): expected a list");
    }

    @Test
    void malformedYamlNamesLineAndColumn() {
        assertThatThrownBy(() -> Codec.readYamlMap("a: [1, 2\nb: 3\n", "f.yml"))
                .isInstanceOf(AgentryException.class)
                .hasMessageMatching("(?s)f\\.yml:\\d+:\\d+: invalid YAML.*");
    }

    @Test
    void jsonErrorsSayWhatIsWrongWithoutTheParsersInternals() {
        assertThatThrownBy(() -> Codec.readJsonMap("{\"format\": 2, \"files\": [".getBytes(StandardCharsets.UTF_8), "s.json", 1000))
                .hasMessage("s.json:1:25: invalid JSON (at files): The file ends too early: a list ('[') is not closed with ']'");
        assertThatThrownBy(() -> Codec.readJsonMap("{\"format\": 2".getBytes(StandardCharsets.UTF_8), "s.json", 1000))
                .hasMessage("s.json:1:13: invalid JSON: The file ends too early: an object ('{') is not closed with '}'");
        assertThatThrownBy(() -> Codec.readJsonMap("{\"a\": \"abc", "s.json"))
                .hasMessage("s.json:1:11: invalid JSON (at a): The file ends too early: was expecting closing quote for a string value");
        for (String broken : List.of("{", "{\"a\": [1, {", "{\"a", "[", "{\"a\": tru}", "{\"a\": 1}}")) {
            assertThatThrownBy(() -> Codec.readJsonMap(broken.getBytes(StandardCharsets.UTF_8), "s.json", 1000))
                    .as(broken).hasMessageStartingWith("s.json:1:")
                    .hasMessageNotContainingAny("Source", "REDACTED", "StreamReadFeature", "#UNKNOWN", "VALUE_", "marker at");
        }
    }

    @Test
    void yamlErrorsNameTheProblemWhereTheScannerFoundItAndWhatItWasReading() {
        assertThatThrownBy(() -> Codec.readYamlMap("project-type: web-app\nstack go\ndeployment: aws\n", "a.yml"))
                .hasMessage("a.yml:3:1: invalid YAML: could not find expected ':' (while scanning a simple key that starts at"
                        + " line 2, column 1)");
        assertThatThrownBy(() -> Codec.readYamlMap("agents: [a, b\nstack: go\n", "a.yml"))
                .hasMessageStartingWith("a.yml:2:")
                .hasMessageContaining("(while parsing a flow sequence that starts at line 1, column 9)");
        assertThatThrownBy(() -> Codec.readYamlMap("a: b: c\n", "a.yml"))
                .hasMessage("a.yml:1:5: invalid YAML: mapping values are not allowed here");
    }

    @Test
    void topLevelListIsNotAnAnswersMapping() {
        assertThatThrownBy(() -> Codec.readYamlMap("- a\n- b\n", "f.yml"))
                .hasMessage("f.yml: expected a mapping of keys to values at the top level.");
    }
}
