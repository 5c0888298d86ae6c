package dev.agentry.codec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Editing a YAML mapping in place: only what changed is rewritten, byte for byte elsewhere. */
class YamlEditorTests {

    private static final String HAND_EDITED = """
            # our answers: reviewed in every PR
            project-name: shop   # the product's name

            project-type: backend-api
            # the platform we ship to
            deployment: aws
            stack: java-spring-boot
            agents:
              - backend-engineer   # core
              - code-reviewer      # required by our policy
            targets: [claude, agents-md]   # the tools we use
            # end of answers
            """;

    /** The values of a text, with some replaced. */
    private static Map<String, Object> valuesOf(String text, Object... keysAndValues) {
        Map<String, Object> values = new LinkedHashMap<>(Codec.readYamlMap(text, "t.yml"));
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return values;
    }

    private static String edited(String text, Object... keysAndValues) {
        return YamlEditor.update(text, valuesOf(text, keysAndValues)).orElseThrow();
    }

    @Test
    void theSameValuesGiveTheSameText() {
        assertThat(edited(HAND_EDITED)).isSameAs(HAND_EDITED);
    }

    @Test
    void aChangedValueIsRewrittenInPlaceAndNothingElse() {
        assertThat(edited(HAND_EDITED, "deployment", "gcp")).isEqualTo(HAND_EDITED.replace("deployment: aws", "deployment: gcp"));
    }

    @Test
    void aCommentAfterAChangedValueStays() {
        assertThat(edited(HAND_EDITED, "project-name", "store"))
                .isEqualTo(HAND_EDITED.replace("project-name: shop   #", "project-name: store   #"));
    }

    @Test
    void aBlockListIsEditedItemByItemKeepingTheCommentsOfItemsThatStay() {
        String text = edited(HAND_EDITED, "agents", List.of("backend-engineer", "testing-specialist", "code-reviewer"));
        assertThat(text).isEqualTo(HAND_EDITED.replace("  - code-reviewer ", "  - testing-specialist\n  - code-reviewer "));
        String fewer = edited(HAND_EDITED, "agents", List.of("code-reviewer"));
        assertThat(fewer).isEqualTo(HAND_EDITED.replace("  - backend-engineer   # core\n", ""));
        String other = edited(HAND_EDITED, "agents", List.of("product-manager"));
        assertThat(other).isEqualTo(HAND_EDITED.replace(
                "  - backend-engineer   # core\n  - code-reviewer      # required by our policy\n", "  - product-manager   # core\n"));
        String swapped = edited(HAND_EDITED, "agents", List.of("code-reviewer", "backend-engineer"));
        assertThat(Codec.readYamlMap(swapped, "t.yml")).containsEntry("agents", List.of("code-reviewer", "backend-engineer"));
        assertThat(swapped).contains("  - code-reviewer      # required by our policy\n");
    }

    @Test
    void aBlockListThatBecomesEmptyIsWrittenAsAnEmptyFlowList() {
        assertThat(edited(HAND_EDITED, "agents", List.of())).isEqualTo(HAND_EDITED.replace(
                "agents:\n  - backend-engineer   # core\n  - code-reviewer      # required by our policy\n", "agents: []\n"));
    }

    @Test
    void aFlowListStaysAFlowList() {
        assertThat(edited(HAND_EDITED, "targets", List.of("claude", "copilot", "a, b")))
                .isEqualTo(HAND_EDITED.replace("[claude, agents-md]", "[claude, copilot, \"a, b\"]"));
    }

    @Test
    void newKeysAreAddedAtTheEndInTheirOrder() {
        Map<String, Object> values = valuesOf(HAND_EDITED);
        values.put("claude-md", false);
        values.put("scaffolds", List.of("layers/ours"));
        assertThat(YamlEditor.update(HAND_EDITED, values)).contains(HAND_EDITED + "claude-md: false\nscaffolds:\n  - layers/ours\n");
    }

    @Test
    void aKeyThatMustGoIsRemovedWithItsLines() {
        Map<String, Object> values = valuesOf(HAND_EDITED);
        values.remove("agents");
        values.remove("project-name");
        assertThat(YamlEditor.update(HAND_EDITED, values)).contains(HAND_EDITED
                .replace("project-name: shop   # the product's name\n", "")
                .replace("agents:\n  - backend-engineer   # core\n  - code-reviewer      # required by our policy\n", ""));
    }

