package dev.agentry.cli;

import java.util.ArrayList;
import java.util.List;

import org.springframework.shell.core.command.AbstractCommand;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.ExitStatus;

/**
 * One of agentry's commands registered with Spring Shell: the shell parses the line, this adapter hands the
 * options to the command and prints to the shell's writer. Errors are printed and the shell goes on.
 */
final class ShellCommand extends AbstractCommand {

    static final String GROUP = "agentry";

    private final AgentryCommand command;

    ShellCommand(AgentryCommand command) {
        super(command.getName(), command.getDescription(), GROUP);
        this.command = command;
        List<CommandOption> options = new ArrayList<>();
        for (Opt opt : command.opts()) {
            options.add(CommandOption.with().longName(opt.name()).description(opt.description())
                    .type(opt.isFlag() ? boolean.class : String.class).required(false).build());
        }
        setOptions(options);
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
