package dev.agentry.cli;

import java.nio.file.Path;
import java.util.function.Supplier;

import dev.agentry.app.Catalogs;
import dev.agentry.app.Check;
import dev.agentry.app.ExportPlugin;
import dev.agentry.app.Generate;
import dev.agentry.app.PackCheck;
import dev.agentry.app.Remove;
import dev.agentry.app.Scaffolds;
import dev.agentry.apply.FileSystem;
import dev.agentry.pack.Places;
import dev.agentry.pack.Trust;
import dev.agentry.pack.UserConfig;

/**
 * The use cases the commands call, built once per process and shared (templates are parsed once).
 *
 * @param fleetTrust the scaffold sources a fleet run accepts, from the user's config.yml (read when a fleet asks)
 * @param scaffolds the loaded scaffolds and the pack cache the use cases share
 */
record Services(Generate generate, Check check, Remove remove, Catalogs catalogs, PackCheck packCheck,
        Supplier<Trust> fleetTrust, Scaffolds scaffolds, ExportPlugin exportPlugin) {

    static Services standard() {
        return of(new Scaffolds(), () -> UserConfig.read(Places.fromEnvironment().config(),
                Path.of(System.getProperty("user.home"))).trust());
    }

    /** The services over these scaffolds (and their pack cache), with this trust for fleet runs. */
    static Services of(Scaffolds scaffolds, Supplier<Trust> fleetTrust) {
        return new Services(new Generate(scaffolds, FileSystem.REAL), new Check(scaffolds, FileSystem.REAL),
                new Remove(FileSystem.REAL), new Catalogs(scaffolds), new PackCheck(scaffolds), fleetTrust, scaffolds,
                new ExportPlugin(scaffolds, FileSystem.REAL));
    }
}
