package dev.agentry.rules;

import java.util.ArrayList;
import java.util.List;

/** The rule sets {@code agentry scaffolds check} runs on every team a pack affects. */
public final class Rules {

    private Rules() {
    }

    /** Every standard rule set: the format and coherence rules, and the content lint of the team's text. */
    public static List<TeamRule> standard() {
        return List.of(new FormatRules(), new ContentRules());
    }

    /** Every problem the rule sets find in a team. */
    public static List<Problem> check(List<TeamRule> rules, TeamOutput team) {
        List<Problem> problems = new ArrayList<>();
        rules.forEach(rule -> problems.addAll(rule.check(team)));
        return problems;
    }
}
