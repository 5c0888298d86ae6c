/**
 * Agent tool formats: one small writer per tool turns a rendered team into files (paths, frontmatter, blocks). The
 * tools that read one file per agent from a folder of their own share {@link dev.agentry.format.AgentFolderFormat},
 * so each says only what its agent file holds.
 */
package dev.agentry.format;
