package dev.agentry.cli;

import java.util.List;

import dev.agentry.support.ExitCode;
import dev.agentry.support.Version;

/** The text of {@code agentry --help} and {@code agentry help COMMAND}. */
final class HelpText {

    private HelpText() {
    }

    static String overview(List<AgentryCommand> commands) {
        StringBuilder text = new StringBuilder();
        text.append("agentry ").append(Version.current())
                .append(" - assembles a team of AI coding subagents (Claude Code and others) into a repository.\n\n");
        text.append("Usage:\n");
        text.append("  agentry                      open the interactive shell (prompt agentry:>)\n");
        text.append("  agentry COMMAND [OPTIONS]    run one command and exit\n\n");
        text.append("Commands:\n");
        for (AgentryCommand command : commands) {
            text.append(String.format("  %-10s %s%n", command.getName(), command.getDescription()));
        }
        text.append("\nExit codes:\n");
        for (ExitCode code : ExitCode.values()) {
            text.append(String.format("  %-4d %s%n", code.code(), code.meaning()));
        }
        text.append("\nAnswers are recorded in .agentry/answers.yml; edit them and run 'agentry update' to regenerate\n"
                + "the team, keeping your own edits to its files. Run 'agentry help COMMAND' for a command's options;\n"
                + "every command also takes --timings, which prints to stderr where its time went.");
        return text.toString();
    }

    static String command(AgentryCommand command) {
        StringBuilder text = new StringBuilder();
        text.append("agentry ").append(command.getName()).append(" - ").append(command.getDescription()).append("\n\n");
        text.append("Usage: agentry ").append(command.usage()).append("\n");
        if (!command.opts().isEmpty()) {
            text.append("\nOptions:\n");
            for (Opt opt : command.opts()) {
                String left = "--" + opt.name() + (opt.isFlag() ? "" : opt.valueOptional() ? " [" + opt.valueLabel() + "]"
                        : " " + opt.valueLabel());
                text.append(String.format("  %-26s %s%s%n", left, opt.description(), opt.repeatable() ? " (repeatable)" : ""));
            }
            text.append(String.format("  %-26s %s%n", "--help", "show this help"));
        }
        String details = command instanceof Detailed detailed ? detailed.details() : "";
        if (!details.isEmpty()) {
            text.append('\n').append(details).append('\n');
        }
        return text.toString().stripTrailing();
    }

    /** A command with a paragraph of help beyond its options. */
    interface Detailed {
        String details();
    }
}
