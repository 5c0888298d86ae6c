/**
 * Detection of the project type, stack and deployment of an existing repository: a bounded walk of its paths (level by
 * level, on two threads, with the same result as on one), manifest readers, the catalogue's signals matched and scored, and proposals with their evidence. It reads and never writes;
 * only {@code agentry detect} and {@code --detect} load it.
 */
package dev.agentry.detect;