    @Test
    void crlfLineEndingsAndAByteOrderMarkStay() {
        String text = "\uFEFF" + HAND_EDITED.replace("\n", "\r\n");
        Map<String, Object> values = valuesOf(text, "stack", "python-fastapi", "agents",
                List.of("code-reviewer", "product-manager"));
        values.put("claude-md", false);
        assertThat(YamlEditor.update(text, values)).contains("\uFEFF" + HAND_EDITED
                .replace("stack: java-spring-boot", "stack: python-fastapi")
                .replace("  - backend-engineer   # core\n", "")
                .replace("policy\n", "policy\n  - product-manager\n").replace("\n", "\r\n") + "claude-md: false\r\n");
    }

    @Test
    void aFileWithoutAFinalLineBreakKeepsItsLack() {
        String text = "project-type: web-app\nagents:\n  - a\n  - b";
        assertThat(edited(text, "agents", List.of("a", "b", "c"))).isEqualTo("project-type: web-app\nagents:\n  - a\n  - b\n  - c");
        assertThat(edited(text, "agents", List.of("a"))).isEqualTo("project-type: web-app\nagents:\n  - a");
        Map<String, Object> values = valuesOf(text);
        values.put("stack", "go");
        assertThat(YamlEditor.update(text, values)).contains(text + "\nstack: go");
    }

    @Test
    void aChangedValueKeepsItsQuotes() {
        String text = "project-name: \"shop\"\nstack: 'go'\ndeployment: aws\n";
        assertThat(edited(text, "project-name", "say \"hi\"", "stack", "it's", "deployment", "123"))
                .isEqualTo("project-name: \"say \\\"hi\\\"\"\nstack: 'it''s'\ndeployment: \"123\"\n");
    }

    @Test
    void quotedKeysAndIndentedListsStayAsWritten() {
        String text = "\"project-type\": web-app\n'agents':\n- a\n- b\n";
        assertThat(edited(text, "project-type", "backend-api", "agents", List.of("b", "c")))
                .isEqualTo("\"project-type\": backend-api\n'agents':\n- b\n- c\n");
    }

    @Test
    void aValueWrittenInAnotherFormIsNotRewritten() {
        String text = "test-coverage-target: \"90\"\nclaude-md: 'false'\n";
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("test-coverage-target", 90L);
        values.put("claude-md", false);
        assertThat(YamlEditor.update(text, values)).containsSame(text);
    }

    @Test
    void anEmptyValueGetsOne() {
        String text = "stack:\nagents:   # to choose\ndeployment: aws\n";
        assertThat(edited(text, "stack", "go", "agents", List.of("a", "b")))
                .isEqualTo("stack: go\nagents: [a, b]   # to choose\ndeployment: aws\n");
    }

    @Test
    void anEmptyListThatGetsItemsBecomesABlockList() {
        String text = "agents: []\ntargets:\n  - claude\nscaffolds:\n";
        assertThat(edited(text, "agents", List.of("a", "b"), "scaffolds", List.of("ours")))
                .isEqualTo("agents:\n  - a\n  - b\ntargets:\n  - claude\nscaffolds:\n  - ours\n");
        String windows = "agents: []\r\nstack: go\r\n";
        assertThat(edited(windows, "agents", List.of("a"))).isEqualTo("agents:\r\n  - a\r\nstack: go\r\n");
    }

    @Test
    void aBlockListThatBecomesEmptyKeepsTheCommentOnItsKeyLine() {
        String text = "agents:   # the team\n  - a\n  - b   # b's comment\nstack: go\n";
        assertThat(edited(text, "agents", List.of())).isEqualTo("agents: []   # the team\nstack: go\n");
    }

    @Test
    void textBeforeTheValueMayHoldAnyCharacter() {
        String text = "project-name: \"caf\u00e9 \uD83D\uDE80\"\nstack: go # \uD83D\uDE80\ndeployment: aws\n";
        assertThat(edited(text, "stack", "python-fastapi", "deployment", "gcp"))
                .isEqualTo("project-name: \"caf\u00e9 \uD83D\uDE80\"\nstack: python-fastapi # \uD83D\uDE80\ndeployment: gcp\n");
    }

    @Test
    void aMultiLineValueIsReplacedWhole() {
        String text = "project-name: |\n  two\n  lines\nstack: go\n";
        assertThat(edited(text, "project-name", "shop")).isEqualTo("project-name: shop\nstack: go\n");
    }

