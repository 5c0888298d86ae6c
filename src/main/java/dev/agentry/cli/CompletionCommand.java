package dev.agentry.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import dev.agentry.console.Io;
import dev.agentry.support.AgentryException;
import dev.agentry.support.Suggestions;

/**
 * {@code agentry completion bash|zsh|fish}: prints that shell's completion script, made from the command model. The
 * script knows the commands, options and fixed choices; for the catalogue's ids it runs the hidden
 * {@code agentry completion --values KIND --word=WORD...}, which prints them (one {@code id<TAB>description} a line)
 * as {@link Completions} reads them from the line's words: the same offer as the interactive shell's.
 */
final class CompletionCommand extends AgentryCommand {

    /** The scripts' own call: the line's words each as {@code --word=WORD}, so that words starting with -- pass too. */
    private static final Opt VALUES = Opt.value("values", "KIND", "print the values of KIND for the line of --word");
    private static final Opt WORD = Opt.repeatable("word", "WORD", "a word of the line, from its command on", Opt.Values.NONE);

    private final Supplier<Cli> cli;

    /** Completion for the commands of this command line, given once it is made. */
    CompletionCommand(Supplier<Cli> cli) {
        super("completion", "print the completion script of bash, zsh or fish",
                "completion bash|zsh|fish", List.of(), 1);
        this.cli = cli;
    }

    @Override
    Opt.Values positionalValues() {
        return Opt.Values.SHELLS;
    }

    @Override
    List<Opt> hiddenOpts() {
        return List.of(VALUES, WORD);
    }

    @Override
    String details() {
        return """
                The script completes commands, options, ids from the catalogue (project types, deployments, stacks
                suited to the --project-type on the line, agents; with the target's own and --scaffolds layers),
                agent tools, and folders and files. bin/install links the archive's scripts; by hand (for zsh, into
                a folder of $fpath):
                  agentry completion bash > ~/.local/share/bash-completion/completions/agentry
                  agentry completion zsh > ~/.local/share/zsh/site-functions/_agentry
                  agentry completion fish > ~/.config/fish/completions/agentry.fish""";
    }

    @Override
    int run(Args args, Io io) {
        if (args.has(VALUES.name())) {
            return values(args.value(VALUES.name()), args, io);
        }
        if (args.has(WORD.name())) {
            throw AgentryException.usage("--word goes with --values KIND.");
        }
        if (args.positionals().isEmpty()) {
            throw AgentryException.usage("Give the shell: agentry completion " + shells("|") + ".");
        }
        String name = args.positionals().get(0);
        CompletionShell shell = Arrays.stream(CompletionShell.values()).filter(s -> s.id().equals(name)).findFirst()
                .orElseThrow(() -> AgentryException.usage("Unknown shell '" + name + "'."
                        + Suggestions.didYouMean(name, Arrays.stream(CompletionShell.values()).map(CompletionShell::id).toList())
                        + " Valid: " + shells(", ") + "."));
        io.out().print(shell.script(CompletionModel.of(cli.get())));
        return 0;
    }

    private int values(String id, Args args, Io io) {
        if (!args.positionals().isEmpty()) {
            throw AgentryException.usage("--values takes the line's words as --word=WORD, not '" + args.positionals().get(0) + "'.");
        }
        List<Opt.Values> kinds = Arrays.stream(Opt.Values.values())
                .filter(k -> k != Opt.Values.NONE && k != Opt.Values.FOLDERS && k != Opt.Values.FILES).toList();
        Optional<Opt.Values> kind = kinds.stream().filter(k -> k.id().equals(id)).findFirst();
        if (kind.isEmpty()) {
            List<String> valid = kinds.stream().map(Opt.Values::id).toList();
            throw AgentryException.usage("Unknown kind of value '" + id + "'." + Suggestions.didYouMean(id, valid) + " Valid: "
                    + String.join(", ", valid) + ".");
        }
        for (Completions.Proposal proposal : cli.get().completions().values(kind.get(), args.values(WORD.name()))) {
            String description = CompletionShell.oneLine(proposal.description());
            io.out().print(proposal.value() + (description.isEmpty() ? "" : "\t" + description) + "\n");
        }
        return 0;
    }

    private static String shells(String separator) {
        return String.join(separator, Arrays.stream(CompletionShell.values()).map(CompletionShell::id).toList());
    }
}
