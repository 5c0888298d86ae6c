package dev.agentry.format;

import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

class YamlTests {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    @Test
    void quotedValuesReadBackExactlyAndStayOnOneLine() {
        for (String value : new String[] {"plain", "a: b # c", "quote \" and \\ backslash", "line\nbreak\r\tand tab",
                "--- \n...", "\u2028 separator", "${7*7} {{X}}", "- list? [x] {y}"}) {
            String quoted = Yaml.quoted(value);
            assertThat(quoted).doesNotContain("\n");
            assertThat(YAML.readTree("k: " + quoted + "\n").get("k").asString()).isEqualTo(value);
        }
    }

    @Test
    void c1ControlCharactersAreEscapedBecauseYamlDoesNotAllowThemRaw() {
        assertThat(Yaml.quoted("a\u0080b\u009fc\u0085")).isEqualTo("\"a\\u0080b\\u009fc\\u0085\"");
        assertThat(YAML.readTree("k: " + Yaml.quoted("a\u0080b") + "\n").get("k").asString()).isEqualTo("a\u0080b");
    }

    @Test
    void scalarsArePlainOnlyWhenUnambiguous() {
        assertThat(Yaml.scalar("sonnet")).isEqualTo("sonnet");
        assertThat(Yaml.scalar("Read, Grep, Glob")).isEqualTo("Read, Grep, Glob");
        assertThat(Yaml.scalar("true")).isEqualTo("\"true\"");
        assertThat(Yaml.scalar("a: b")).isEqualTo("\"a: b\"");
    }
}
