package dev.agentry.cli;

import java.util.Map;
import java.util.stream.Collectors;

/** The data of the fish completion script (its logic is the template {@code completion/agentry.fish}). */
final class FishScript {

    private FishScript() {
    }

    static Map<String, String> fill(CompletionModel model) {
        StringBuilder valueOptions = new StringBuilder();
        StringBuilder completes = new StringBuilder("# the commands\n");
        for (CompletionModel.Command command : model.commands()) {
            for (String name : command.names()) {
                completes.append("complete -c agentry -n __agentry_no_command -a ").append(name).append(" -d ")
                        .append(quoted(CompletionShell.oneLine(command.description()))).append('\n');
            }
        }
        for (CompletionModel.Command command : model.commands()) {
            String names = String.join(" ", command.names());
            completes.append("\n# ").append(command.name()).append('\n');
            for (Opt opt : command.opts()) {
                // an option is offered once, unless it may be repeated; the condition holds while its value is typed
                String condition = opt.repeatable() ? "__agentry_command_is " + names
                        : "__agentry_may_give " + opt.name() + " " + names;
                completes.append("complete -c agentry -n ").append(quoted(condition)).append(" -l ").append(opt.name())
                        .append(" -d ").append(quoted(CompletionShell.oneLine(opt.description()))).append(value(opt.values(), opt))
                        .append('\n');
            }
            if (command.maxPositionals() > 0) {
                completes.append("complete -c agentry -n ").append(quoted("__agentry_command_is " + names
                        + "; and __agentry_positional_open " + command.maxPositionals())).append(" -a ")
                        .append(quoted(values(command.positional()))).append('\n');
            }
            if (!command.valued().isEmpty()) {
                valueOptions.append("        case ").append(names).append("\n            printf '%s\\n' ")
                        .append(command.valued().stream().map(o -> "--" + o.name()).collect(Collectors.joining(" ")))
                        .append('\n');
            }
        }
        StringBuilder fixed = new StringBuilder();
        model.fixed().forEach((kind, values) -> fixed.append("        case ").append(kind.id()).append("\n            printf '%s\\t%s\\n'")
                .append(values.stream().map(p -> " " + p.value() + " " + quoted(CompletionShell.oneLine(p.description())))
                        .collect(Collectors.joining()))
                .append('\n'));
        return Map.of("VALUE_OPTIONS", valueOptions.toString().stripTrailing(), "FIXED", fixed.toString().stripTrailing(),
                "COMMANDS", completes.toString().stripTrailing());
    }

    /** What follows an option's name: nothing for a flag, else that it takes a value, and which values complete it. */
    private static String value(Opt.Values kind, Opt opt) {
        if (!opt.takesNextWord()) {
            return "";
        }
        return switch (kind) {
            case NONE -> " -x";
            case FILES -> " -r -F";
            default -> " -x -a " + quoted(values(kind));
        };
    }

    /** The command substitution that lists the values of a kind. */
    private static String values(Opt.Values kind) {
        if (kind == Opt.Values.FOLDERS) {
            return "(__fish_complete_directories (__agentry_token))";
        }
        return "(" + (kind.commaList() ? "__agentry_list " : "__agentry_values ") + kind.id() + ")";
    }

    /** A text in fish's single quotes, where only a quote and a backslash are escaped. */
    private static String quoted(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
