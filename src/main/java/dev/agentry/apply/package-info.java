/**
 * The target repository adapter and the only writer: answers and state files, the lock, path containment,
 * and all-or-nothing transactions.
 */
package dev.agentry.apply;
