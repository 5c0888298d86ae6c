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

    /** The tool's name, as people call it: what {@link #label()} shows before " - ". */
    default String toolName() {
        String label = label();
        int dash = label.indexOf(" - ");
        return dash < 0 ? id() : label.substring(0, dash);
    }

    /**
     * What the user does once files of this format changed, so that the tool loads them (one sentence); empty for a
     * format no tool needs telling about.
     */
    default String afterUpdate() {
        return "Restart " + toolName() + " to load the team.";
    }

    /**
     * True when the file at this path (relative to the repository, with {@code /}) is one this format writes, so that a
     * run can tell which tools' files it changed. By default the files under {@code .<id>/}, where most tools keep
     * theirs; a format that writes elsewhere says so.
     */
    default boolean owns(String path) {
        return path.startsWith("." + id() + "/");
    }

    /** The files (or managed blocks) of the team in this format. */
    List<DesiredFile> files(RenderedTeam team);
}
