package dev.agentry.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.agentry.console.Io;
import dev.agentry.app.ExportPlugin;
import dev.agentry.codec.Codec;
import dev.agentry.support.AgentryException;
import dev.agentry.support.Suggestions;

/** {@code agentry export plugin}: the target's Claude Code team as a plugin (and a marketplace) in a folder. */
final class ExportCommand extends AgentryCommand {

    static final List<String> KINDS = List.of("plugin");

    private static final Opt OUT = Opt.value("out", "DIR", "the folder to write the plugin into (new, empty, or an earlier"
            + " export)", Opt.Values.FOLDERS);
    private static final Opt MARKETPLACE = Opt.flag("marketplace", "also write .claude-plugin/marketplace.json listing the"
            + " plugin");
    private static final Opt FORCE = Opt.flag("force", "write into a folder that is not an earlier export (files of the same"
            + " names are overwritten)");
    private static final Opt AUTHOR = Opt.value("author", "NAME", "the author and marketplace owner (default: the project's"
            + " name)");

    private final Services services;

    ExportCommand(Services services) {
        super("export", "export the team's Claude Code agents and skills as a plugin for other repositories",
                "export plugin [--target DIR] --out DIR [--marketplace] [--force] [--author NAME] [--json]",
                List.of(CommonOpts.TARGET, OUT, MARKETPLACE, FORCE, AUTHOR, CommonOpts.JSON, CommonOpts.VERBOSE), 1);
        this.services = services;
    }

    @Override
    String details() {
        return "Writes .claude-plugin/plugin.json, agents/ and skills/ (and with --marketplace"
                + " .claude-plugin/marketplace.json) from the target's team, its edits included. An export records its"
                + " files in " + ExportPlugin.RECORD + ", so exporting again updates it; any other folder that is not empty"
                + " is refused (exit 2) unless --force. Check it with 'claude plugin validate --strict DIR'.";
    }

    @Override
    int run(Args args, Io io) {
        String kind = args.positionals().isEmpty() ? null : args.positionals().get(0);
        if (kind == null || !KINDS.contains(kind)) {
            throw AgentryException.usage((kind == null ? "What to export is missing" : "Unknown export '" + kind + "'."
                    + Suggestions.didYouMean(kind, KINDS)) + ": use 'agentry export plugin --out DIR'.");
        }
        if (!args.has("out")) {
            throw AgentryException.usage("--out DIR is required: the folder to write the plugin into.");
        }
        ExportPlugin.Result result = services.exportPlugin().run(new ExportPlugin.Request(CommonOpts.target(args),
                Path.of(args.value("out")), args.flag("marketplace") ? ExportPlugin.Listing.MARKETPLACE : ExportPlugin.Listing.PLUGIN,
                args.flag("force") ? ExportPlugin.Into.ANY_FOLDER : ExportPlugin.Into.NEW_OR_EARLIER_EXPORT,
                args.has("author") ? args.value("author") : null));
        if (args.flag("json")) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("command", "export");
            map.put("exitCode", 0);
            map.put("out", result.out().toString());
            map.put("name", result.name());
            map.put("version", result.version());
            map.put("agents", result.agents());
            map.put("skills", result.skills());
            map.put("marketplace", result.marketplace());
            map.put("files", result.written());
            map.put("deleted", result.deleted());
            map.put("updated", result.updated());
            map.put("notes", result.notes());
            io.out().print(Codec.writeJson(map));
            io.out().flush();
            return 0;
        }
        io.out().println(io.bold(result.updated() ? "Updated the export of" : "Exported") + " " + result.name() + " "
                + result.version() + " to " + result.out());
        io.out().println("  " + result.agents().size() + " agents: " + String.join(", ", result.agents()));
        io.out().println("  " + result.skills().size() + " skills: " + String.join(", ", result.skills()));
        io.out().println("  " + ExportPlugin.MANIFEST + (result.marketplace() ? ", " + ExportPlugin.MARKETPLACE : ""));
        result.deleted().forEach(path -> io.out().println("  deleted " + path + " (no longer in the team)"));
        result.notes().forEach(note -> io.out().println(io.dim("  note: " + note)));
        io.out().println("Check it with 'claude plugin validate --strict " + result.out() + "'"
                + (result.marketplace() ? "; add it with '/plugin marketplace add " + result.out() + "'." : "."));
        return 0;
    }
}
