package dev.agentry.format;

import java.util.List;

import dev.agentry.compose.Team;
import dev.agentry.plan.Blocks;
import dev.agentry.plan.DesiredFile;
import dev.agentry.render.RenderedTeam;

/**
 * AGENTS.md, the plain-Markdown instructions file many agent tools read: the team, when to delegate to whom, and
 * each role's condensed instructions, in a managed block of the root {@code AGENTS.md} (text outside it is kept).
 */
public final class AgentsMdFormat implements ToolFormat {

    public static final String ID = "agents-md";
    public static final String AGENTS_MD = "AGENTS.md";
    public static final String TEMPLATE = "agents-md.ftl";
    public static final String BLOCK = "team";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "AGENTS.md";
    }

    @Override
    public List<String> paths() {
        return List.of(AGENTS_MD);
    }

    @Override
    public String afterUpdate() {
        // AGENTS.md is read afresh at the start of every session of the tools that read it: nothing to do
        return "";
    }

    @Override
    public boolean owns(String path) {
        return path.equals(AGENTS_MD);
    }

    @Override
    public String label() {
        return "AGENTS.md - a team block in " + AGENTS_MD + ", read by many agent tools";
    }

    @Override
    public List<String> documents(Team team) {
        return List.of(TEMPLATE);
    }

    @Override
    public List<DesiredFile> files(RenderedTeam team) {
        return List.of(teamBlock(team));
    }

    /**
     * The team block of {@code AGENTS.md}, for every target whose tool reads it (Cursor too): the same key, so a run
     * that chooses several of them writes it once. Kilo Code substitutes {@code {env:X}} and {@code {file:path}} in the
     * instructions files it reads, and drops the whole file for a blocked reference (an {@code {env:HOME}} in a project
     * name), so those are kept out of its substitution as in Kilo's agent files.
     */
    static DesiredFile teamBlock(RenderedTeam team) {
        return DesiredFile.block(AGENTS_MD, BLOCK,
                Blocks.withoutMarkers(TemplateText.withoutBraceReferences(team.documents().get(TEMPLATE))));
    }
}
