package dev.agentry.cli;

import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.jline.CommandHighlighter;

/**
 * Shows the command word of the line being typed in bold once it names one of agentry's commands. A Spring Shell
 * {@link CommandHighlighter} only because that is the type Spring Shell's line reader is built with.
 */
final class ShellHighlighter extends CommandHighlighter {

    private final Cli cli;

    ShellHighlighter(Cli cli) {
        super(new CommandRegistry());
        this.cli = cli;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        int start = buffer.length() - buffer.stripLeading().length();
        int end = start;
        while (end < buffer.length() && !Character.isWhitespace(buffer.charAt(end))) {
            end++;
        }
        String first = buffer.substring(start, end);
        if (first.isEmpty() || !(first.equals("agentry") || cli.find(first).isPresent())) {
            return new AttributedString(buffer);
        }
        return new AttributedStringBuilder(buffer.length()).append(buffer.substring(0, start))
                .append(first, AttributedStyle.BOLD).append(buffer.substring(end)).toAttributedString();
    }
}
