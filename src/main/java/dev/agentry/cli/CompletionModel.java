package dev.agentry.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.agentry.support.Version;

/**
 * What a completion script is printed from: the command line's commands, each with its options and positional
 * arguments as defined once in {@link AgentryCommand} and {@link Opt}, and the values {@link Completions} can give
 * before any line is typed (agent tools, conflict styles, list kinds, commands, shells). The catalogue's ids are not
 * in it: a script asks agentry for those ({@link CompletionCommand}).
 *
 * @param fixed the values of each kind the script knows, in the order offered
 */
record CompletionModel(String version, List<Command> commands, Map<Opt.Values, List<Completions.Proposal>> fixed) {

    /** A word written into a script unquoted (a command, option or id): nothing a shell would split or expand. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]*");

    CompletionModel {
        commands = List.copyOf(commands);
        // in the order given: a script prints the same from one build to the next
        fixed = Collections.unmodifiableMap(new LinkedHashMap<>(fixed));
    }

    /**
     * One command as a script completes it.
     *
     * @param opts the options offered (its own and --timings)
     * @param positional what its positional arguments are
     */
    record Command(String name, List<String> aliases, String description, List<Opt> opts, Opt.Values positional,
            int maxPositionals) {

        Command {
            aliases = List.copyOf(aliases);
            opts = List.copyOf(opts);
        }

        /** The name, then the aliases. */
        List<String> names() {
            List<String> names = new ArrayList<>(List.of(name));
            names.addAll(aliases);
            return names;
        }

        /** The options that take the next word as their value. */
        List<Opt> valued() {
            return opts.stream().filter(Opt::takesNextWord).toList();
        }
    }

    /** The model of this command line's commands (the interactive shell's own commands are not the shell's to run). */
    static CompletionModel of(Cli cli) {
        List<Command> commands = new ArrayList<>();
        for (AgentryCommand command : cli.commands()) {
            if (!command.shellOnly()) {
                commands.add(new Command(command.getName(), command.aliases(), command.getDescription(),
                        Completions.offered(command), command.positionalValues(), command.maxPositionals()));
            }
        }
        Completions completions = cli.completions();
        Map<Opt.Values, List<Completions.Proposal>> fixed = new LinkedHashMap<>();
        for (Opt.Values kind : kinds(commands)) {
            if (!kind.fromCatalogue() && kind != Opt.Values.FOLDERS && kind != Opt.Values.FILES) {
                fixed.put(kind, completions.values(kind, List.of()));
            }
        }
        CompletionModel model = new CompletionModel(Version.current(), commands, fixed);
        model.checkPlain();
        return model;
    }

    /** Every kind of value an option or positional argument of these commands takes, but none. */
    private static Set<Opt.Values> kinds(List<Command> commands) {
        Set<Opt.Values> kinds = new LinkedHashSet<>();
        for (Command command : commands) {
            command.opts().forEach(o -> kinds.add(o.values()));
            if (command.maxPositionals() > 0) {
                kinds.add(command.positional());
            }
        }
        kinds.remove(Opt.Values.NONE);
        return kinds;
    }

    /** The kinds whose values the script asks agentry for. */
    List<Opt.Values> asked() {
        return kinds(commands).stream().filter(Opt.Values::fromCatalogue).toList();
    }

    /** The kinds whose values are comma-separated lists. */
    List<Opt.Values> lists() {
        return kinds(commands).stream().filter(Opt.Values::commaList).toList();
    }

    /** Every name a command answers to, in help order. */
    List<String> names() {
        return commands.stream().flatMap(c -> c.names().stream()).toList();
    }

    /** Scripts write names and ids bare: one a shell would split, quote or expand is a defect of the model, said here. */
    private void checkPlain() {
        List<String> words = new ArrayList<>(names());
        commands.forEach(c -> c.opts().forEach(o -> words.add(o.name())));
        fixed.values().forEach(proposals -> proposals.forEach(p -> words.add(p.value())));
        for (String word : words) {
            if (!PLAIN.matcher(word).matches()) {
                throw new IllegalStateException("'" + word + "' cannot be written into a completion script as a bare word");
            }
        }
    }
}
