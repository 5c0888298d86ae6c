package dev.agentry.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.agentry.console.Io;
import dev.agentry.codec.Codec;
import dev.agentry.support.Version;

/** {@code agentry version}. */
final class VersionCommand extends AgentryCommand {

    VersionCommand() {
        super("version", "print agentry's version", "version [--json]", List.of(CommonOpts.JSON), 0);
    }

    @Override
    int run(Args args, Io io) {
        int java = Runtime.version().feature();
        if (args.flag("json")) {
            Map<String, Object> version = new LinkedHashMap<>();
            version.put("version", Version.current());
            version.put("java", java);
            io.out().print(Codec.writeJson(version));
            return 0;
        }
        io.out().println("agentry " + Version.current() + " (Java " + java + ")");
        return 0;
    }
}
