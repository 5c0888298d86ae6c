package dev.agentry.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import dev.agentry.app.Catalogs;
import dev.agentry.app.ForeignFilesException;
import dev.agentry.app.Outcome;
import dev.agentry.app.Request;
import dev.agentry.format.Formats;
import dev.agentry.interview.Keys;
import dev.agentry.interview.MissingAnswersException;
import dev.agentry.plan.Action;
import dev.agentry.plan.ForeignFiles;
import dev.agentry.support.AgentryException;
import dev.agentry.support.ExitCode;
import dev.agentry.support.Timings;

/**
 * {@code agentry init}: asks for the project type, deployment, stack, team and agent tools in a terminal, shows the
 * plan and writes the team after a confirmation. Without a terminal it never waits: with every answer given it
 * behaves as generate, otherwise it exits 2 naming what is missing.
 */
final class InitCommand extends AgentryCommand {

    private final Services services;
    private final Supplier<InitWizard> wizards;
    private final Supplier<WizardTerminal> sessions;

    /** The wizard and its terminal are made only when a terminal run needs them (they are costly to load). */
    InitCommand(Services services, Supplier<InitWizard> wizards, Supplier<WizardTerminal> sessions) {
        super("init", "answer a few questions in the terminal and write the team (re-run to change answers)",
                "init [--target DIR] [--project-type ID] [--deployment ID] [--stack ID] [--agents ID,ID...] [OPTIONS]",
                initOptions(), 0);
        this.services = services;
        this.wizards = wizards;
        this.sessions = sessions;
    }

    /** The options of generate, for one target only. */
    private static List<Opt> initOptions() {
        List<Opt> opts = new ArrayList<>();
        for (Opt opt : GenerateCommand.options()) {
            if (opt == CommonOpts.TARGETS) {
                opts.add(CommonOpts.TARGET);
            }
            else if (opt != CommonOpts.TARGETS_FROM) {
                opts.add(opt);
            }
        }
        return opts;
    }

    @Override
    public String details() {
        return """
                Asks: project name, project type, deployment, stack (those suited to the type), team and agent tools
                (%s). An answer given as an option is not asked. In a target that already has
                .agentry/answers.yml, the stored answers are pre-selected and confirming regenerates through update
                (your edits are kept).
                Ctrl-C or Esc cancels (exit 130) and "no" at the confirmation stops (exit 0): nothing is written.
                Without a terminal, or with --json, init asks nothing: it behaves as generate when every answer is
                given, else exits 2 naming the missing answers."""
                .formatted(String.join(", ", Formats.ids()));
    }

    @Override
    int run(Args args, Io io) {
        Request given = CommonOpts.request(args);
        if (wizards == null || !io.interactive()) {
            return withoutQuestions(given, args, io, "init has no terminal to ask in (stdin is not a terminal)");
        }
        if (args.flag("json")) {
            // stdout is a script's: it gets one JSON object, never prompts drawn over it
            return withoutQuestions(given, args, io, "init asks no questions with --json");
        }
        // the prompts and the terminal start side by side; the catalogue loads once they are up, while the first
        // question is on screen (on two cores, loading it sooner only delays that question)
        CompletableFuture<InitWizard> wizardReady = CompletableFuture.supplyAsync(wizards, InitCommand::thread);
        CompletableFuture<WizardTerminal> terminalReady = CompletableFuture.supplyAsync(sessions, InitCommand::thread);
        // the session borrows the terminal (raw mode, no signals): once it is open it is closed whatever fails next
        try (WizardTerminal session = join(terminalReady)) {
            InitWizard wizard = join(wizardReady);
            Timings.mark("wizard and terminal ready");
            CompletableFuture<Catalogs.Context> contextReady = CompletableFuture.supplyAsync(
                    () -> services.catalogs().context(given.target(), given.scaffolds()), InitCommand::thread);
            Map<String, Object> known = known(given);
            Catalogs.Start start = services.catalogs().start(given.target());
            if (!known.containsKey(Keys.PROJECT_NAME) && !start.hasStoredAnswers()) {
                // the first question needs no catalogue: ask it while the catalogue loads
                Optional<String> name = wizard.askName(session, start.folderName());
                if (name.isEmpty()) {
                    return cancelled(io);
                }
                known.put(Keys.PROJECT_NAME, name.get());
            }
            Catalogs.Context context = join(contextReady);
            Timings.mark("catalogue and stored answers");
            Optional<Map<String, Object>> answers = wizard.ask(session, context.catalog(), known, context.stored(),
                    context.folderName());
            if (answers.isEmpty()) {
                return cancelled(io);
            }
            Request request = withAnswers(given, answers.get());
            Outcome preview;
            try {
                preview = services.generate().run(request.asDryRun(), false);
            }
            catch (ForeignFilesException inTheWay) {
                // the answers are given: ask what to do with the user's files rather than fail and lose them
                Optional<ForeignFiles> policy = wizard.inTheWay(session, inTheWay.paths());
                if (policy.isEmpty()) {
                    return cancelled(io);
                }
                if (policy.get() == ForeignFiles.REFUSE) {
                    return nothingWritten(request, io);
                }
                request = request.withForeignFiles(policy.get());
                preview = services.generate().run(request.asDryRun(), false);
            }
            summary(preview, context, answers.get(), io);
            if (!preview.plan().changesDisk() && !preview.answersChanged()) {
                io.out().println("The team is already up to date: nothing to write.");
                return 0;
            }
            Optional<Boolean> confirmed = wizard.confirm(session, "Write these files?");
            if (confirmed.isEmpty()) {
                return cancelled(io);
            }
            if (!confirmed.get()) {
                return nothingWritten(request, io);
            }
            Outcome outcome = services.generate().run(request, false);
            Report.human(outcome, io, false, args.flag("verbose"));
            return outcome.exitCode().code();
        }
    }

