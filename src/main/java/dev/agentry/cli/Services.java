package dev.agentry.cli;

import dev.agentry.app.Catalogs;
import dev.agentry.app.Check;
import dev.agentry.app.ExportPlugin;
import dev.agentry.app.Generate;
import dev.agentry.app.Remove;
import dev.agentry.app.Scaffolds;
import dev.agentry.apply.FileSystem;

/** The use cases the commands call, built once per process and shared (templates are parsed once). */
record Services(Generate generate, Check check, Remove remove, Catalogs catalogs, ExportPlugin exportPlugin) {

    static Services standard() {
        Scaffolds scaffolds = new Scaffolds();
        return new Services(new Generate(scaffolds, FileSystem.REAL), new Check(scaffolds, FileSystem.REAL),
                new Remove(FileSystem.REAL), new Catalogs(scaffolds), new ExportPlugin(scaffolds, FileSystem.REAL));
    }
}
