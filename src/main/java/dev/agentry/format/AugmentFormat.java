package dev.agentry.format;

import dev.agentry.render.RenderedAgent;

/**
 * Augment (Auggie CLI) subagents: one {@code .augment/agents/<name>.md} per agent, frontmatter {@code name} and
 * {@code description}, then the instructions. Augment's documented subagent fields have no tool list, so the role
 * limits live in the instructions only.
 */
public final class AugmentFormat extends AgentFolderFormat {

    public static final String ID = "augment";
    public static final String AGENTS_FOLDER = ".augment/agents/";

    public AugmentFormat() {
        super(AGENTS_FOLDER, ".md", AugmentFormat::agentFile);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Augment";
    }

    @Override
    public String afterUpdate() {
        return "Restart Auggie (Augment's CLI) to load the team.";
    }

    static String agentFile(RenderedAgent agent) {
        return new Frontmatter().plain("name", agent.name()).quoted("description", agent.description()).then(agent.body());
    }
}
