package dev.agentry.cli;

import java.util.List;

import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.jline.CommandCompleter;

/**
 * Tab completion in the shell, from agentry's command model ({@link Completions}). It is a Spring Shell
 * {@link CommandCompleter} only because that is the type Spring Shell's line reader is built with; Spring Shell's
 * command registry is not used (it stays empty).
 */
final class ShellCompleter extends CommandCompleter {

    private final Completions completions;

    ShellCompleter(Completions completions) {
        super(new CommandRegistry());
        this.completions = completions;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> before = line.words().subList(0, line.wordIndex());
        String typed = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
        for (Completions.Proposal proposal : completions.complete(before, typed)) {
            String value = proposal.value();
            // a list item or an option's value is shown without what precedes it on the word
            String shown = value.substring(Math.max(value.lastIndexOf(','), value.startsWith("--") ? value.indexOf('=') : -1) + 1);
            candidates.add(new Candidate(value, shown, null, proposal.description().isEmpty() ? null : proposal.description(),
                    null, null, proposal.complete()));
        }
    }
}
