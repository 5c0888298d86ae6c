package dev.agentry.settings;

import dev.agentry.support.AgentryException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every case of the entry-by-entry merge of agentry's rules into a settings file the user shares. */
class SettingsMergeTests {

    private static final String PATH = ".claude/settings.json";
    private static final SettingsMerge MERGE = SettingsMerge.claudeCode();

    private static final String AWS = """
            {"permissions": {"allow": ["Bash(./mvnw -q verify:*)"], "ask": ["Bash(terraform apply:*)"],
             "deny": ["Read(./.env)"]}}
            """;

    private static final String FLY = """
            {"permissions": {"allow": ["Bash(./mvnw -q verify:*)"], "ask": ["Bash(fly deploy:*)"],
             "deny": ["Read(./.env)"]}}
            """;

    @Test
    void aNewFileHoldsAgentrysEntriesAndAgentryOwnsThemAll() {
        SettingsMerge.Result result = MERGE.merge(PATH, null, null, AWS);
        assertThat(result.text()).isEqualTo("""
                {
                  "permissions": {
                    "allow": [
                      "Bash(./mvnw -q verify:*)"
                    ],
                    "ask": [
                      "Bash(terraform apply:*)"
                    ],
                    "deny": [
                      "Read(./.env)"
                    ]
                  }
                }
                """);
        assertThat(result.record().added()).hasSize(3);
        assertThat(result.record().created()).containsExactly(java.util.List.of("permissions"),
                java.util.List.of("permissions", "allow"), java.util.List.of("permissions", "ask"),
                java.util.List.of("permissions", "deny"));
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void theUsersKeysOrderAndFormattingStayAndTheirRulesComeFirst() {
        String theirs = """
                {
                    "model": "opus",
                    "permissions": {
                        "allow": ["Bash(git log:*)"],
                        "defaultMode": "acceptEdits"
                    },
                    "hooks": {}
                }
                """;
        SettingsMerge.Result result = MERGE.merge(PATH, null, theirs, AWS);
        assertThat(result.text()).isEqualTo("""
                {
                    "model": "opus",
                    "permissions": {
                        "allow": ["Bash(git log:*)","Bash(./mvnw -q verify:*)"],
                        "defaultMode": "acceptEdits",
                        "ask": [
                            "Bash(terraform apply:*)"
                        ],
                        "deny": [
                            "Read(./.env)"
                        ]
                    },
                    "hooks": {}
                }
                """);
        // the user's array and object are theirs: agentry created only the two arrays it added
        assertThat(result.record().created()).containsExactly(java.util.List.of("permissions", "ask"),
                java.util.List.of("permissions", "deny"));
    }

    @Test
    void aRuleTheUserDeletedIsNotAddedBack() {
        SettingsMerge.Result first = MERGE.merge(PATH, null, null, AWS);
        String edited = first.text().replace("      \"Read(./.env)\"\n", "");
        SettingsMerge.Result second = MERGE.merge(PATH, first.record().text(), edited, AWS);
        assertThat(second.text()).isEqualTo(edited).doesNotContain("Read(./.env)");
        assertThat(second.record().declined()).containsExactly(Entry.item(java.util.List.of("permissions", "deny"), "Read(./.env)"));
        // and it stays out on every later run
        SettingsMerge.Result third = MERGE.merge(PATH, second.record().text(), second.text(), AWS);
        assertThat(third.text()).isEqualTo(edited);
    }

    @Test
    void aRuleTheUserHadAlreadyStaysTheirsAndARemoveKeepsIt() {
        String theirs = "{\"permissions\": {\"deny\": [\"Read(./.env)\"]}}\n";
        SettingsMerge.Result merged = MERGE.merge(PATH, null, theirs, AWS);
        assertThat(merged.record().declined()).contains(Entry.item(java.util.List.of("permissions", "deny"), "Read(./.env)"));
        assertThat(merged.text()).containsOnlyOnce("Read(./.env)");
        SettingsMerge.Result removed = MERGE.merge(PATH, merged.record().text(), merged.text(), null);
        assertThat(removed.text()).isEqualTo(theirs);
    }

    @Test
    void rulesMovedByANewDeploymentLeaveAndArriveWhileTheUsersStay() {
        SettingsMerge.Result aws = MERGE.merge(PATH, null, "{\"model\": \"opus\", \"permissions\": {\"ask\": [\"Bash(mine:*)\"]}}\n", AWS);
        SettingsMerge.Result fly = MERGE.merge(PATH, aws.record().text(), aws.text(), FLY);
        assertThat(fly.text()).doesNotContain("terraform apply").contains("Bash(fly deploy:*)", "Bash(mine:*)", "\"model\": \"opus\"");
        assertThat(fly.record().added()).contains(Entry.item(java.util.List.of("permissions", "ask"), "Bash(fly deploy:*)"))
                .doesNotContain(Entry.item(java.util.List.of("permissions", "ask"), "Bash(terraform apply:*)"));
    }

    @Test
    void aRuleAgentryMovesToAnotherListIsNoContradiction() {
        SettingsMerge.Result first = MERGE.merge(PATH, null, null, "{\"permissions\": {\"allow\": [\"Bash(fly deploy:*)\"]}}");
        SettingsMerge.Result moved = MERGE.merge(PATH, first.record().text(), first.text(),
                "{\"permissions\": {\"ask\": [\"Bash(fly deploy:*)\"]}}");
        assertThat(moved.notes()).isEmpty();
        assertThat(moved.text()).isEqualTo("{\n  \"permissions\": {\n    \"ask\": [\n      \"Bash(fly deploy:*)\"\n    ]\n  }\n}\n");
    }

    @Test
    void aUsersAllowThatContradictsAgentrysDenyIsKeptAndReported() {
        String theirs = "{\"permissions\": {\"allow\": [\"Read(./.env)\"]}}\n";
        SettingsMerge.Result result = MERGE.merge(PATH, null, theirs, AWS);
        assertThat(result.notes()).singleElement().asString().contains("permissions.allow", "Read(./.env)",
                "permissions.deny", "yours is kept");
        assertThat(result.text()).containsOnlyOnce("Read(./.env)").doesNotContain("\"deny\"");
        // once the user's rule is gone, agentry's deny goes in
        SettingsMerge.Result later = MERGE.merge(PATH, result.record().text(), result.text().replace("\"Read(./.env)\",", ""), AWS);
        assertThat(later.text()).contains("\"deny\"");
    }

    @Test
    void removeTakesOutOnlyAgentrysEntriesAndTheContainersItCreated() {
        String theirs = "{\n  \"model\": \"opus\",\n  \"permissions\": {\n    \"allow\": [\"Bash(git log:*)\"]\n  }\n}\n";
        SettingsMerge.Result merged = MERGE.merge(PATH, null, theirs, AWS);
        SettingsMerge.Result removed = MERGE.merge(PATH, merged.record().text(), merged.text(), null);
        assertThat(removed.text()).isEqualTo(theirs);
        assertThat(removed.empty()).isFalse();
    }

    @Test
    void removeEmptiesAFileThatHeldOnlyAgentrysEntries() {
        SettingsMerge.Result merged = MERGE.merge(PATH, null, null, AWS);
        SettingsMerge.Result removed = MERGE.merge(PATH, merged.record().text(), merged.text(), null);
        assertThat(removed.empty()).isTrue();
        assertThat(removed.text()).isEqualTo("{}\n");
    }

    @Test
    void aFileAgentryCreatedKeepsWhatTheUserAddedToItOnRemove() {
        SettingsMerge.Result merged = MERGE.merge(PATH, null, null, AWS);
        String added = merged.text().replace("\"Bash(./mvnw -q verify:*)\"", "\"Bash(./mvnw -q verify:*)\",\n      \"Bash(mine:*)\"");
        SettingsMerge.Result removed = MERGE.merge(PATH, merged.record().text(), added, null);
        assertThat(removed.empty()).isFalse();
        assertThat(removed.text()).isEqualTo("{\n  \"permissions\": {\n    \"allow\": [\n      \"Bash(mine:*)\"\n    ]\n  }\n}\n");
    }

    @Test
    void anEnvValueTheUserChangedIsTheirsAndStaysOnRemove() {
        String wanted = "{\"env\": {\"CLAUDE_CODE_EXPERIMENTAL_AGENT_TEAMS\": \"1\"}}";
        SettingsMerge.Result merged = MERGE.merge(PATH, null, "{\"env\": {\"FOO\": \"bar\"}}\n", wanted);
        assertThat(merged.text()).isEqualTo("{\"env\": {\"FOO\": \"bar\",\"CLAUDE_CODE_EXPERIMENTAL_AGENT_TEAMS\": \"1\"}}\n");
        String changed = merged.text().replace("\"1\"", "\"0\"");
        SettingsMerge.Result again = MERGE.merge(PATH, merged.record().text(), changed, wanted);
        assertThat(again.text()).isEqualTo(changed);
        SettingsMerge.Result removed = MERGE.merge(PATH, again.record().text(), changed, null);
        assertThat(removed.text()).isEqualTo(changed);
        // unchanged, it goes with the flag
        assertThat(MERGE.merge(PATH, merged.record().text(), merged.text(), "{}").text()).isEqualTo("{\"env\": {\"FOO\": \"bar\"}}\n");
    }

    @Test
    void aValueOfTheWrongShapeWhereAgentrysEntriesGoIsRefusedWithItsPlace() {
        assertThatThrownBy(() -> MERGE.merge(PATH, null, "{\n  \"permissions\": {\n    \"allow\": \"Bash(x)\"\n  }\n}\n", AWS))
                .isInstanceOf(AgentryException.class)
                .hasMessageStartingWith(".claude/settings.json:3:14: 'permissions.allow' must be an array")
                .hasMessageContaining("not a string");
        assertThatThrownBy(() -> MERGE.merge(PATH, null, "{\"permissions\": []}", AWS))
                .hasMessageStartingWith(".claude/settings.json:1:17: 'permissions' must be an object");
    }

    @Test
    void theRecordReadsBackAsItWasWritten() {
        SettingsMerge.Result merged = MERGE.merge(PATH, null, null, AWS);
        assertThat(EntryRecord.parse(merged.record().text())).isEqualTo(merged.record());
    }
}
