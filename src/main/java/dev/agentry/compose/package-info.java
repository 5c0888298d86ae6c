/** Composition: answers and catalogue in, a team out (members, colors, variables). No I/O. */
package dev.agentry.compose;
