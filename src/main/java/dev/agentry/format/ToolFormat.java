package dev.agentry.format;

import java.util.List;

import dev.agentry.compose.Team;
import dev.agentry.plan.DesiredFile;
import dev.agentry.render.RenderedTeam;

/** Writes a rendered team in one agent tool's format (folder, file shape, frontmatter fields). */
public interface ToolFormat {

    /** The target's id, as given to --targets. */
    String id();

    /** What the init wizard shows for this target: the tool's name and where its files go. */
    String label();

    /** The document templates this format needs rendered with the team (for example "claude-md.ftl"); none by default. */
    default List<String> documents(Team team) {
        return List.of();
    }

    /** The files (or managed blocks) of the team in this format. */
    List<DesiredFile> files(RenderedTeam team);
}
