package dev.agentry.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.agentry.codec.YamlEntries;
import dev.agentry.plan.DesiredFile;
import dev.agentry.render.RenderedAgent;
import dev.agentry.render.RenderedTeam;

/**
 * Roo Code custom modes: one entry per agent in the {@code customModes} list of {@code .roomodes}, a file agentry
 * shares with the user. agentry owns only the entries whose {@code slug} is one of its agents' names; the user's own
 * modes, comments and order stay as they are. Each entry has {@code slug}, {@code name}, {@code description},
 * {@code roleDefinition} (the instructions), {@code whenToUse} and the tool {@code groups} the role allows.
 */
public final class RooFormat implements ToolFormat {

    public static final String ID = "roo";
    public static final String ROOMODES = ".roomodes";
    public static final String LIST = "customModes";
    public static final String SLUG = "slug";
    /** The block id: agentry's entries of the customModes list, told apart by slug. */
    public static final String BLOCK = LIST + "[" + SLUG + "]";

    static final YamlEntries ENTRIES = new YamlEntries(LIST, SLUG);

    /** Roo's tool groups for each capability; {@code mcp} is given only to an agent with every tool. */
    static final Map<Capability, String> GROUPS = Map.of(
            Capability.READ, "read",
            Capability.GREP, "read",
            Capability.GLOB, "read",
            Capability.EDIT, "edit",
            Capability.WRITE, "edit",
            Capability.SHELL, "command",
            Capability.WEB_FETCH, "browser",
            Capability.WEB_SEARCH, "browser");

    /** Every group, in Roo's order, for an agent with every tool. */
    static final List<String> EVERY_GROUP = List.of("read", "edit", "command", "browser", "mcp");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Roo Code";
    }

    @Override
    public String afterUpdate() {
        return "Roo Code reloads .roomodes by itself: pick a mode of the team in its mode selector.";
    }

    @Override
    public boolean owns(String path) {
        return path.equals(ROOMODES);
    }

    @Override
    public List<String> paths() {
        return List.of(ROOMODES + " (" + LIST + " entries)");
    }

    @Override
    public List<DesiredFile> files(RenderedTeam team) {
        List<Map<String, Object>> modes = new ArrayList<>();
        team.agents().forEach(agent -> modes.add(mode(agent)));
        return List.of(DesiredFile.block(ROOMODES, BLOCK, ENTRIES.canonical(modes)));
    }

    static Map<String, Object> mode(RenderedAgent agent) {
        Map<String, Object> mode = new LinkedHashMap<>();
        mode.put(SLUG, agent.name());
        mode.put("name", agent.title() == null ? agent.name() : agent.title());
        mode.put("description", agent.description());
        mode.put("roleDefinition", agent.body());
        mode.put("whenToUse", agent.description());
        mode.put("groups", groups(Grants.of(agent.tools())));
        return mode;
    }

    /** Roo's groups for the agent's tools, in Roo's order; {@code edit} only for a role that may change files. */
    static List<String> groups(Grants grants) {
        if (grants.everything()) {
            return EVERY_GROUP;
        }
        Set<String> granted = new LinkedHashSet<>();
        grants.capabilities().forEach(c -> {
            String group = GROUPS.get(c);
            if (group != null) {
                granted.add(group);
            }
        });
        return EVERY_GROUP.stream().filter(granted::contains).toList();
    }
}
