package dev.agentry.format;

import java.util.List;
import java.util.Map;

import dev.agentry.plan.DesiredFile;
import dev.agentry.render.RenderedAgent;
import dev.agentry.render.RenderedTeam;

/**
 * Factory Droid custom droids: one {@code .factory/droids/<name>.md} per agent, frontmatter {@code name},
 * {@code description} and {@code tools}: Droid's {@code read-only} tool set for an agent that may not change files,
 * else, for an agent with a tool list, Droid's tool ids.
 */
public final class DroidFormat implements ToolFormat {

    public static final String ID = "droid";
    public static final String AGENTS_FOLDER = ".factory/droids/";

    /**
     * Droid's own read-only tool set: reading, listing and searching, without its edit and execute tools. A droid has no
     * sandbox, so a role that may not change files gets no shell either (Codex's read-only sandbox keeps one).
     */
    static final String READ_ONLY = "read-only";

    /** Droid's tool ids for each capability (as Droid 0.225 maps Claude Code's tools when it imports an agent). */
    static final Map<Capability, List<String>> TOOL_IDS = Map.of(
            Capability.READ, List.of("Read"),
            Capability.GREP, List.of("Grep"),
            Capability.GLOB, List.of("Glob", "LS"),
            Capability.EDIT, List.of("Edit"),
            Capability.WRITE, List.of("Create"),
            Capability.SHELL, List.of("Execute"),
            Capability.WEB_FETCH, List.of("FetchUrl"),
            Capability.WEB_SEARCH, List.of("WebSearch"),
            Capability.DELEGATE, List.of("Task"),
            Capability.TODO, List.of("TodoWrite"));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Factory Droid";
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
        Frontmatter frontmatter = new Frontmatter().plain("name", agent.name()).quoted("description", agent.description());
        Grants grants = Grants.of(agent.tools());
        if (!grants.changesFiles()) {
            frontmatter.plain("tools", READ_ONLY);
        }
        else {
            grants.toolNames(TOOL_IDS).ifPresent(tools -> frontmatter.list("tools", tools));
        }
        return frontmatter.then(agent.body());
    }
}
