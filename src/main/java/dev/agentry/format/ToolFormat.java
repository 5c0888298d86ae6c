package dev.agentry.format;

import java.util.List;

import dev.agentry.compose.Team;
import dev.agentry.plan.DesiredFile;
import dev.agentry.render.RenderedTeam;

/** Writes a rendered team in one agent tool's format (folder, file shape, frontmatter fields). */
public interface ToolFormat {

    /** The target's id, as given to --targets. */
    String id();

    /** The agent tool's name, as the wizard, {@code agentry list targets} and the restart hint say it ("Claude Code"). */
    String name();

    /**
     * Where this target writes, relative to the repository: {@code <agent>} stands for each agent's name, and a file
     * agentry shares with the user (a team block, entries in a list) is named as it is.
     */
    List<String> paths();

    /** What the init wizard shows for this target: the tool's name and where its files go. */
    default String label() {
        return name() + " - " + String.join(", ", paths());
    }

    /** The document templates this format needs rendered with the team (for example "claude-md.ftl"); none by default. */
    default List<String> documents(Team team) {
        return List.of();
    }

    /** The tool's name, as people call it: {@link #name()}, under the name the closing line and completion ask for. */
    default String toolName() {
        return name();
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
