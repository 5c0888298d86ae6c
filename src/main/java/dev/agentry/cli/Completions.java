package dev.agentry.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import dev.agentry.catalog.AgentSpec;
import dev.agentry.catalog.Catalog;
import dev.agentry.catalog.Deployment;
import dev.agentry.catalog.ProjectType;
import dev.agentry.catalog.Stack;
import dev.agentry.format.Formats;

/** What tab completion offers for an option's value in the shell: ids from the catalogue, and fixed choices. */
final class Completions {

    private final Supplier<Catalog> catalog;
    private final Supplier<List<String>> commands;
    private Catalog loaded;

    Completions(Supplier<Catalog> catalog, Supplier<List<String>> commands) {
        this.catalog = catalog;
        this.commands = commands;
    }

    /** Completions from the catalogue of the current folder (its own .agentry/scaffolds/ included). */
    static Completions of(Services services) {
        return new Completions(() -> services.catalogs().list(Path.of("."), List.of()),
                () -> Commands.all(services).stream().map(AgentryCommand::getName).toList());
    }

    /** The values offered for an option (or positional argument) of this kind, given what is typed so far. */
    List<String> values(Opt.Values kind, String typed) {
        List<String> ids = switch (kind) {
            case PROJECT_TYPES -> catalog().projectTypes().stream().map(ProjectType::id).toList();
            case DEPLOYMENTS -> catalog().deployments().stream().map(Deployment::id).toList();
            case STACKS -> catalog().stacks().stream().map(Stack::id).toList();
            case AGENTS -> catalog().roles().stream().map(AgentSpec::id).toList();
            case TARGETS -> Formats.ids();
            case CONFLICT_STYLES -> List.of("inline", "rej");
            case KINDS -> ListCommand.KINDS;
            case COMMANDS -> commands.get();
            default -> List.of();
        };
        boolean commaList = kind == Opt.Values.AGENTS || kind == Opt.Values.TARGETS;
        String head = commaList && typed.contains(",") ? typed.substring(0, typed.lastIndexOf(',') + 1) : "";
        String last = typed.substring(head.length());
        List<String> values = new ArrayList<>();
        for (String id : ids) {
            if (id.startsWith(last)) {
                values.add(head + id);
            }
        }
        return values;
    }

    private Catalog catalog() {
        if (loaded == null) {
            loaded = catalog.get();
        }
        return loaded;
    }
}
