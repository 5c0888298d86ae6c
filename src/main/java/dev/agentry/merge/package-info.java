/** Line-based three-way merge and unified diffs, with JGit: the only package that uses it. */
package dev.agentry.merge;
