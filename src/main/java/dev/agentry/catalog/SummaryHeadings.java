package dev.agentry.catalog;

/**
 * The headings of an agent's body that the shared documents ({@code CLAUDE.md}, {@code AGENTS.md}) show condensed,
 * as the catalogue declares them under {@code summary-headings} in {@code catalog.yml}: a layer whose templates use
 * other headings names them there. A heading a layer leaves out keeps the one below it.
 *
 * @param role the section documents show as each agent's {@code role} (else the body's first paragraph)
 * @param responsibilities the section shown as its {@code responsibilities} (else nothing)
 * @param triggers the section whose list items are its {@code triggers} (else none)
 */
public record SummaryHeadings(String role, String responsibilities, String triggers) {

    /** No heading declared: documents see each body's first paragraph as the role and nothing else. */
    public static final SummaryHeadings NONE = new SummaryHeadings(null, null, null);

    public SummaryHeadings {
        role = role == null ? "" : role.strip();
        responsibilities = responsibilities == null ? "" : responsibilities.strip();
        triggers = triggers == null ? "" : triggers.strip();
    }

    /** These headings with each one the other declares in place of this one's. */
    public SummaryHeadings overriddenBy(SummaryHeadings other) {
        return new SummaryHeadings(other.role.isEmpty() ? role : other.role,
                other.responsibilities.isEmpty() ? responsibilities : other.responsibilities,
                other.triggers.isEmpty() ? triggers : other.triggers);
    }
}
