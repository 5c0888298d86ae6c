package dev.agentry.format;

import java.util.List;

import dev.agentry.plan.DesiredFile;
import dev.agentry.render.RenderedAgent;
import dev.agentry.render.RenderedTeam;

/**
 * Augment (Auggie CLI) subagents: one {@code .augment/agents/<name>.md} per agent, frontmatter {@code name} and
 * {@code description}, then the instructions. Augment's documented subagent fields have no tool list, so the role
 * limits live in the instructions only.
 */
public final class AugmentFormat implements ToolFormat {

    public static final String ID = "augment";
    public static final String AGENTS_FOLDER = ".augment/agents/";

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

    @Override
    public boolean owns(String path) {
        return path.startsWith(AGENTS_FOLDER);
    }

    @Override
    public List<String> paths() {
        return List.of(AGENTS_FOLDER + "<agent>.md");
    }

    @Override
    public List<DesiredFile> files(RenderedTeam team) {
        return team.agents().stream().map(a -> DesiredFile.whole(AGENTS_FOLDER + a.name() + ".md", agentFile(a))).toList();
    }

    static String agentFile(RenderedAgent agent) {
        return new Frontmatter().plain("name", agent.name()).quoted("description", agent.description()).then(agent.body());
    }
}
