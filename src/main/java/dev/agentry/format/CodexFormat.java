package dev.agentry.format;

import dev.agentry.render.RenderedAgent;

/**
 * Codex custom agents: one {@code .codex/agents/<name>.toml} per agent with {@code name}, {@code description}, the
 * instructions as {@code developer_instructions}, and {@code sandbox_mode = "read-only"} for an agent that may not
 * change files.
 */
public final class CodexFormat extends AgentFolderFormat {

    public static final String ID = "codex";
    public static final String AGENTS_FOLDER = ".codex/agents/";

    /** The sandbox of an agent whose tools cannot change files; others keep the session's own sandbox. */
    static final String READ_ONLY = "read-only";

    public CodexFormat() {
        super(AGENTS_FOLDER, ".toml", CodexFormat::agentFile);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Codex";
    }

    @Override
    public String afterUpdate() {
        return "Codex loads " + AGENTS_FOLDER + " only in a project you trusted: trust this one if you have not, then start a"
                + " new Codex session.";
    }

    @Override
    public String label() {
        return "Codex - " + AGENTS_FOLDER + "<name>.toml";
    }

    static String agentFile(RenderedAgent agent) {
        StringBuilder out = new StringBuilder();
        out.append("name = ").append(Toml.basic(agent.name())).append('\n');
        out.append("description = ").append(Toml.basic(agent.description())).append('\n');
        if (!Grants.of(agent.tools()).changesFiles()) {
            // a shell can still write, so the sandbox, not the tool list, is what keeps a read-only role read-only
            out.append("sandbox_mode = ").append(Toml.basic(READ_ONLY)).append('\n');
        }
        out.append("developer_instructions = ").append(Toml.multiline(agent.body())).append('\n');
        return out.toString();
    }
}
