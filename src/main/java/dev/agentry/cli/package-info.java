/**
 * The command line and the interactive shell: the only package that uses Spring Shell and JLine. Each command and
 * option is defined once ({@link dev.agentry.cli.AgentryCommand}, {@link dev.agentry.cli.Opt}); that definition is
 * parsed, helped, completed and dispatched the same way from process arguments and from lines typed in the shell
 * ({@link dev.agentry.cli.Cli}, {@link dev.agentry.cli.Shell}). A command parses its options, calls one use case,
 * prints, and maps failures to exit codes ({@link dev.agentry.cli.Failure}).
 */
package dev.agentry.cli;
