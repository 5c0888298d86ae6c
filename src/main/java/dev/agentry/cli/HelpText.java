package dev.agentry.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.agentry.support.ExitCode;
import dev.agentry.support.Version;

/** The text of {@code agentry --help} and {@code agentry help COMMAND}, wrapped to the output's width. */
final class HelpText {

    private HelpText() {
    }

    /** The overview: commands (the shell's own apart, inside the shell), exit codes, where answers live. */
    static String overview(List<AgentryCommand> commands, Cli.Surface surface, int width) {
        StringBuilder text = new StringBuilder();
        text.append(wrap("agentry " + Version.current()
                + " - assembles a team of AI coding subagents (Claude Code and others) into a repository.", width, 0))
                .append("\n\n");
        if (surface == Cli.Surface.SHELL) {
            text.append(wrap("Type a command and its options as on the command line (without 'agentry'), quoted as in a "
                    + "POSIX shell: 'single', \"double\", back\\ slash. Tab completes commands, options and ids; Ctrl-C "
                    + "clears the line; Ctrl-D on an empty line, quit or exit leaves.", width, 0)).append("\n\n");
        }
        else {
            text.append("Usage:\n");
            text.append(item("agentry", "open the interactive shell (prompt agentry:>)", 29, width));
            text.append(item("agentry COMMAND [OPTIONS]", "run one command and exit", 29, width)).append('\n');
        }
        text.append("Commands:\n");
        commands.stream().filter(c -> !c.shellOnly()).forEach(c -> text.append(item(names(c), c.getDescription(), 13, width)));
        if (commands.stream().anyMatch(AgentryCommand::shellOnly)) {
            text.append("\nShell commands:\n");
            commands.stream().filter(AgentryCommand::shellOnly)
                    .forEach(c -> text.append(item(names(c), c.getDescription(), 13, width)));
        }
        text.append("\nExit codes:\n");
        for (ExitCode code : ExitCode.values()) {
            text.append(item(String.valueOf(code.code()), code.meaning(), 7, width));
        }
        String help = surface == Cli.Surface.SHELL ? "help COMMAND" : "agentry help COMMAND";
        text.append('\n').append(wrap("Answers are recorded in .agentry/answers.yml; edit them and run 'agentry update' to "
                + "regenerate the team, keeping your own edits to its files. Run '" + help + "' for a command's options; "
                + "every command also takes --timings, which prints to stderr where its time went.", width, 0));
        return text.toString();
    }

    /** One command's help: description, usage, options, and its details. */
    static String command(AgentryCommand command, int width) {
        StringBuilder text = new StringBuilder();
        text.append(wrap("agentry " + command.getName() + " - " + command.getDescription(), width, 2)).append("\n\n");
        text.append(wrap("Usage: agentry " + command.usage(), width, 7)).append("\n");
        if (!command.opts().isEmpty()) {
            text.append("\nOptions:\n");
            for (Opt opt : command.opts()) {
                text.append(item(left(opt), opt.description() + (opt.repeatable() ? " (repeatable)" : ""), 29, width));
            }
            text.append(item("--" + AgentryCommand.HELP.name(), AgentryCommand.HELP.description(), 29, width));
        }
        if (!command.details().isEmpty()) {
            text.append('\n').append(reflow(command.details(), width)).append('\n');
        }
        return text.toString().stripTrailing();
    }

    private static String names(AgentryCommand command) {
        List<String> names = new ArrayList<>(List.of(command.getName()));
        names.addAll(command.aliases());
        return String.join(", ", names);
    }

    private static String left(Opt opt) {
        return "--" + opt.name() + (opt.isFlag() ? "" : opt.valueOptional() ? " [" + opt.valueLabel() + "]"
                : " " + opt.valueLabel());
    }

    /**
     * A two-column line: {@code name} indented by two, the description from column {@code column} (on the next line
     * when the name is longer), wrapped under itself.
     */
    static String item(String name, String description, int column, int width) {
        String head = "  " + name;
        String pad = head.length() < column - 1 ? " ".repeat(column - head.length()) : "\n" + " ".repeat(column);
        return head + pad + wrap(description, width - column, 0).replace("\n", "\n" + " ".repeat(column)) + "\n";
    }

    /**
     * Details as written in a command: lines that start with a letter are prose and are joined into paragraphs (a
     * blank line ends one); indented lines are kept as lines, their continuation under the text after "-> " (or
     * two further in).
     */
    static String reflow(String details, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : details.strip().split("\n", -1)) {
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                paragraph.append(paragraph.length() == 0 ? "" : " ").append(line.strip());
                continue;
            }
            if (paragraph.length() > 0) {
                out.add(wrap(paragraph.toString(), width, 0));
                paragraph.setLength(0);
            }
            if (line.isBlank()) {
                out.add("");
                continue;
            }
            int arrow = line.indexOf("-> ");
            int indent = arrow >= 0 ? arrow + 3 : line.length() - line.stripLeading().length() + 2;
            out.add(wrap(line.stripTrailing(), width, indent));
        }
        if (paragraph.length() > 0) {
            out.add(wrap(paragraph.toString(), width, 0));
        }
        return String.join("\n", out);
    }

    /**
     * Wraps text at spaces to {@code width} columns (runs of spaces inside a line are kept, for alignment);
     * continuation lines are indented by {@code indent}.
     */
    static String wrap(String text, int width, int indent) {
        StringBuilder out = new StringBuilder();
        Matcher token = WORD.matcher(text);
        int column = 0;
        while (token.find()) {
            String spaces = token.group(1);
            String word = token.group(2);
            if (column > indent && column + spaces.length() + word.length() > width) {
                out.append('\n').append(" ".repeat(indent));
                column = indent;
                spaces = "";
            }
            out.append(spaces).append(word);
            column += spaces.length() + word.length();
        }
        return out.toString();
    }

    private static final Pattern WORD = Pattern.compile("( *)([^ ]+)");
}
