package dev.agentry.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.agentry.app.Catalogs;
import dev.agentry.catalog.Catalog;
import dev.agentry.format.Formats;
import dev.agentry.format.ToolFormat;
import dev.agentry.interview.Keys;

/**
 * What tab completion offers, computed from the command model alone (commands, their options and what kind of value
 * each takes) and the catalogue: command names, option names, and values (ids from the catalogue of the target on
 * the line, fixed choices, folders and files). Knows nothing of JLine, so the shell's completer and the completion
 * scripts of bash, zsh and fish ({@link CompletionCommand}) share it.
 */
final class Completions {

    private final Cli cli;
    private final Catalogs catalogs;

    Completions(Cli cli, Catalogs catalogs) {
        this.cli = cli;
        this.catalogs = catalogs;
    }

    /**
     * One thing completion offers.
     *
     * @param complete whether the word is finished (a blank may follow); not for a folder or a {@code --name=}
     */
    record Proposal(String value, String description, boolean complete) {
    }

    /** What may complete the word being typed ({@code typed}, up to the cursor), given the words before it. */
    List<Proposal> complete(List<String> before, String typed) {
        List<String> words = before;
        if (!words.isEmpty() && words.get(0).equals("agentry")) {
            words = words.subList(1, words.size());
        }
        if (words.isEmpty()) {
            return commands(typed);
        }
        Optional<AgentryCommand> found = cli.find(words.get(0));
        if (found.isEmpty()) {
            return List.of();
        }
        AgentryCommand command = found.get();
        Line line = Line.of(command, words.subList(1, words.size()));
        int equals = typed.indexOf('=');
        if (typed.startsWith("--") && equals > 0) {
            Optional<Opt> opt = option(command, typed.substring(2, equals));
            return opt.isEmpty() || opt.get().isFlag() ? List.of()
                    : prefixed(typed.substring(0, equals + 1), values(opt.get().values(), typed.substring(equals + 1), line));
        }
        if (typed.startsWith("-")) {
            return options(command, line, typed);
        }
        if (line.pending() != null) {
            List<Proposal> values = new ArrayList<>(values(line.pending().values(), typed, line));
            if (line.pending().valueOptional() && typed.isEmpty()) {
                // --upgrade may stand alone: the next word may as well be another option
                values.addAll(options(command, line, typed));
            }
            return values;
        }
        List<Proposal> proposals = new ArrayList<>();
        if (line.positionals() < command.maxPositionals()) {
            proposals.addAll(values(command.positionalValues(), typed, line));
        }
        if (typed.isEmpty()) {
            proposals.addAll(options(command, line, typed));
        }
        return proposals;
    }

    /** The values offered for an option (or positional argument) of this kind, given what is typed of it so far. */
    List<Proposal> values(Opt.Values kind, String typed, Line line) {
        if (kind == Opt.Values.FOLDERS || kind == Opt.Values.FILES) {
            return paths(typed, kind == Opt.Values.FOLDERS);
        }
        Map<String, String> ids = ids(kind, line);
        if (!kind.commaList()) {
            return ids.entrySet().stream().filter(e -> e.getKey().startsWith(typed))
                    .map(e -> new Proposal(e.getKey(), e.getValue(), true)).toList();
        }
        // a comma-separated list: complete its last item, and offer none of those already in it
        String head = typed.substring(0, typed.lastIndexOf(',') + 1);
        String last = typed.substring(head.length());
        List<String> listed = Arrays.stream(head.split(",")).map(String::strip).toList();
        return ids.entrySet().stream().filter(e -> e.getKey().startsWith(last) && !listed.contains(e.getKey()))
                .map(e -> new Proposal(head + e.getKey(), e.getValue(), true)).toList();
    }

    /**
     * Every value of this kind, read in the context of a line's words (its command first, as a completion script
     * passes them): the catalogue of the --target and --scaffolds on it, the stacks of its --project-type.
     */
    List<Proposal> values(Opt.Values kind, List<String> words) {
        Line line = words.isEmpty() ? Line.EMPTY
                : cli.find(words.get(0)).map(c -> Line.of(c, words.subList(1, words.size()))).orElse(Line.EMPTY);
        return values(kind, "", line);
    }

    private List<Proposal> commands(String typed) {
        List<Proposal> proposals = new ArrayList<>();
        for (AgentryCommand command : cli.commands()) {
            List<String> names = new ArrayList<>(List.of(command.getName()));
            names.addAll(command.aliases());
            names.stream().filter(n -> n.startsWith(typed)).forEach(n -> proposals.add(new Proposal(n, command.getDescription(), true)));
        }
        return proposals;
    }

    /** The options completion offers for a command: its own and --timings, which every command takes. */
    static List<Opt> offered(AgentryCommand command) {
        List<Opt> opts = new ArrayList<>(command.opts());
        opts.add(AgentryCommand.TIMINGS);
        return opts;
    }

    private static List<Proposal> options(AgentryCommand command, Line line, String typed) {
        List<Proposal> proposals = new ArrayList<>();
        for (Opt opt : offered(command)) {
            String name = "--" + opt.name();
            if (name.startsWith(typed) && (opt.repeatable() || !line.given().containsKey(opt.name()))) {
                proposals.add(new Proposal(name, opt.description(), true));
            }
        }
        return proposals;
    }

