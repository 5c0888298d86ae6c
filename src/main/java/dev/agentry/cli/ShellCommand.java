package dev.agentry.cli;

import java.util.ArrayList;
import java.util.List;

import org.springframework.shell.core.command.AbstractCommand;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;

/**
 * One of agentry's commands registered with Spring Shell: the shell parses the line, this adapter hands the
 * options to the command and prints to the shell's writer. Errors are printed and the shell goes on.
 */
final class ShellCommand extends AbstractCommand {

    static final String GROUP = "agentry";

    private final AgentryCommand command;
    private final Completions completions;

    ShellCommand(AgentryCommand command, Completions completions) {
        super(command.getName(), command.getDescription(), GROUP);
        this.command = command;
        this.completions = completions;
        List<CommandOption> options = new ArrayList<>();
        for (Opt opt : command.opts()) {
            // an option whose value may be left out is a boolean to the shell's parser, which then takes a value when one
            // follows and "true" when none does
            options.add(CommandOption.with().longName(opt.name()).description(opt.description())
                    .type(opt.isFlag() || opt.valueOptional() ? boolean.class : String.class).required(false).build());
        }
        options.add(CommandOption.with().longName(TIMINGS).description("print where the run's time went, to stderr")
                .type(boolean.class).required(false).build());
        setOptions(options);
    }

    /** Taken by every command, here as on the command line (see {@link AgentryCommand#execute}). */
    private static final String TIMINGS = "timings";

    /** Values for the option being completed (ids from the catalogue), or for a command's positional argument. */
    @Override
    public CompletionProvider getCompletionProvider() {
        return context -> {
            String word = context.currentWordUpToCursor() == null ? "" : context.currentWordUpToCursor();
            Opt.Values kind = Opt.Values.NONE;
            String prefix = "";
            CommandOption option = context.getCommandOption();
            if (option != null) {
                Opt opt = command.opts().stream().filter(o -> o.name().equals(option.longName())).findFirst().orElse(null);
                kind = opt == null ? Opt.Values.NONE : opt.values();
                if (word.startsWith("--" + option.longName() + "=")) {
                    prefix = "--" + option.longName() + "=";
                }
            }
            else if (!word.startsWith("-")) {
                kind = command.positionalValues();
            }
            String typed = word.substring(prefix.length());
            List<CompletionProposal> proposals = new ArrayList<>();
            try {
                for (String value : completions.values(kind, typed)) {
                    proposals.add(new CompletionProposal(prefix + value));
                }
            }
            catch (RuntimeException e) {
                // a broken scaffold layer in the current folder: no suggestions rather than an error while typing
            }
            return proposals;
        };
    }

    private boolean isValueOptional(String name) {
        return command.opts().stream().anyMatch(o -> o.name().equals(name) && o.valueOptional());
    }

    @Override
    public String getHelp() {
        return command.getHelp();
    }

    @Override
    public ExitStatus doExecute(CommandContext context) {
        List<String> tokens = new ArrayList<>();
        for (CommandOption option : context.parsedInput().options()) {
            String name = option.longName() != null && !option.longName().isEmpty() ? option.longName()
                    : String.valueOf(option.shortName());
            if (name.equals(TIMINGS)) {
                if (!"false".equals(String.valueOf(option.value()))) {
                    tokens.add("--" + TIMINGS);
                }
                continue;
            }
            if (isValueOptional(name) && "true".equals(String.valueOf(option.value()))) {
                tokens.add("--" + name);
                continue;
            }
            tokens.add((name.length() == 1 ? "-" : "--") + name + (option.value() == null ? "" : "=" + option.value()));
        }
        for (CommandArgument argument : context.parsedInput().arguments()) {
            tokens.add(argument.value());
        }
        // the error, if any, is already printed; the shell goes on either way
        command.execute(tokens, Io.shell(context.outputWriter()));
        return ExitStatus.OK;
    }
}
