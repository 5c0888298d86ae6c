/** Agent tool formats: one small writer per tool turns a rendered team into files (paths, frontmatter, blocks). */
package dev.agentry.format;
