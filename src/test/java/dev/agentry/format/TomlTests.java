package dev.agentry.format;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TomlTests {

    private static final List<String> TRICKY = List.of("", "plain", "\"", "\"\"", "\"\"\"", "\"\"\"\"\"\"\"", "a\"\"\"b",
            "'''", "ends with a quote\"", "ends with two\"\"", "\"\"\"\n\"\"\"", "back\\slash\\", "\\\"\"\"", "line\\\nnext",
            "\r\n", "lone\rcarriage", "tab\there", "bell\u0007 del\u007f nul\u0000", "\n\nleading newlines", "${x} #{y} {{Z}}",
            "key = \"value\"\n[table]\nother = 1", "unicode é ✓ 😀");

    private static String roundTrip(String tomlValue) {
        return AgentFiles.toml("v = " + tomlValue + "\n").get("v").asString();
    }

    @Test
    void basicStringsReadBackExactly() {
        for (String value : TRICKY) {
            String written = Toml.basic(value);
            assertThat(written).as("one line for %s", value).doesNotContain("\n", "\r");
            assertThat(roundTrip(written)).as("basic %s", value).isEqualTo(value);
        }
    }

    @Test
    void multiLineStringsReadBackExactly() {
        for (String value : TRICKY) {
            assertThat(roundTrip(Toml.multiline(value))).as("multi-line %s", value).isEqualTo(value);
        }
    }

    @Test
    void multiLineStringsKeepQuotesReadableAndBreakEveryTripleQuote() {
        assertThat(Toml.multiline("say \"hi\"\n")).isEqualTo("\"\"\"\nsay \"hi\"\n\"\"\"");
        assertThat(Toml.multiline("a\"\"\"b")).isEqualTo("\"\"\"\na\"\"\\\"b\"\"\"");
        assertThat(Toml.multiline("x\"")).isEqualTo("\"\"\"\nx\\\"\"\"\"");
    }
}
