/**
 * The command line and the interactive shell: the only package that uses Spring Shell. Commands parse options,
 * call one use case, print, and map failures to exit codes.
 */
package dev.agentry.cli;
