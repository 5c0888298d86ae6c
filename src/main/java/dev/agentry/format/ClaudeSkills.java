package dev.agentry.format;

import java.util.ArrayList;
import java.util.List;

import dev.agentry.catalog.SkillSpec;
import dev.agentry.compose.Team;
import dev.agentry.plan.DesiredFile;
import dev.agentry.render.RenderedSkill;
import dev.agentry.render.RenderedTeam;

/**
 * Claude Code's workflow skills: which of the catalogue's skills a team gets (those whose roles it has), and each
 * one's {@code .claude/skills/<name>/SKILL.md}.
 */
public final class ClaudeSkills {

    public static final String FOLDER = ".claude/skills/";
    public static final String FILE = "SKILL.md";
    public static final String SETTING = "claude-skills";

    private ClaudeSkills() {
    }

    /** The templates of the skills this team gets; none when the setting is off. */
    static List<String> templates(Team team) {
        if (!team.enabled(SETTING)) {
            return List.of();
        }
        return team.catalog().skills().stream().filter(s -> applies(s, team)).map(SkillSpec::template).toList();
    }

    /** A skill is written when the team has one of the roles it needs (or it needs none). */
    static boolean applies(SkillSpec skill, Team team) {
        return skill.needs().isEmpty() || skill.needs().stream().anyMatch(role -> has(team, role));
    }

    private static boolean has(Team team, String role) {
        return team.members().stream().anyMatch(m -> role.equals(SkillSpec.DEPLOYMENT) ? m.deployment()
                : !m.deployment() && m.spec().id().equals(role));
    }

    /** The path of a skill's file, relative to the folder that holds {@code skills/}. */
    public static String path(String name) {
        return name + "/" + FILE;
    }

    static List<DesiredFile> files(RenderedTeam team) {
        List<DesiredFile> files = new ArrayList<>();
        for (RenderedSkill skill : team.skills()) {
            files.add(DesiredFile.whole(FOLDER + path(skill.name()), file(skill)));
        }
        return files;
    }

    /** A SKILL.md: frontmatter with the name, the description and the argument hint, then the instructions. */
    public static String file(RenderedSkill skill) {
        Frontmatter frontmatter = new Frontmatter().plain("name", skill.name()).quoted("description", skill.description());
        if (skill.argumentHint() != null && !skill.argumentHint().isBlank()) {
            frontmatter.quoted("argument-hint", skill.argumentHint());
        }
        return frontmatter.then(skill.body());
    }
}
