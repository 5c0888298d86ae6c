package dev.agentry.cli;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The data of the bash completion script (its logic is the template {@code completion/agentry.bash}). */
final class BashScript {

    private BashScript() {
    }

    static Map<String, String> fill(CompletionModel model) {
        StringBuilder options = new StringBuilder();
        StringBuilder positionals = new StringBuilder();
        for (CompletionModel.Command command : model.commands()) {
            String label = "    " + String.join(" | ", command.names()) + ") ";
            options.append(label).append("_agentry_opts='").append(command.opts().stream().map(BashScript::option)
                    .collect(Collectors.joining(" "))).append("' ;;\n");
            if (command.maxPositionals() > 0) {
                positionals.append(label).append("_agentry_pos=").append(command.positional().id()).append(" _agentry_max=")
                        .append(command.maxPositionals()).append(" ;;\n");
            }
        }
        StringBuilder fixed = new StringBuilder();
        model.fixed().forEach((kind, values) -> fixed.append("    ").append(kind.id()).append(") _agentry_ids='")
                .append(values.stream().map(Completions.Proposal::value).collect(Collectors.joining(" "))).append("' ;;\n"));
        return Map.of("COMMANDS", String.join(" ", model.names()), "ASKED", ids(model.asked()), "LISTS", ids(model.lists()),
                "OPTIONS", options.toString().stripTrailing(), "POSITIONALS", positionals.toString().stripTrailing(),
                "FIXED", fixed.toString().stripTrailing());
    }

    /** --name for a flag, --name=KIND for an option with a value, --name=KIND+ when it may be repeated. */
    private static String option(Opt opt) {
        if (!opt.takesNextWord()) {
            return "--" + opt.name();
        }
        return "--" + opt.name() + "=" + opt.values().id() + (opt.repeatable() ? "+" : "");
    }

    private static String ids(List<Opt.Values> kinds) {
        return kinds.stream().map(Opt.Values::id).collect(Collectors.joining(" "));
    }
}
