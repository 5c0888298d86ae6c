package dev.agentry.format;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.agentry.render.RenderedAgent;

/**
 * OpenCode agents: one {@code .opencode/agents/<name>.md} per agent (OpenCode names an agent after its file),
 * frontmatter {@code description}, {@code mode: subagent}, the agent's color as a hex code and, for an agent with a
 * tool list, {@code permission:} rules that deny what its tools do not grant.
 */
public final class OpenCodeFormat extends AgentFolderFormat {

    public static final String ID = "opencode";
    public static final String AGENTS_FOLDER = ".opencode/agents/";

    /**
     * Claude Code's named colors as hex codes (OpenCode refuses to start on a named color). The values are the
     * Tailwind CSS 500 shades, so the team looks the same in both tools.
     */
    static final Map<String, String> HEX_COLORS = Map.of(
            "red", "#ef4444",
            "orange", "#f97316",
            "yellow", "#eab308",
            "green", "#22c55e",
            "cyan", "#06b6d4",
            "blue", "#3b82f6",
            "purple", "#a855f7",
            "pink", "#ec4899");

    /**
     * OpenCode's permissions (the well-known keys of its permission config, OpenCode 1.18) and the capabilities that
     * need each one, in the order they are written. {@code edit} covers every tool that changes files (edit, write,
     * patch).
     */
    static final Map<String, Set<Capability>> PERMISSIONS = orderedPermissions();

    /** The rule for a permission the agent's tools do not grant. */
    static final String DENY = "deny";

    private static Map<String, Set<Capability>> orderedPermissions() {
        Map<String, Set<Capability>> permissions = new LinkedHashMap<>();
        permissions.put("read", Set.of(Capability.READ));
        permissions.put("grep", Set.of(Capability.GREP));
        permissions.put("glob", Set.of(Capability.GLOB));
        permissions.put("list", Set.of(Capability.GLOB));
        permissions.put("edit", Set.of(Capability.EDIT, Capability.WRITE));
        permissions.put("bash", Set.of(Capability.SHELL));
        permissions.put("webfetch", Set.of(Capability.WEB_FETCH));
        permissions.put("websearch", Set.of(Capability.WEB_SEARCH));
        permissions.put("task", Set.of(Capability.DELEGATE));
        permissions.put("todowrite", Set.of(Capability.TODO));
        return Collections.unmodifiableMap(permissions);
    }

    public OpenCodeFormat() {
        super(AGENTS_FOLDER, ".md", OpenCodeFormat::agentFile);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "OpenCode";
    }

    @Override
    public String label() {
        return "OpenCode - " + AGENTS_FOLDER;
    }

    static String agentFile(RenderedAgent agent) {
        Frontmatter frontmatter = new Frontmatter().quoted("description", agent.description()).plain("mode", "subagent");
        String hex = agent.color() == null ? null : HEX_COLORS.get(agent.color());
        if (hex != null) {
            frontmatter.quoted("color", hex);
        }
        Map<String, String> rules = permissionRules(Grants.of(agent.tools()));
        if (!rules.isEmpty()) {
            frontmatter.map("permission", rules);
        }
        return frontmatter.then(agent.body());
    }

    /**
     * {@code deny} for every permission the agent's tools do not grant. What they do grant is left unset, so the
     * user's own OpenCode settings (say, {@code bash: ask}) still apply: an {@code allow} here would override them.
     */
    static Map<String, String> permissionRules(Grants grants) {
        Map<String, String> rules = new LinkedHashMap<>();
        PERMISSIONS.forEach((permission, needs) -> {
            if (needs.stream().noneMatch(grants::has)) {
                rules.put(permission, DENY);
            }
        });
        return rules;
    }
}
