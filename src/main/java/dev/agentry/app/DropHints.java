package dev.agentry.app;

import java.util.List;
import java.util.Optional;

import dev.agentry.apply.Workspace;
import dev.agentry.compose.Member;
import dev.agentry.compose.Team;
import dev.agentry.format.ClaudeFormat;
import dev.agentry.format.ClaudeSettings;
import dev.agentry.format.ClaudeSkills;
import dev.agentry.format.ToolFormat;
import dev.agentry.plan.DesiredFile;

/**
 * Which answer takes a file out of the team for good, said to a user who deleted it (agentry writes a deleted file
 * again while the team still has it, so that the team and every file naming its members stay coherent).
 */
final class DropHints {

    private static final String ANSWERS = Workspace.META + "/answers.yml";

    private DropHints() {
    }

    /** The file with its drop hint; {@code formats} are the targets that want it (the AGENTS.md block has several). */
    static DesiredFile of(DesiredFile file, List<ToolFormat> formats, Team team) {
        return file.withDropHint(hint(file, formats, team));
    }

    private static String hint(DesiredFile file, List<ToolFormat> formats, Team team) {
        if (file.path().equals(ClaudeSettings.PATH)) {
            return "to leave agentry's entries out, set " + ClaudeSettings.SETTING + " to false (--set " + ClaudeSettings.SETTING
                    + "=false)";
        }
        if (file.isBlock()) {
            if (formats.size() == 1 && formats.get(0).id().equals(ClaudeFormat.ID)) {
                return "to turn the " + file.path() + " block off, set " + ClaudeFormat.SETTING + " to false (--set "
                        + ClaudeFormat.SETTING + "=false)";
            }
            return withoutTargets(formats);
        }
        if (file.path().startsWith(ClaudeSkills.FOLDER)) {
            return "to leave the workflow skills out, set " + ClaudeSkills.SETTING + " to false (--set " + ClaudeSkills.SETTING
                    + "=false)";
        }
        Optional<Member> member = owner(file.path(), team);
        if (member.isEmpty()) {
            return withoutTargets(formats);
        }
        if (member.get().deployment()) {
            return member.get().name() + " is the deployment's agent: it goes only with another deployment (--deployment,"
                    + " or `deployment:` in " + ANSWERS + ")";
        }
        return "to drop the role for good, leave " + member.get().name() + " out of the team (--agents with the roles to"
                + " keep, or `agents:` in " + ANSWERS + ")";
    }

    private static String withoutTargets(List<ToolFormat> formats) {
        List<String> ids = formats.stream().map(ToolFormat::id).toList();
        String names = ids.size() == 1 ? ids.get(0)
                : String.join(", ", ids.subList(0, ids.size() - 1)) + " and " + ids.get(ids.size() - 1);
        return "to drop it for good, leave " + names + " out of the agent tools (--targets, or `targets:` in " + ANSWERS
                + ")";
    }

    /** The member a file is for: every format names an agent's file after the agent ({@code <name>.md}, ...). */
    private static Optional<Member> owner(String path, Team team) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.indexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        return team.member(stem);
    }
}
