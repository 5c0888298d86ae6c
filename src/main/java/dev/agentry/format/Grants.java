package dev.agentry.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an agent may do in every agent tool, read from its Claude Code tool list: everything when the list is empty
 * (the agent inherits every tool), else exactly the capabilities of the tools listed.
 *
 * <p>A listed tool with no known capability (an MCP tool, say) is left out: the other tools have no equivalent to
 * give, and widening the agent to every tool instead would drop the limits its role was given.
 *
 * @param capabilities in the order of the Claude tool list, without repeats; empty when {@code everything}
 */
record Grants(boolean everything, Set<Capability> capabilities) {

    Grants {
        capabilities = Collections.unmodifiableSet(new LinkedHashSet<>(capabilities));
    }

    static Grants of(List<String> claudeTools) {
        if (claudeTools.isEmpty()) {
            return new Grants(true, Set.of());
        }
        Set<Capability> capabilities = new LinkedHashSet<>();
        for (String tool : claudeTools) {
            Capability.ofClaudeTool(tool.strip()).ifPresent(capabilities::add);
        }
        return new Grants(false, capabilities);
    }

    /** True when the agent may change files: it has every tool, or one that edits or writes. */
    boolean changesFiles() {
        return everything || capabilities.stream().anyMatch(Capability::changesFiles);
    }

    /** True when the agent has this capability (every capability when it has every tool). */
    boolean has(Capability capability) {
        return everything || capabilities.contains(capability);
    }

    /**
     * The agent's tools in another tool's names, in order and without repeats; empty when the agent has every tool (the
     * format then writes no list, so the agent inherits the tool's own set).
     */
    Optional<List<String>> toolNames(Map<Capability, List<String>> names) {
        if (everything) {
            return Optional.empty();
        }
        Set<String> out = new LinkedHashSet<>();
        for (Capability capability : capabilities) {
            out.addAll(names.getOrDefault(capability, List.of()));
        }
        return Optional.of(new ArrayList<>(out));
    }
}
