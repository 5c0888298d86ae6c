package dev.agentry.format;

import java.util.List;

import dev.agentry.support.Ids;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormatsTests {

    @Test
    void everyTargetIsRegisteredWithClaudeFirstAsTheDefault() {
        assertThat(Formats.ids()).containsExactly("claude", "agents-md", "copilot", "gemini", "opencode", "codex", "qwen", "kilo",
                "droid", "cursor", "kiro", "roo", "augment");
        Formats.ids().forEach(id -> assertThat(Formats.byId(id)).hasValueSatisfying(f -> assertThat(f.id()).isEqualTo(id)));
        assertThat(Formats.byId("windsurf")).isEmpty();
    }

    @Test
    void everyLabelNamesTheToolAndWhereItsFilesGo() {
        assertThat(Formats.byId("claude").orElseThrow().label()).startsWith("Claude Code - .claude/agents/");
        assertThat(Formats.byId("agents-md").orElseThrow().label()).contains("AGENTS.md");
        assertThat(Formats.byId("copilot").orElseThrow().label()).startsWith("GitHub Copilot - .github/agents/");
        assertThat(Formats.byId("gemini").orElseThrow().label()).startsWith("Gemini CLI - .gemini/agents/");
        assertThat(Formats.byId("opencode").orElseThrow().label()).startsWith("OpenCode - .opencode/agents/");
        assertThat(Formats.byId("codex").orElseThrow().label()).startsWith("Codex - .codex/agents/");
        assertThat(Formats.byId("qwen").orElseThrow().label()).isEqualTo("Qwen Code - .qwen/agents/<agent>.md");
        assertThat(Formats.byId("kilo").orElseThrow().label()).isEqualTo("Kilo Code - .kilo/agents/<agent>.md");
        assertThat(Formats.byId("droid").orElseThrow().label()).isEqualTo("Factory Droid - .factory/droids/<agent>.md");
        assertThat(Formats.byId("cursor").orElseThrow().label()).isEqualTo("Cursor - .cursor/agents/<agent>.md, AGENTS.md");
        assertThat(Formats.byId("kiro").orElseThrow().label()).isEqualTo("Kiro - .kiro/agents/<agent>.json");
        assertThat(Formats.byId("roo").orElseThrow().label()).isEqualTo("Roo Code - .roomodes (customModes entries)");
        assertThat(Formats.byId("augment").orElseThrow().label()).isEqualTo("Augment - .augment/agents/<agent>.md");
    }

    @Test
    void everyTargetNamesItsToolAndWhereItWrites() {
        for (ToolFormat format : Formats.all()) {
            assertThat(format.name()).as(format.id()).isNotBlank().doesNotContain(" - ");
            assertThat(format.paths()).as(format.id()).isNotEmpty().allMatch(p -> !p.isBlank() && !p.startsWith("/"));
            assertThat(format.label()).startsWith(format.name() + " - ");
        }
    }

    @Test
    void everyToolsClosingLineIsOneSentenceOfItsOwn() {
        for (ToolFormat format : Formats.all()) {
            assertThat(format.toolName()).as(format.id()).isEqualTo(format.name());
            if (format.id().equals(AgentsMdFormat.ID)) {
                assertThat(format.afterUpdate()).isEmpty(); // read afresh by every tool at each session start
                continue;
            }
            assertThat(format.afterUpdate()).as(format.id()).isNotBlank().endsWith(".").doesNotContain("\n");
        }
    }

    @Test
    void everyAgentNameAgentryAcceptsMeetsEachToolsNameRuleButQwensReservedWords() {
        for (String name : List.of("abc", "a-b", "code-reviewer", "x1-2y", "a".repeat(50), "main", "default", "self")) {
            assertThat(Ids.isValidAgentName(name)).as(name).isTrue();
            assertThat(name).matches("[a-zA-Z0-9-]+"); // Roo Code's mode slug
            assertThat(name).matches("[a-z0-9_-]+"); // Factory Droid's droid name
            assertThat(name).matches("[\\p{L}\\p{N}_-]{2,50}"); // Qwen Code's subagent name
            if (QwenFormat.RESERVED_NAMES.contains(name)) {
                assertThatThrownBy(() -> QwenFormat.checkName(AgentFiles.agent(name, "inherit", List.of())))
                        .hasMessageContaining("reserves");
            }
            else {
                QwenFormat.checkName(AgentFiles.agent(name, "inherit", List.of()));
            }
        }
    }
}
