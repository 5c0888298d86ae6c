/** Small shared helpers that depend on nothing else in agentry: exit codes, ids, hashing, text. */
package dev.agentry.support;