    @Test
    void onlyCommentsGetTheKeysAfterThem() {
        String text = "# answers to come\n";
        assertThat(YamlEditor.update(text, Map.of("stack", "go"))).contains(text + "stack: go\n");
    }

    @Test
    void aFlowMappingAtTheTopIsNotEditedInPlace() {
        String text = "{project-type: web-app, stack: go}\n";
        assertThat(YamlEditor.update(text, valuesOf(text, "stack", "nextjs"))).isEmpty();
    }

    /** Layouts people give the file: each answer changed alone must leave every other line as it was. */
    static List<String> layouts() {
        String comments = """
                # top
                project-name: shop # name
                # before the type

                project-type: backend-api
                agents: # the team
                  # first the core
                  - backend-engineer # core
                  # then review
                  - code-reviewer
                # trailing comment of the team
                targets: [claude]
                test-coverage-target: 90 # percent
                claude-md: true
                # the end
                """;
        String quoted = """
                "project-name": 'shop'
                'project-type': "backend-api"
                agents: [backend-engineer, "code-reviewer"]
                targets:
                - claude
                - agents-md
                stack: go
                """;
        return List.of(HAND_EDITED, "\uFEFF" + HAND_EDITED.replace("\n", "\r\n"), HAND_EDITED.stripTrailing(), comments,
                comments.replace("\n", "\r\n").stripTrailing(), quoted, "\uFEFF" + quoted);
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void everyAnswerChangedAloneLeavesEveryOtherLineAsItWas(String layout) {
        YamlMapping mapping = Codec.readYamlMapping(layout, "t.yml");
        String eol = layout.contains("\r\n") ? "\r\n" : "\n";
        for (String key : mapping.values().keySet()) {
            Object value = changed(mapping.values().get(key));
            String result = edited(layout, key, value);
            assertThat(Codec.readYamlMap(result, "t.yml")).as(key).isEqualTo(valuesOf(layout, key, value));
            // outside the changed entry's lines, every line is still there, in order, with its line ending
            int first = mapping.keyLines().get(key);
            int last = mapping.itemLines().getOrDefault(key, List.of()).stream().mapToInt(Integer::intValue).max().orElse(first);
            List<String> before = lines(layout);
            List<String> kept = new ArrayList<>();
            for (int line = 1; line <= before.size(); line++) {
                if (line < first || line > last) {
                    kept.add(before.get(line - 1));
                }
            }
            assertThat(isSubsequence(kept, lines(result))).as(key + " in\n" + result).isTrue();
            assertThat(result.startsWith("\uFEFF")).isEqualTo(layout.startsWith("\uFEFF"));
            assertThat(result.endsWith(eol)).isEqualTo(layout.endsWith(eol));
            String otherBreaks = result.replace(eol, "");
            assertThat(otherBreaks).as("one kind of line ending").doesNotContain("\r", "\n");
        }
    }

    private static Object changed(Object value) {
        if (value instanceof List<?> list) {
            List<Object> other = new ArrayList<>(list.isEmpty() ? List.of() : list.subList(1, list.size()));
            other.add("added-one");
            return other;
        }
        if (value instanceof Boolean flag) {
            return !flag;
        }
        if (value instanceof Integer number) {
            return number + 1;
        }
        return value + "-changed";
    }

    /** The lines of a text, each with its line ending; the first line without the byte order mark. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        String rest = text.startsWith("\uFEFF") ? text.substring(1) : text;
        while (!rest.isEmpty()) {
            int newline = rest.indexOf('\n');
            int end = newline < 0 ? rest.length() : newline + 1;
            lines.add(rest.substring(0, end));
            rest = rest.substring(end);
        }
        return lines;
    }

    private static boolean isSubsequence(List<String> wanted, List<String> in) {
        int at = 0;
        for (String line : in) {
            if (at < wanted.size() && wanted.get(at).equals(line)) {
                at++;
            }
        }
        return at == wanted.size();
    }

    @Test
    void theLineEndingIsTheFirstOneOfTheText() {
        assertThat(YamlEditor.lineEnding("a: 1\r\nb: 2\n")).isEqualTo("\r\n");
        assertThat(YamlEditor.lineEnding("a: 1\nb: 2\r\n")).isEqualTo("\n");
        assertThat(YamlEditor.lineEnding("a: 1")).isEqualTo("\n");
    }
}
