package dev.agentry.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.agentry.support.AgentryException;

/** Checks the catalogue's workflow skills: a description, a template that exists, and roles that exist. */
final class SkillValidator {

    private final Catalog catalog;
    private final Map<String, String> origins;

    SkillValidator(Catalog catalog, Map<String, String> origins) {
        this.catalog = catalog;
        this.origins = origins;
    }

    void validate() {
        List<String> needable = new ArrayList<>(catalog.roles().stream().map(AgentSpec::id).toList());
        needable.add(SkillSpec.DEPLOYMENT);
        for (SkillSpec skill : catalog.skills()) {
            String origin = origins.get(skill.id());
            if (skill.description().isBlank()) {
                throw AgentryException.usage(origin + ": 'description' is required: the one line Claude Code lists in every"
                        + " conversation, saying when to use the skill.");
            }
            if (skill.template() == null || skill.template().isBlank()) {
                throw AgentryException.usage(origin + ": 'template' is required (a file under templates/).");
            }
            CatalogValidator.requireTemplate(catalog, origin, skill.template());
            for (String role : skill.needs()) {
                CatalogValidator.requireKnown(origin, "needs", "role", role, needable);
            }
        }
    }
}
