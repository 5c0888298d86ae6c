package dev.agentry.format;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.agentry.render.RenderedAgent;

/**
 * Factory Droid custom droids: one {@code .factory/droids/<name>.md} per agent, frontmatter {@code name},
 * {@code description} and, for an agent with a tool list, {@code tools}: Droid's {@code read-only} tool set for an agent
 * that reads, searches and runs commands but may not change files (the reviewer), else Droid's tool ids.
 */
public final class DroidFormat extends AgentFolderFormat {

    public static final String ID = "droid";
    public static final String AGENTS_FOLDER = ".factory/droids/";

    /** Droid's own read-only tool set: as Droid 0.225 gives it a subagent, Read, LS, Grep, Glob and Execute, no edit tool. */
    static final String READ_ONLY = "read-only";

    /** The tool ids the read-only set stands for: it is written only for an agent with exactly these. */
    static final Set<String> READ_ONLY_IDS = Set.of("Read", "LS", "Grep", "Glob", "Execute");

    /** The narrowest tool Droid accepts, for an agent whose tools all lack a Droid id (Droid refuses an empty list). */
    static final String NARROWEST = "LS";

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

    public DroidFormat() {
        super(AGENTS_FOLDER, ".md", DroidFormat::agentFile);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Factory Droid";
    }

    @Override
    public String afterUpdate() {
        return "Start a new Droid session to load the team (/droids lists them).";
    }

    static String agentFile(RenderedAgent agent) {
        Frontmatter frontmatter = new Frontmatter().plain("name", agent.name()).quoted("description", agent.description());
        Grants.of(agent.tools()).toolNames(TOOL_IDS).ifPresent(tools -> {
            if (new HashSet<>(tools).equals(READ_ONLY_IDS)) {
                frontmatter.plain("tools", READ_ONLY);
            }
            else {
                frontmatter.list("tools", tools.isEmpty() ? List.of(NARROWEST) : tools);
            }
        });
        return frontmatter.then(agent.body());
    }
}
