/** Answers: where they come from, their precedence and their validation against the catalogue. */
package dev.agentry.interview;
