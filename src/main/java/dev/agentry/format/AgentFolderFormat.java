package dev.agentry.format;

import java.util.List;
import java.util.function.Function;

import dev.agentry.plan.DesiredFile;
import dev.agentry.render.RenderedAgent;
import dev.agentry.render.RenderedTeam;

/**
 * A format that writes one file per agent into a folder of its own ({@code .gemini/agents/<agent>.md}): the folder's
 * files are the format's, and each agent's file is what the format makes of that agent.
 */
abstract class AgentFolderFormat implements ToolFormat {

    private final String folder;
    private final String suffix;
    private final Function<RenderedAgent, String> agentFile;

    /**
     * @param folder the folder, relative to the repository, with its trailing {@code /}
     * @param suffix what follows the agent's name in its file's name ({@code .md})
     * @param agentFile the text of one agent's file
     */
    AgentFolderFormat(String folder, String suffix, Function<RenderedAgent, String> agentFile) {
        this.folder = folder;
        this.suffix = suffix;
        this.agentFile = agentFile;
    }

    @Override
    public final boolean owns(String path) {
        return path.startsWith(folder);
    }

    @Override
    public final List<String> paths() {
        return List.of(folder + "<agent>" + suffix);
    }

    @Override
    public List<DesiredFile> files(RenderedTeam team) {
        return team.agents().stream().map(a -> DesiredFile.whole(folder + a.name() + suffix, agentFile.apply(a))).toList();
    }
}
