package dev.agentry.codec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.agentry.support.AgentryException;
import dev.agentry.support.ExitCode;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class YamlEntriesTests {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final YamlEntries ENTRIES = new YamlEntries("customModes", "slug");

    private static final String USERS = """
            # our modes
            customModes:
              - slug: mine # the team's own
                name: Mine
                roleDefinition: >-
                  Folded text
                  of ours.
                groups: [read, [edit, {fileRegex: '\\.md$', description: Docs}]]

              # a comment before theirs
              - slug: zeta
                name: Zeta
                roleDefinition: Z.
                groups: []
            otherKey: kept # trailing
            """;

    private static Map<String, Object> mode(String slug, String role, List<String> groups) {
        Map<String, Object> mode = new LinkedHashMap<>();
        mode.put("slug", slug);
        mode.put("name", slug.toUpperCase());
        mode.put("roleDefinition", role);
        mode.put("groups", groups);
        return mode;
    }

    private static final String OURS = ENTRIES.canonical(List.of(mode("reviewer", "# Role\nYou review.\n", List.of("read")),
            mode("builder", "# Role\nYou build.\n\n  indented line\n", List.of("read", "edit", "command"))));

    @Test
    void canonicalTextReadsBackAsTheValuesSortedById() {
        JsonNode list = YAML.readTree(ENTRIES.create(OURS)).get("customModes");
        assertThat(list.get(0).get("slug").asString()).isEqualTo("builder");
        assertThat(list.get(0).get("roleDefinition").asString()).isEqualTo("# Role\nYou build.\n\n  indented line\n");
        assertThat(list.get(1).get("roleDefinition").asString()).isEqualTo("# Role\nYou review.\n");
        assertThat(OURS).contains("  roleDefinition: |\n    # Role\n");
        assertThat(ENTRIES.ids(OURS)).containsExactly("builder", "reviewer");
    }

    @Test
    void everyKindOfTextRoundTrips() {
        for (String text : List.of("plain", "a: b # c", "- x", "true", "123", "", " leading", "trailing ", "\"q\" 'q' \\",
                "line\nbreaks\n", "no final break\nat end", "two\n\n", "\n\nleading breaks", " indented\nfirst\n", "tab\tand\u0007bell\n",
                "--- \n... \n", "# not a comment\n  # nor this\n", "${x} {{y}} <#z> {env:HOME}\n", "\u2028sep\n", "ends in space \nx\n")) {
            String canonical = ENTRIES.canonical(List.of(mode("s", text, List.of())));
            JsonNode read = YAML.readTree(ENTRIES.create(canonical)).get("customModes").get(0);
            assertThat(read.get("roleDefinition").asString()).as("%s in %s", text, canonical).isEqualTo(text);
            // and what is read back gives the same canonical text, so a file agentry wrote reads as agentry wrote it
            assertThat(ENTRIES.locate(ENTRIES.create(canonical), Set.of("s"), ".roomodes").orElseThrow().inside())
                    .isEqualTo(canonical);
        }
    }

    @Test
    void onlyAgentrysEntriesAreFoundAmongTheUsers() {
        String file = ENTRIES.append(USERS, OURS, ".roomodes");
        YamlEntries.Located found = ENTRIES.locate(file, Set.of("builder", "reviewer"), ".roomodes").orElseThrow();
        assertThat(found.inside()).isEqualTo(OURS);
        assertThat(ENTRIES.locate(USERS, Set.of("builder", "reviewer"), ".roomodes")).isEmpty();
        JsonNode list = YAML.readTree(file).get("customModes");
        assertThat(list.valueStream().map(m -> m.get("slug").asString()).toList()).containsExactly("mine", "zeta", "builder",
                "reviewer");
        assertThat(YAML.readTree(file).get("otherKey").asString()).isEqualTo("kept");
        assertThat(file).startsWith(USERS.substring(0, USERS.indexOf("otherKey")));
    }

    @Test
    void replacingAndRemovingKeepTheUsersTextByteForByte() {
        String file = ENTRIES.append(USERS, OURS, ".roomodes");
        YamlEntries.Located found = ENTRIES.locate(file, Set.of("builder", "reviewer"), ".roomodes").orElseThrow();
        String changed = ENTRIES.canonical(List.of(mode("reviewer", "# Role\nYou review twice.\n", List.of("read")),
                mode("analyst", "# Role\nYou analyse.\n", List.of("read"))));
        String replaced = ENTRIES.replace(found, changed);
        JsonNode list = YAML.readTree(replaced).get("customModes");
        assertThat(list.valueStream().map(m -> m.get("slug").asString()).toList()).containsExactly("mine", "zeta", "analyst",
                "reviewer");
        assertThat(replaced).startsWith(USERS.substring(0, USERS.indexOf("otherKey")));
        assertThat(replaced).endsWith("otherKey: kept # trailing\n");
        YamlEntries.Located again = ENTRIES.locate(replaced, Set.of("analyst", "reviewer", "builder"), ".roomodes").orElseThrow();
        assertThat(again.inside()).isEqualTo(changed);

        assertThat(ENTRIES.remove(again)).isEqualTo(USERS);
    }

    @Test
    void aFileOfOnlyAgentrysEntriesEmptiesOnRemoval() {
        String created = ENTRIES.create(OURS);
        assertThat(ENTRIES.remove(ENTRIES.locate(created, Set.of("builder", "reviewer"), ".roomodes").orElseThrow())).isEmpty();
        String withKey = "other: 1\n" + created;
        assertThat(ENTRIES.remove(ENTRIES.locate(withKey, Set.of("builder", "reviewer"), ".roomodes").orElseThrow()))
                .isEqualTo("other: 1\ncustomModes: []\n");
    }

    @Test
    void entriesAreAddedToAnEmptyOrMissingList() {
        for (String file : List.of("", "# only a comment\n", "customModes: []\n", "customModes:\n", "other: x",
                "customModes: [] # none yet\nother: x\n")) {
            String written = ENTRIES.append(file, OURS, ".roomodes");
            JsonNode root = YAML.readTree(written);
            assertThat(root.get("customModes").size()).as(written).isEqualTo(2);
            assertThat(ENTRIES.locate(written, Set.of("builder", "reviewer"), ".roomodes").orElseThrow().inside())
                    .isEqualTo(OURS);
            if (file.contains("other")) {
                assertThat(root.get("other").asString()).isEqualTo("x");
            }
        }
        assertThat(ENTRIES.append("customModes: [] # none yet\n", OURS, ".roomodes")).startsWith("customModes: # none yet\n  - slug");
    }

    @Test
    void aLayoutAnotherToolWroteReadsTheSameAsAgentrysOwn() {
        String rewritten = """
                customModes:
                - slug: reviewer
                  name: REVIEWER
                  roleDefinition: "# Role\\nYou review.\\n"
                  groups:
                  - read
                """;
        String ours = ENTRIES.canonical(List.of(mode("reviewer", "# Role\nYou review.\n", List.of("read"))));
        assertThat(ENTRIES.locate(rewritten, Set.of("reviewer"), ".roomodes").orElseThrow().inside()).isEqualTo(ours);
    }

    @Test
    void aBrokenFileIsAUsageErrorNamingItsLine() {
        assertThatThrownBy(() -> ENTRIES.locate("customModes:\n  - slug: a\n   bad: [\n", Set.of("a"), ".roomodes"))
                .isInstanceOfSatisfying(AgentryException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
                .hasMessageStartingWith(".roomodes:").hasMessageContaining("invalid YAML");
        assertThatThrownBy(() -> ENTRIES.locate("[1, 2]\n", Set.of("a"), ".roomodes")).hasMessageContaining("mapping");
        assertThatThrownBy(() -> ENTRIES.locate("customModes: nope\n", Set.of("a"), ".roomodes"))
                .hasMessageContaining("is not a list");
    }

    /** A .roomodes in JSON, as Roo Code wrote them before YAML, with a mode of the user's. */
    private static final String USERS_JSON = """
            {
              "customModes": [
                {
                  "slug": "mine",
                  "name": "Mine",
                  "roleDefinition": "Ours.",
                  "groups": ["read"]
                }
              ]
            }
            """;

    @Test
    void aJsonFileGetsItsEntriesAsJsonAndGivesTheUsersTextBackOnRemoval() {
        String file = ENTRIES.append(USERS_JSON, OURS, ".roomodes");
        JsonNode list = YAML.readTree(file).get("customModes");
        assertThat(list.valueStream().map(m -> m.get("slug").asString()).toList()).containsExactly("mine", "builder", "reviewer");
        assertThat(tools.jackson.databind.json.JsonMapper.builder().build().readTree(file).get("customModes").size()).isEqualTo(3);
        assertThat(file).startsWith(USERS_JSON.substring(0, USERS_JSON.indexOf("    }\n") + 5));
        YamlEntries.Located found = ENTRIES.locate(file, Set.of("builder", "reviewer"), ".roomodes").orElseThrow();
        assertThat(found.inside()).isEqualTo(OURS);

        String changed = ENTRIES.canonical(List.of(mode("reviewer", "# Role\nYou review twice.\n", List.of("read")),
                mode("analyst", "# Role\nYou analyse.\n", List.of("read"))));
        String replaced = ENTRIES.replace(found, changed);
        YamlEntries.Located again = ENTRIES.locate(replaced, Set.of("analyst", "reviewer", "builder"), ".roomodes").orElseThrow();
        assertThat(again.inside()).isEqualTo(changed);
        assertThat(tools.jackson.databind.json.JsonMapper.builder().build().readTree(replaced).get("customModes").size())
                .isEqualTo(3);
        assertThat(ENTRIES.remove(again)).isEqualTo(USERS_JSON);
    }

    @Test
    void aJsonFileWithoutTheListOrWithAnEmptyOneGetsIt() {
        for (String file : List.of("{}\n", "{\"other\": 1}\n", "{\n  \"customModes\": []\n}\n")) {
            String written = ENTRIES.append(file, OURS, ".roomodes");
            JsonNode root = tools.jackson.databind.json.JsonMapper.builder().build().readTree(written);
            assertThat(root.get("customModes").size()).as(written).isEqualTo(2);
            YamlEntries.Located found = ENTRIES.locate(written, Set.of("builder", "reviewer"), ".roomodes").orElseThrow();
            assertThat(found.inside()).isEqualTo(OURS);
            String removed = ENTRIES.remove(found);
            assertThat(tools.jackson.databind.json.JsonMapper.builder().build().readTree(removed).get("customModes").size())
                    .isZero();
        }
    }
}
