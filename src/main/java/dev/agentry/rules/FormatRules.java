package dev.agentry.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The format and coherence rules of a team, in one place: every Claude Code subagent file is valid
 * ({@link SubagentRules}), no file holds unresolved template syntax or an empty section ({@link TextRules}), and the team
 * is coherent ({@link CoherenceRules}). The matrix tests hold the built-in scaffolds to them, and
 * {@code agentry scaffolds check} a pack.
 */
public final class FormatRules implements TeamRule {

    @Override
    public List<Problem> check(TeamOutput team) {
        List<Problem> problems = new ArrayList<>();
        team.files().forEach((path, text) -> {
            if (SubagentRules.applies(path)) {
                problems.addAll(SubagentRules.check(path, text));
            }
            problems.addAll(TextRules.check(path, text));
        });
        problems.addAll(CoherenceRules.check(team));
        return problems;
    }
}
