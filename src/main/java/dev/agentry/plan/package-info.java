/**
 * Planning: a pure function from the new render, the recorded state and a view of the disk to one action per
 * file (create, update, merge, conflict, delete, keep ...), with the recorded texts the plan relies upon, which the
 * caller checks against the state's hashes before carrying it out. No java.nio.file here, and no callback.
 */
package dev.agentry.plan;