    private static Optional<Opt> option(AgentryCommand command, String name) {
        return command.opts().stream().filter(o -> o.name().equals(name)).findFirst();
    }

    private static List<Proposal> prefixed(String prefix, List<Proposal> proposals) {
        return proposals.stream().map(p -> new Proposal(prefix + p.value(), p.description(), p.complete())).toList();
    }

    /** Ids and what each stands for; empty when the catalogue cannot be read (a broken layer: no offer while typing). */
    private Map<String, String> ids(Opt.Values kind, Line line) {
        Map<String, String> ids = new LinkedHashMap<>();
        if (kind.fromCatalogue()) {
            try {
                fromCatalogue(kind, line, ids);
            }
            catch (RuntimeException e) {
                ids.clear();
            }
            return ids;
        }
        switch (kind) {
            case TARGETS -> Formats.all().forEach(f -> ids.put(f.id(), describe(f)));
            case CONFLICT_STYLES -> {
                ids.put("inline", "conflict markers in the file");
                ids.put("rej", "agentry's version beside the file, as FILE.rej");
            }
            case KINDS -> ListCommand.KINDS.forEach(k -> ids.put(k, ""));
            case COMMANDS -> cli.commands().forEach(c -> ids.put(c.getName(), c.getDescription()));
            case SHELLS -> Arrays.stream(CompletionShell.values()).forEach(s -> ids.put(s.id(), s.description()));
            default -> {
            }
        }
        return ids;
    }

    private void fromCatalogue(Opt.Values kind, Line line, Map<String, String> ids) {
        Catalogs.Context context = catalogs.context(Path.of(line.last("target").orElse(".")), line.values("scaffolds"));
        Catalog catalog = context.catalog();
        switch (kind) {
            case PROJECT_TYPES -> catalog.projectTypes().forEach(t -> ids.put(t.id(), t.name()));
            case DEPLOYMENTS -> catalog.deployments().forEach(d -> ids.put(d.id(), d.name() + ", adds " + d.agent()));
            case AGENTS -> catalog.roles().forEach(r -> ids.put(r.id(), r.name()));
            default -> {
                // the stacks suited to the project type on the line, else to the target's stored one, else all
                Optional<String> type = line.last(Keys.PROJECT_TYPE)
                        .or(() -> Optional.ofNullable(context.stored().get(Keys.PROJECT_TYPE)).map(String::valueOf))
                        .filter(t -> catalog.projectType(t).isPresent());
                (type.isPresent() ? catalog.stacksFor(type.get()) : catalog.stacks()).forEach(s -> ids.put(s.id(), s.name()));
            }
        }
    }

    private static String describe(ToolFormat format) {
        int dash = format.label().indexOf(" - ");
        return dash < 0 ? format.label() : format.label().substring(0, dash);
    }

    /** Folders (and files) whose path starts with what is typed; a folder is not finished, so its contents can follow. */
    private static List<Proposal> paths(String typed, boolean foldersOnly) {
        int slash = typed.lastIndexOf('/');
        String folder = typed.substring(0, slash + 1);
        String start = typed.substring(slash + 1);
        Path base = Path.of(folder.isEmpty() ? "." : folder);
        List<Proposal> proposals = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(base)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                boolean isFolder = Files.isDirectory(entry);
                if (name.startsWith(start) && (!name.startsWith(".") || start.startsWith(".")) && (isFolder || !foldersOnly)) {
                    proposals.add(new Proposal(folder + name + (isFolder ? "/" : ""), "", !isFolder));
                }
            }
        }
        catch (IOException | RuntimeException e) {
            return List.of();
        }
        proposals.sort((a, b) -> a.value().compareTo(b.value()));
        return proposals;
    }

    /**
     * The options already on the line, read leniently (a completion must work on a line that does not parse yet):
     * their values, how many positional arguments there are, and the option whose value is being typed, if any.
     */
    record Line(Map<String, List<String>> given, int positionals, Opt pending) {

        /** A line with nothing on it. */
        static final Line EMPTY = new Line(Map.of(), 0, null);

        static Line of(AgentryCommand command, List<String> words) {
            Map<String, List<String>> given = new LinkedHashMap<>();
            int positionals = 0;
            Opt pending = null;
            for (String word : words) {
                if (pending != null && pending.valueOptional() && word.startsWith("-")) {
                    // given without its value, as ArgvParser reads it: this word is an option of its own
                    given.computeIfAbsent(pending.name(), k -> new ArrayList<>()).add("");
                    pending = null;
                }
                if (pending != null) {
                    given.computeIfAbsent(pending.name(), k -> new ArrayList<>()).add(word);
                    pending = null;
                    continue;
                }
                if (!word.startsWith("--")) {
                    positionals++;
                    continue;
                }
                int equals = word.indexOf('=');
                String name = word.substring(2, equals < 0 ? word.length() : equals);
                Optional<Opt> opt = option(command, name);
                if (equals > 0) {
                    given.computeIfAbsent(name, k -> new ArrayList<>()).add(word.substring(equals + 1));
                }
                else if (opt.isPresent() && !opt.get().isFlag()) {
                    pending = opt.get();
                }
                else {
                    given.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
                }
            }
            return new Line(given, positionals, pending);
        }

        List<String> values(String name) {
            return given.getOrDefault(name, List.of());
        }

        Optional<String> last(String name) {
            List<String> values = values(name);
            return values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
        }
    }
}
