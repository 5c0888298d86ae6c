package dev.agentry.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.agentry.console.Io;
import dev.agentry.app.Scaffolds;
import dev.agentry.pack.Packs;
import dev.agentry.pack.UserConfig;

/**
 * Runs agentry's commands in-process as separate runs would (each with its own services, so nothing a run learned
 * carries over), with the pack cache and the user's config.yml in folders of the test's own.
 */
final class PackHarness {

    final Path cache;
    final Path config;
    private final Map<String, String> environment;

    PackHarness(Path home) {
        this(home, Map.of());
    }

    PackHarness(Path home, Map<String, String> environment) {
        this.cache = home.resolve("cache/agentry/packs");
        this.config = home.resolve("config/agentry/config.yml");
        this.environment = environment;
    }

    /** Writes the user's config.yml. */
    void config(String text) {
        try {
            Files.createDirectories(config.getParent());
            Files.writeString(config, text);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CliHarness.Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Io io = new Io(new PrintWriter(out), new PrintWriter(err), false, false);
        Services services = Services.of(new Scaffolds(new Packs(cache, environment::get)),
                () -> UserConfig.read(config, config.getParent()).trust());
        int code = Cli.create(Cli.Surface.COMMAND_LINE, services, null, null, List.of()).run(args, io);
        return new CliHarness.Run(code, out.toString(), err.toString());
    }
}
