package dev.agentry.format;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTests {

    @Test
    void everyTargetIsRegisteredWithClaudeFirstAsTheDefault() {
        assertThat(Formats.ids()).containsExactly("claude", "agents-md", "copilot", "gemini", "opencode", "codex");
        Formats.ids().forEach(id -> assertThat(Formats.byId(id)).hasValueSatisfying(f -> assertThat(f.id()).isEqualTo(id)));
        assertThat(Formats.byId("cursor")).isEmpty();
    }

    @Test
    void everyLabelNamesTheToolAndWhereItsFilesGo() {
        assertThat(Formats.byId("claude").orElseThrow().label()).startsWith("Claude Code - .claude/agents/");
        assertThat(Formats.byId("agents-md").orElseThrow().label()).contains("AGENTS.md");
        assertThat(Formats.byId("copilot").orElseThrow().label()).startsWith("GitHub Copilot - .github/agents/");
        assertThat(Formats.byId("gemini").orElseThrow().label()).startsWith("Gemini CLI - .gemini/agents/");
        assertThat(Formats.byId("opencode").orElseThrow().label()).startsWith("OpenCode - .opencode/agents/");
        assertThat(Formats.byId("codex").orElseThrow().label()).startsWith("Codex - .codex/agents/");
    }
}
