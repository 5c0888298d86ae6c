package dev.agentry.format;

import java.util.Map;
import java.util.Optional;

/**
 * What a Claude Code tool lets an agent do, in terms every agent tool can map: the one owner of what each Claude tool
 * name means to the other formats.
 */
enum Capability {

    /** Reading files (Read, NotebookRead). */
    READ,
    /** Searching file contents (Grep). */
    GREP,
    /** Finding files by name (Glob). */
    GLOB,
    /** Changing existing files (Edit, MultiEdit, NotebookEdit). */
    EDIT,
    /** Creating or overwriting files (Write). */
    WRITE,
    /** Running shell commands (Bash). */
    SHELL,
    /** Fetching a web page (WebFetch). */
    WEB_FETCH,
    /** Searching the web (WebSearch). */
    WEB_SEARCH,
    /** Handing work to another agent (Task, and Agent, its newer name). */
    DELEGATE,
    /** Keeping a to-do list (TodoWrite). */
    TODO;

    private static final Map<String, Capability> CLAUDE_TOOLS = Map.ofEntries(
            Map.entry("Read", READ),
            Map.entry("NotebookRead", READ),
            Map.entry("Grep", GREP),
            Map.entry("Glob", GLOB),
            Map.entry("Edit", EDIT),
            Map.entry("MultiEdit", EDIT),
            Map.entry("NotebookEdit", EDIT),
            Map.entry("Write", WRITE),
            Map.entry("Bash", SHELL),
            Map.entry("WebFetch", WEB_FETCH),
            Map.entry("WebSearch", WEB_SEARCH),
            Map.entry("Task", DELEGATE),
            Map.entry("Agent", DELEGATE),
            Map.entry("TodoWrite", TODO));

    /** The capability a Claude Code tool grants; empty for a tool agentry cannot map (an MCP tool, a newer tool). */
    static Optional<Capability> ofClaudeTool(String tool) {
        return Optional.ofNullable(CLAUDE_TOOLS.get(tool));
    }

    /** True for the capabilities that change files in the repository. */
    boolean changesFiles() {
        return this == EDIT || this == WRITE;
    }
}
