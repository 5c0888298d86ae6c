package dev.agentry.cli;

import java.util.List;

import dev.agentry.support.Version;

/** {@code agentry version}. */
final class VersionCommand extends AgentryCommand {

    VersionCommand() {
        super("version", "print agentry's version", "version", List.of(), 0);
    }

    @Override
    int run(Args args, Io io) {
        io.out().println("agentry " + Version.current() + " (Java " + Runtime.version().feature() + ")");
        return 0;
    }
}
