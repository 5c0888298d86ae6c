/**
 * How outcomes read: the text a person sees (headlines, one line per file, diffs, hints, styled when the output is a
 * terminal) and the JSON scripts read, of a run and of a detection, written to an {@link dev.agentry.console.Io}. No
 * parsing and no terminal handling: the command layer ({@code cli}) decides what to run and hands the outcome here.
 */
package dev.agentry.console;
