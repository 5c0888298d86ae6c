package dev.agentry.format;

import java.util.Map;

import dev.agentry.render.RenderedAgent;

/**
 * Kilo Code CLI agents (an OpenCode fork): one {@code .kilo/agents/<name>.md} per agent (named after its file), the
 * frontmatter of an OpenCode agent ({@code description}, {@code mode: subagent}, a hex color, {@code permission:}
 * rules), with every {@code {env:X}} and {@code {file:path}} kept out of Kilo's substitution.
 */
public final class KiloFormat extends AgentFolderFormat {

    public static final String ID = "kilo";
    public static final String AGENTS_FOLDER = ".kilo/agents/";

    public KiloFormat() {
        super(AGENTS_FOLDER, ".md", KiloFormat::agentFile);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Kilo Code";
    }

    @Override
    public String afterUpdate() {
        return "Restart Kilo Code to load the team: it reads its agents when it starts.";
    }

    /**
     * Kilo substitutes references in the whole file, so the description is escaped as well as the instructions: an
     * {@code {env:HOME}} in a project name would otherwise drop the agent ("blocked environment reference").
     */
    static String agentFile(RenderedAgent agent) {
        Frontmatter frontmatter = new Frontmatter().quoted("description", TemplateText.withoutBraceReferences(agent.description()))
                .plain("mode", "subagent");
        String hex = agent.color() == null ? null : OpenCodeFormat.HEX_COLORS.get(agent.color());
        if (hex != null) {
            frontmatter.quoted("color", hex);
        }
        Map<String, String> rules = OpenCodeFormat.permissionRules(Grants.of(agent.tools()));
        if (!rules.isEmpty()) {
            frontmatter.map("permission", rules);
        }
        return frontmatter.then(TemplateText.withoutBraceReferences(agent.body()));
    }
}
