package dev.agentry.cli;

import java.util.Map;
import java.util.stream.Collectors;

/** The data of the zsh completion script (its logic is the template {@code completion/_agentry}). */
final class ZshScript {

    private ZshScript() {
    }

    static Map<String, String> fill(CompletionModel model) {
        StringBuilder commands = new StringBuilder();
        StringBuilder arguments = new StringBuilder();
        for (CompletionModel.Command command : model.commands()) {
            for (String name : command.names()) {
                commands.append("        ").append(CompletionShell.posixQuoted(name + ":"
                        + CompletionShell.oneLine(command.description()))).append('\n');
            }
            arguments.append("        ").append(String.join(" | ", command.names())).append(")\n");
            arguments.append("          _arguments -S");
            for (Opt opt : command.opts()) {
                arguments.append(" \\\n            ").append(CompletionShell.posixQuoted(spec(opt)));
            }
            if (command.maxPositionals() > 0) {
                String kind = command.positional().id();
                arguments.append(" \\\n            ").append(CompletionShell.posixQuoted(
                        (command.maxPositionals() > 1 ? "*" : "") + "::" + kind + ":_agentry_values " + kind));
            }
            arguments.append(" && ret=0\n          ;;\n");
        }
        StringBuilder fixed = new StringBuilder();
        model.fixed().forEach((kind, values) -> fixed.append("    ").append(kind.id()).append(") ids=(")
                .append(values.stream().map(p -> CompletionShell.posixQuoted(p.value()
                        + (p.description().isEmpty() ? "" : ":" + CompletionShell.oneLine(p.description()))))
                        .collect(Collectors.joining(" ")))
                .append(") ;;\n"));
        return Map.of("COMMANDS", commands.toString().stripTrailing(), "ARGUMENTS", arguments.toString().stripTrailing(),
                "FIXED", fixed.toString().stripTrailing(),
                "LISTS", model.lists().stream().map(Opt.Values::id).collect(Collectors.joining(" ")));
    }

    /**
     * The option as {@code _arguments} takes it: {@code --name[description]} for a flag (or an optional value, typed
     * {@code --name=VALUE}); for an option with a value,
     * {@code --name=[description]:LABEL:action} (the value after a blank or an '='), starred when it may be repeated.
     */
    private static String spec(Opt opt) {
        String description = "[" + CompletionShell.oneLine(opt.description()).replace("\\", "\\\\").replace("[", "\\[")
                .replace("]", "\\]") + "]";
        if (!opt.takesNextWord()) {
            return (opt.repeatable() ? "*" : "") + "--" + opt.name() + description;
        }
        String label = opt.valueLabel().replace("\\", "\\\\").replace(":", "\\:");
        String action = opt.values() == Opt.Values.NONE ? " " : "_agentry_values " + opt.values().id();
        return (opt.repeatable() ? "*" : "") + "--" + opt.name() + "=" + description + ":" + label + ":" + action;
    }
}
