package dev.agentry.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A workflow skill of the catalogue: a Claude Code skill ({@code .claude/skills/<id>/SKILL.md}) the main agent runs to
 * take the team through a workflow.
 *
 * @param id the skill's name, which the user types as {@code /id}
 * @param description a template for the one line Claude Code lists in every conversation: when to use the skill
 * @param template the FreeMarker template of the body, relative to {@code templates/}
 * @param argumentHint what to type after {@code /id}, shown by Claude Code's autocomplete, or null
 * @param needs the roles of which the team must have at least one for the skill to be written ({@code deployment}
 *     stands for the deployment agent); empty: every team gets it
 */
public record SkillSpec(String id, String description, String template, String argumentHint, List<String> needs) {

    /** The name under which the deployment agent, whatever the platform calls it, is named in {@code needs}. */
    public static final String DEPLOYMENT = "deployment";

    public SkillSpec {
        Objects.requireNonNull(id, "id is required");
        description = description == null ? "" : description;
        needs = needs == null ? List.of() : List.copyOf(needs);
    }
}
