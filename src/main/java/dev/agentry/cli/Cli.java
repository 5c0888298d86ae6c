package dev.agentry.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import dev.agentry.console.Io;
import dev.agentry.support.AgentryException;
import dev.agentry.support.Suggestions;
import dev.agentry.support.Timings;

/**
 * Runs one command from a list of words and returns its exit code: the process's arguments on the command line,
 * or a line typed in the interactive shell once split into words ({@link Shell}). Both go through the same
 * dispatch, parser, help and error reporting; the shell adds only its own commands (clear, history, quit).
 */
public final class Cli {

    /** Where the commands are typed: the process's command line, or the interactive shell's prompt. */
    enum Surface {
        COMMAND_LINE, SHELL
    }

    private final List<AgentryCommand> commands;
    private final Surface surface;
    private final Services services;

    private Cli(List<AgentryCommand> commands, Surface surface, Services services) {
        this.commands = List.copyOf(commands);
        this.surface = surface;
        this.services = services;
    }

    /**
     * The one place agentry's objects are wired, for both surfaces: the use cases, the commands (init with the
     * wizard and terminal given, which are made only when init runs in a terminal), the shell's own commands, and
     * help over all of them.
     */
    static Cli create(Surface surface, Supplier<InitWizard> wizards, Supplier<WizardTerminal> sessions,
            List<AgentryCommand> shellCommands) {
        return create(surface, Services.standard(), wizards, sessions, shellCommands);
    }

    /** The same wiring over these use cases (a test's own pack cache and config.yml, say). */
    static Cli create(Surface surface, Services services, Supplier<InitWizard> wizards, Supplier<WizardTerminal> sessions,
            List<AgentryCommand> shellCommands) {
        List<AgentryCommand> all = new ArrayList<>(Commands.all(services, wizards, sessions));
        // completion, like help, is about the commands themselves: it is given them once they are all made
        AtomicReference<Cli> made = new AtomicReference<>();
        all.add(new CompletionCommand(made::get));
        all.addAll(shellCommands);
        List<AgentryCommand> view = List.copyOf(all);
        all.add(new HelpCommand(() -> view, surface));
        Cli cli = new Cli(all, surface, services);
        made.set(cli);
        return cli;
    }

    /** The command line's commands on the process's own terminal (init's wizard opens it when needed). */
    public static Cli standard() {
        return standard(Timings.OFF);
    }

    /** The command line's commands, their making recorded in these timings. */
    public static Cli standard(Timings timings) {
        Cli cli = create(Surface.COMMAND_LINE, Wizards::standalone, Wizards::systemSession, List.of());
        timings.mark("commands ready");
        return cli;
    }

    /** True when these arguments open the interactive shell (no arguments); everything else runs without it. */
    public static boolean needsShell(String[] args) {
        return args.length == 0;
    }

    /** Runs the process's arguments on its own streams, recording into these timings (from the JVM's start). */
    public int run(String[] args, Timings timings) {
        return run(args, Terminals.io(), timings);
    }

    /** Runs a process's arguments; --timings records from the JVM's start. */
    int run(String[] args, Io io) {
        return run(args, io, Arrays.asList(args).contains("--" + AgentryCommand.TIMINGS.name()) ? Timings.sinceJvmStart()
                : Timings.OFF);
    }

    private int run(String[] args, Io io, Timings timings) {
        List<String> words = new ArrayList<>(Arrays.asList(args));
        words.remove("--" + AgentryCommand.TIMINGS.name());
        try {
            return run(words, io, timings);
        }
        finally {
            timings.print(io.err());
        }
    }

    /** Runs one command given as words; in the shell, a leading {@code agentry} (a pasted command line) is skipped. */
    int run(List<String> words, Io io) {
        return run(words, io, Timings.OFF);
    }

    private int run(List<String> words, Io io, Timings timings) {
        if (surface == Surface.SHELL && !words.isEmpty() && words.get(0).equals("agentry")) {
            words = words.subList(1, words.size());
        }
        if (words.isEmpty()) {
            return find("help").orElseThrow().execute(List.of(), io);
        }
        String first = words.get(0);
        List<String> rest = words.subList(1, words.size());
        if (first.equals("--help") || first.equals("-h")) {
            return find("help").orElseThrow().execute(rest, io);
        }
        if (first.equals("--version")) {
            return find("version").orElseThrow().execute(rest, io);
        }
        Optional<AgentryCommand> command = find(first);
        // each command asks the packs' repositories afresh (the shell's services outlive its commands)
        services.scaffolds().newCommand();
        if (command.isEmpty()) {
            return Failure.report(null, AgentryException.usage(unknown(first)), Failure.Asked.in(words), io);
        }
        return command.get().execute(rest, io, timings);
    }

    private String unknown(String name) {
        String help = surface == Surface.SHELL ? "help" : "agentry help";
        String suggestion = Suggestions.didYouMean(name, names());
        return "Unknown command '" + name + "'." + (suggestion.isEmpty() ? " Commands: " + String.join(", ", names()) + "."
                : suggestion) + " See '" + help + "'.";
    }

    /** Every command's name and aliases, in help order. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        commands.forEach(c -> {
            names.add(c.getName());
            names.addAll(c.aliases());
        });
        return names;
    }

    Optional<AgentryCommand> find(String name) {
        return commands.stream().filter(c -> c.getName().equals(name) || c.aliases().contains(name)).findFirst();
    }

    List<AgentryCommand> commands() {
        return commands;
    }

    Surface surface() {
        return surface;
    }

    /** What tab completion offers for these commands: the shell's, and the completion scripts' ({@link CompletionCommand}). */
    Completions completions() {
        return new Completions(this, services.catalogs());
    }
}
