/**
 * Use cases: generate and update, check, remove and list, each one public method over the pipeline; and the pure step
 * from answers to a team's files ({@link dev.agentry.app.TeamGenerator}) they all plan from.
 */
package dev.agentry.app;
