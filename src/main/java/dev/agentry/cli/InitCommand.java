package dev.agentry.cli;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import dev.agentry.console.Report;
import dev.agentry.console.Io;
import dev.agentry.app.Catalogs;
import dev.agentry.app.ForeignFilesException;
import dev.agentry.app.Generate;
import dev.agentry.app.Outcome;
import dev.agentry.app.Request;
import dev.agentry.detect.Detection;
import dev.agentry.detect.Detector;
import dev.agentry.detect.Limits;
import dev.agentry.detect.ScannedRepository;
import dev.agentry.format.Formats;
import dev.agentry.interview.Keys;
import dev.agentry.interview.MissingAnswersException;
import dev.agentry.plan.Action;
import dev.agentry.plan.ForeignFiles;
import dev.agentry.plan.LegacyPlaceholders;
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
                (%s). An answer given as an option is not asked. The lists start on what the repository
                shows (as 'agentry detect' finds it), with the evidence under the question. In a target that already has
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
        // which folder the team goes into is said before anything is asked about it
        CommonOpts.where(args).ifPresent(note -> io.out().println(io.dim("note: " + note)));
        io.out().flush();
        // the prompts and the terminal start side by side; the catalogue loads once they are up, while the first
        // question is on screen (on two cores, loading it sooner only delays that question)
        CompletableFuture<InitWizard> wizardReady = CompletableFuture.supplyAsync(wizards, InitCommand::thread);
        CompletableFuture<WizardTerminal> terminalReady = CompletableFuture.supplyAsync(sessions, InitCommand::thread);
        // the session borrows the terminal (raw mode, no signals): once it is open it is closed whatever fails next
        try (WizardTerminal session = join(terminalReady)) {
            InitWizard wizard = join(wizardReady);
            args.timings().mark("wizard and terminal ready");
            CompletableFuture<Catalogs.Context> contextReady = CompletableFuture.supplyAsync(
                    () -> services.catalogs().context(given), InitCommand::thread);
            Catalogs.Start start = services.catalogs().start(given.target());
            // the repository is read beside the catalogue, while the first question is on screen
            CompletableFuture<ScannedRepository> scanned = detects(given, start) ? CompletableFuture.supplyAsync(
                    () -> Detector.scan(given.target(), Limits.DEFAULT), InitCommand::thread) : null;
            Optional<String> name = Optional.empty();
            if (!givesAnything(given) && !start.hasStoredAnswers()) {
                // nothing given to check and nothing stored: the first question needs no catalogue, so it is asked
                // while the catalogue loads. Anything given is checked first, so that a bad value is named before
                // any question rather than after the last
                name = wizard.askName(session, services.catalogs().start(given.target()).folderName());
                if (name.isEmpty()) {
                    return cancelled(io);
                }
            }
            Catalogs.Context context = join(contextReady);
            args.timings().mark("catalogue and stored answers");
            Map<String, Object> known = new LinkedHashMap<>(context.given());
            name.ifPresent(n -> known.put(Keys.PROJECT_NAME, n));
            Suggestions detected = suggestions(scanned, context, known, args.timings());
            Optional<Map<String, Object>> answers = wizard.ask(session, context.catalog(), known, context.stored(),
                    context.folderName(), detected);
            if (answers.isEmpty()) {
                return cancelled(io);
            }
            return planAndWrite(wizard, session, withAnswers(given, answers.get()), context, answers.get(), args, io);
        }
    }

    /**
     * True when the questions may pre-select what the repository shows: an answer detection proposes is neither given
     * on the line nor stored (a team's stored answers come before anything detected), and the folder exists.
     */
    static boolean detects(Request given, Catalogs.Start start) {
        Map<String, Object> named = new LinkedHashMap<>(given.flags());
        named.putAll(given.sets());
        return !start.hasStoredAnswers() && !named.keySet().containsAll(DETECTED)
                && Files.isDirectory(given.target());
    }

    /** The answers detection proposes. */
    private static final List<String> DETECTED = List.of(Keys.PROJECT_TYPE, Keys.STACK, Keys.DEPLOYMENT, Keys.AGENTS);

    /**
     * What the questions pre-select from the repository, fitted to the answers given; none when every answer detection
     * proposes is given (an --answers file may give them) or the repository could not be read (the questions are
     * asked as without detection then: init does not fail over what is only a suggestion).
     */
    private static Suggestions suggestions(CompletableFuture<ScannedRepository> scanned, Catalogs.Context context,
            Map<String, Object> known, Timings timings) {
        if (scanned == null || known.keySet().containsAll(DETECTED)) {
            return Suggestions.NONE;
        }
        try {
            Detection detection = new Detector(context.catalog()).detect(join(scanned));
            timings.mark("detect");
            return Suggestions.of(detection);
        }
        catch (RuntimeException e) {
            return Suggestions.NONE;
        }
    }

    /** True when the request gives anything the catalogue must check: an answer, a --set, an answers file, a layer. */
    private static boolean givesAnything(Request given) {
        return !given.flags().isEmpty() || !given.sets().isEmpty() || given.answersFile() != null
                || !given.scaffolds().isEmpty();
    }

    /**
     * Once every answer is known: the plan (asking first what to do with files agentry did not write, when there are
     * any), the summary, then with --dry-run the plan's diffs and the exit code the real run would give, otherwise the
     * confirmation and the write.
     */
    private int planAndWrite(InitWizard wizard, WizardTerminal session, Request answered, Catalogs.Context context,
            Map<String, Object> answers, Args args, Io io) {
        Request request = answered;
        boolean verbose = args.flag("verbose");
        Outcome preview;
        try {
            preview = services.generate().run(request.asDryRun(), Generate.Mode.GENERATE);
        }
        catch (ForeignFilesException inTheWay) {
            // the answers are given: ask what to do with the user's files rather than fail and lose them
            Optional<ForeignFiles> policy = wizard.inTheWay(session, inTheWay.paths(),
                    legacyPlaceholders(request.target(), inTheWay.paths()));
            if (policy.isEmpty()) {
                return cancelled(io);
            }
            if (policy.get() == ForeignFiles.REFUSE) {
                return leftInTheWay(request, inTheWay.paths(), io);
            }
            request = request.withForeignFiles(policy.get());
            preview = services.generate().run(request.asDryRun(), Generate.Mode.GENERATE);
        }
        summary(preview, context, answers, io);
        if (request.dryRun()) {
            // --dry-run: the plan and what would change, as generate --dry-run shows them; nothing is asked or written
            Report.human(preview, io, true, verbose);
            io.out().println("To write this team: " + CommonOpts.generateLine(request));
            return preview.exitCode().code();
        }
        plannedFiles(preview, io, verbose);
        if (!preview.plan().changesDisk() && !preview.answersChanged()) {
            if (preview.exitCode() == ExitCode.OK) {
                io.out().println("The team is already up to date: nothing to write.");
                return 0;
            }
            // nothing to write, yet not in order (conflicts still to resolve): say what, with the exit code update gives
            Report.human(preview, io, false, verbose);
            return preview.exitCode().code();
        }
        Optional<Boolean> confirmed = wizard.confirm(session, "Write these files?");
        if (confirmed.isEmpty()) {
            return cancelled(io);
        }
        if (!confirmed.get()) {
            return nothingWritten(request, io);
        }
        Outcome outcome = services.generate().run(request, Generate.Mode.GENERATE);
        Report.human(outcome, io, false, verbose);
        return outcome.exitCode().code();
    }

    /** The placeholders each legacy agent file among the files in the way still holds, by path. */
    private static Map<String, List<String>> legacyPlaceholders(java.nio.file.Path target, List<String> paths) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (String path : paths) {
            if (LegacyPlaceholders.isAgentFile(path)) {
                try {
                    List<String> names = List.copyOf(LegacyPlaceholders.names(Files.readString(target.resolve(path))));
                    if (!names.isEmpty()) {
                        found.put(path, names);
                    }
                }
                catch (java.io.IOException | java.io.UncheckedIOException e) {
                    // unreadable here means only that the list does not name its placeholders; the plan reads it again
                }
            }
        }
        return found;
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
            Outcome outcome = services.generate().run(given, Generate.Mode.GENERATE);
            Output.print(outcome, args, io, outcome.dryRun());
            return outcome.exitCode().code();
        }
        catch (MissingAnswersException e) {
            // the resolver's message names every bad value and each missing answer with its choices
            String detail = e.withoutHeadline();
            throw AgentryException.usage(why + ", and answers are missing: " + String.join(", ", e.missing()) + ".\n"
                    + detail + "\nIn scripts, use 'agentry generate' with every answer as an option.");
        }
    }

    /** "No" (or "write nothing"): the answers are kept as the command that writes this team without questions. */
    private static int nothingWritten(Request request, Io io) {
        io.out().println("Nothing was written. To write this team later without the questions:");
        io.out().println("  " + CommonOpts.generateLine(request));
        return 0;
    }

    /**
     * "Write nothing" over files agentry did not write: they stay, and the line given back says what it needs to run
     * (the same question, answered on the command line).
     */
    private static int leftInTheWay(Request request, List<String> paths, Io io) {
        io.out().println("Nothing was written: " + (paths.size() == 1 ? "the file in the way stays as it is"
                : "the " + paths.size() + " files in the way stay as they are") + ". This line writes the same team once"
                + " they are moved away; or add --adopt (keep them as yours) or --force (overwrite them after a backup):");
        io.out().println("  " + CommonOpts.generateLine(request));
        return 0;
    }

    private static int cancelled(Io io) {
        io.out().println("Cancelled: nothing was written.");
        return ExitCode.INTERRUPTED.code();
    }

    private static Request withAnswers(Request given, Map<String, Object> answers) {
        Map<String, Object> flags = new LinkedHashMap<>(given.flags());
        answers.forEach((key, value) -> {
            if (!given.sets().containsKey(key)) {
                flags.put(key, value instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
                        : value);
            }
        });
        // every other option stays as given: --dry-run, --force or --adopt, --conflict, --detect (and the packs' choice)
        return given.toBuilder().flags(flags).build();
    }

    /** The answers the plan was made from, and where it goes. */
    private static void summary(Outcome preview, Catalogs.Context context, Map<String, Object> answers, Io io) {
        io.out().println();
        io.out().println(io.bold("Summary"));
        io.out().println("  project   " + preview.team().answers().projectName());
        io.out().println("  choices   " + InitWizard.describe(context.catalog(), answers));
        io.out().println("  team      " + String.join(", ", preview.team().members().stream().map(m -> m.name()).toList()));
        io.out().println("  tools     " + String.join(", ", preview.team().answers().targets()));
        io.out().println("  target    " + preview.target());
        io.out().flush();
    }

    /** What the confirmation is about: how many files each action takes, then each file that does not stay as it is. */
    private static void plannedFiles(Outcome preview, Io io, boolean verbose) {
        io.out().println("  files     " + Report.counts(preview.plan(), Report.Tense.PLANNED));
        preview.plan().actions().stream().filter(a -> verbose || a.action() != Action.UNCHANGED)
                .forEach(a -> io.out().println("            " + Report.line(a, io, verbose)));
        // the preview is the run that finished an interrupted earlier one, if there was one: say so here
        preview.notes().forEach(note -> io.out().println("  note      " + note));
        io.out().flush();
    }
}
