package dev.agentry.codec;

import java.util.List;

import dev.agentry.support.AgentryException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonDocumentTests {

    private static final List<String> ALLOW = List.of("permissions", "allow");

    @Test
    void anItemGoesAfterTheLastOneWithTheSameSeparator() {
        String text = "{\n    \"permissions\": {\n        \"allow\": [\n            \"Bash(a)\",\n            \"Bash(b)\"\n        ]\n    }\n}\n";
        assertThat(JsonDocument.parse(text, "s.json").addItem(ALLOW, "Bash(c)").text())
                .isEqualTo("{\n    \"permissions\": {\n        \"allow\": [\n            \"Bash(a)\",\n            \"Bash(b)\",\n"
                        + "            \"Bash(c)\"\n        ]\n    }\n}\n");
    }

    @Test
    void aCompactArrayStaysCompact() {
        String text = "{\"permissions\": {\"allow\": [\"Bash(a)\"]}, \"model\": \"opus\"}\n";
        assertThat(JsonDocument.parse(text, "s.json").addItem(ALLOW, "Bash(b)").text())
                .isEqualTo("{\"permissions\": {\"allow\": [\"Bash(a)\",\"Bash(b)\"]}, \"model\": \"opus\"}\n");
    }

    @Test
    void anEmptyContainerInAMultiLineFileGetsItsOwnLinesIndentedLikeTheFile() {
        String text = "{\n\t\"model\": \"opus\",\n\t\"permissions\": {}\n}\n";
        JsonDocument doc = JsonDocument.parse(text, "s.json").addContainer(List.of("permissions"), "deny", JsonDocument.Kind.ARRAY)
                .addItem(List.of("permissions", "deny"), "Read(./.env)");
        assertThat(doc.text()).isEqualTo("{\n\t\"model\": \"opus\",\n\t\"permissions\": {\n\t\t\"deny\": [\n\t\t\t\"Read(./.env)\"\n\t\t]\n\t}\n}\n");
    }

    @Test
    void aBlankFileIsAnEmptyObjectAndGetsTwoSpaceIndents() {
        JsonDocument doc = JsonDocument.parse("", "s.json").addString(List.of(), "model", "opus");
        assertThat(doc.text()).isEqualTo("{\n  \"model\": \"opus\"\n}\n");
    }

    @Test
    void removingTheFirstMiddleLastAndOnlyItemKeepsTheRest() {
        String text = "{\n  \"a\": [\n    \"1\",\n    \"2\",\n    \"3\"\n  ]\n}\n";
        JsonDocument doc = JsonDocument.parse(text, "s.json");
        List<String> a = List.of("a");
        assertThat(doc.removeItem(a, "1").text()).isEqualTo("{\n  \"a\": [\n    \"2\",\n    \"3\"\n  ]\n}\n");
        assertThat(doc.removeItem(a, "2").text()).isEqualTo("{\n  \"a\": [\n    \"1\",\n    \"3\"\n  ]\n}\n");
        assertThat(doc.removeItem(a, "3").text()).isEqualTo("{\n  \"a\": [\n    \"1\",\n    \"2\"\n  ]\n}\n");
        assertThat(doc.removeItem(a, "1").removeItem(a, "2").removeItem(a, "3").text()).isEqualTo("{\n  \"a\": []\n}\n");
        assertThat(doc.removeItem(a, "4").text()).isEqualTo(text);
    }

    @Test
    void removingAMemberTakesItsSeparatorAndLeavesEverythingElse() {
        String text = "{\n  \"model\": \"opus\", \"env\": {\"X\": \"1\", \"Y\": 2},\n  \"hooks\": {}\n}\n";
        JsonDocument doc = JsonDocument.parse(text, "s.json");
        assertThat(doc.removeMember(List.of("env"), "X").text()).isEqualTo("{\n  \"model\": \"opus\", \"env\": {\"Y\": 2},\n  \"hooks\": {}\n}\n");
        assertThat(doc.removeMember(List.of(), "hooks").text()).isEqualTo("{\n  \"model\": \"opus\", \"env\": {\"X\": \"1\", \"Y\": 2}\n}\n");
        assertThat(doc.string(List.of("env"), "Y")).isEmpty();
        assertThat(doc.keys(List.of("env"))).containsExactly("X", "Y");
    }

    @Test
    void stringsAreEscapedAndReadBack() {
        JsonDocument doc = JsonDocument.parse("{}", "s.json").addString(List.of(), "k", "say \"hi\" \\ now");
        assertThat(doc.text()).contains("\"say \\\"hi\\\" \\\\ now\"");
        assertThat(doc.string(List.of(), "k")).contains("say \"hi\" \\ now");
    }

    @Test
    void invalidJsonNamesTheFileLineAndColumn() {
        assertThatThrownBy(() -> JsonDocument.parse("{\n  \"a\": [1,\n}\n", ".claude/settings.json"))
                .isInstanceOf(AgentryException.class).hasMessageStartingWith(".claude/settings.json:3:1: invalid JSON")
                .hasMessageContaining("nothing was written");
    }

    @Test
    void commentsAreRefusedClearly() {
        assertThatThrownBy(() -> JsonDocument.parse("{\n  // mine\n  \"a\": 1\n}\n", ".claude/settings.json"))
                .isInstanceOf(AgentryException.class).hasMessageStartingWith(".claude/settings.json:2:")
                .hasMessageContaining("JSON comments are not allowed").hasMessageContaining("--set claude-settings=false");
    }

    @Test
    void aTopLevelThatIsNotAnObjectIsRefused() {
        assertThatThrownBy(() -> JsonDocument.parse("\n[1, 2]\n", ".claude/settings.json"))
                .isInstanceOf(AgentryException.class)
                .hasMessageStartingWith(".claude/settings.json:2:1: expected a JSON object at the top level, found an array");
    }

    @Test
    void aRepeatedKeyIsRefused() {
        assertThatThrownBy(() -> JsonDocument.parse("{\"a\": 1, \"a\": 2}", ".claude/settings.json"))
                .isInstanceOf(AgentryException.class).hasMessageContaining("duplicate key 'a'");
    }
}
