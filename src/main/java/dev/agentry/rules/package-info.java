/**
 * Rules a rendered team must meet, as code: the agent tools' format rules and the team's coherence
 * ({@link dev.agentry.rules.FormatRules}, their one owner) and the content lint of what the team's text says
 * ({@link dev.agentry.rules.ContentRules} over the checks of {@code ContentLint}), run by the matrix tests over the
 * built-in scaffolds and by {@code agentry scaffolds check} over a pack. Each rule reports problems by file and line
 * instead of stopping at the first. Each rule set is a {@link dev.agentry.rules.TeamRule} listed in
 * {@link dev.agentry.rules.Rules#standard()}.
 */
package dev.agentry.rules;