    private static void thread(Runnable work) {
        Thread thread = new Thread(work, "agentry-init");
        thread.setDaemon(true);
        thread.start();
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        }
        catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    private int withoutQuestions(Request given, Args args, Io io, String why) {
        try {
            Outcome outcome = services.generate().run(given, false);
            Output.print(outcome, args, io, outcome.dryRun());
            return outcome.exitCode().code();
        }
        catch (MissingAnswersException e) {
            throw AgentryException.usage(why + ", and answers are missing: "
                    + String.join(", ", e.missing()) + ".\n" + e.getMessage().substring(e.getMessage().indexOf('\n') + 1)
                    + "\nIn scripts, use 'agentry generate' with every answer as an option.");
        }
    }

    /** "No" (or "write nothing"): the answers are kept as the command that writes this team without questions. */
    private static int nothingWritten(Request request, Io io) {
        io.out().println("Nothing was written. To write this team later without the questions:");
        io.out().println("  " + CommonOpts.generateLine(request));
        return 0;
    }

    private static int cancelled(Io io) {
        io.out().println("Cancelled: nothing was written.");
        return ExitCode.INTERRUPTED.code();
    }

    /** The answers given as options (including --set of an answer's key), which the wizard does not ask again. */
    private static Map<String, Object> known(Request given) {
        Map<String, Object> known = new LinkedHashMap<>(given.flags());
        given.sets().forEach((key, value) -> {
            if (Keys.ANSWERS.contains(key)) {
                known.put(key, value);
            }
        });
        return known;
    }

    private static Request withAnswers(Request given, Map<String, Object> answers) {
        Map<String, Object> flags = new LinkedHashMap<>(given.flags());
        answers.forEach((key, value) -> {
            if (!given.sets().containsKey(key)) {
                flags.put(key, value instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
                        : value);
            }
        });
        return new Request(given.target(), flags, given.sets(), given.answersFile(), given.scaffolds(), false,
                given.foreignFiles(), given.conflictStyle());
    }

    private static void summary(Outcome preview, Catalogs.Context context, Map<String, Object> answers, Io io) {
        io.out().println();
        io.out().println(io.bold("Summary"));
        io.out().println("  project   " + preview.team().answers().projectName());
        io.out().println("  choices   " + InitWizard.describe(context.catalog(), answers));
        io.out().println("  team      " + String.join(", ", preview.team().members().stream().map(m -> m.name()).toList()));
        io.out().println("  tools     " + String.join(", ", preview.team().answers().targets()));
        io.out().println("  target    " + preview.target());
        Map<Action, Integer> counts = new EnumMap<>(Action.class);
        preview.plan().actions().forEach(a -> counts.merge(a.action(), 1, Integer::sum));
        int create = counts.getOrDefault(Action.CREATE, 0) + counts.getOrDefault(Action.RESTORE, 0);
        int update = counts.getOrDefault(Action.UPDATE, 0) + counts.getOrDefault(Action.MERGE, 0)
                + counts.getOrDefault(Action.CONFLICT, 0) + counts.getOrDefault(Action.FORCE, 0);
        int delete = counts.getOrDefault(Action.DELETE, 0);
        int leave = preview.plan().actions().size() - create - update - delete;
        io.out().println("  files     " + create + " to create, " + update + " to update, " + delete + " to delete, "
                + leave + " to leave as they are");
        preview.plan().actions().stream().filter(a -> a.action() != Action.UNCHANGED)
                .forEach(a -> io.out().println("            " + a.action().label() + " " + a.path()));
        // the preview is the run that finished an interrupted earlier one, if there was one: say so here
        preview.notes().forEach(note -> io.out().println("  note      " + note));
        io.out().flush();
    }
}
