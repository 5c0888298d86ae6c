/**
 * Rules a rendered team must meet, as code: the agent tools' format rules and the team's coherence
 * ({@link dev.agentry.rules.FormatRules}, their one owner), run by the matrix tests over the built-in scaffolds and by
 * {@code agentry scaffolds check} over a pack. Each rule reports problems by file and line instead of stopping at the
 * first. Another rule set, such as a content lint of the agents' text, plugs in as a {@link dev.agentry.rules.TeamRule}
 * listed in {@link dev.agentry.rules.Rules#standard()}.
 */
package dev.agentry.rules;
