/**
 * Planning: a pure function from the new render, the recorded state and a view of the disk to one action per
 * file (create, update, merge, conflict, delete, keep ...). No java.nio.file here.
 */
package dev.agentry.plan;
