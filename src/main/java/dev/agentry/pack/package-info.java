/**
 * Scaffold packs: scaffold layers kept in git repositories (a URL or a local repository, with an optional {@code #REF}),
 * resolved to a commit and fetched with JGit into the user's cache, never into a target; their manifest, the user's
 * trusted sources, and the rules for choosing a newer version. With {@code merge}, the only package that uses JGit.
 */
package dev.agentry.pack;
