/**
 * Merging agentry's entries into a JSON settings file the user shares with it (Claude Code's
 * {@code .claude/settings.json}): entry by entry and three-way, so that agentry owns only what it added, a rule the
 * user deleted stays deleted, and every other byte of the file stays as the user wrote it. Pure: text in, text out.
 */
package dev.agentry.settings;
