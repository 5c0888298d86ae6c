package dev.agentry.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

import dev.agentry.apply.AnswersStore;
import dev.agentry.apply.DiskReader;
import dev.agentry.apply.DiskSnapshot;
import dev.agentry.apply.FileSystem;
import dev.agentry.apply.RecordedPack;
import dev.agentry.apply.State;
import dev.agentry.apply.StateStore;
import dev.agentry.apply.Workspace;
import dev.agentry.codec.YamlMapping;
import dev.agentry.detect.Detector;
import dev.agentry.detect.Limits;
import dev.agentry.detect.ScannedRepository;
import dev.agentry.compose.Team;
import dev.agentry.format.Formats;
import dev.agentry.interview.AnswerResolver;
import dev.agentry.interview.AnswerSource;
import dev.agentry.interview.Answers;
import dev.agentry.interview.Keys;
import dev.agentry.interview.MissingAnswersException;
import dev.agentry.plan.DesiredFile;
import dev.agentry.plan.ForeignFiles;
import dev.agentry.plan.Plan;
import dev.agentry.plan.Planner;
import dev.agentry.render.LegacyRenderer;
import dev.agentry.support.AgentryException;
import dev.agentry.support.ExitCode;
import dev.agentry.support.Timings;

/**
 * The straight line every run shares: answers, catalogue, team, render, plan. Reads the target but never
 * writes to it.
 */
final class Pipeline {

    /**
     * Everything a run has computed before writing.
     *
     * @param answersFile the text answers.yml is to hold, and how it stands against the stored file
     * @param notes what the user should know about the answers (a scaffold folder outside the repository)
     * @param packs the scaffold packs for the state to record, each at the commit this run used
     * @param packChanges the packs whose version this run set or moved, or (check --upgrades) found newer
     */
    record Prepared(Workspace workspace, State state, Answers answers, Team team, List<DesiredFile> desired,
            Plan plan, AnswersText answersFile, String fingerprint, List<String> notes, List<RecordedPack> packs,
            List<PackChange> packChanges) {

        Prepared {
            notes = List.copyOf(notes);
            packs = List.copyOf(packs);
            packChanges = List.copyOf(packChanges);
        }

        /** The same preparation with another plan. */
        Prepared with(Plan other) {
            return new Prepared(workspace, state, answers, team, desired, other, answersFile, fingerprint, notes, packs,
                    packChanges);
        }

        /** The text of .agentry/answers.yml this run writes (see {@link AnswersText#yaml}). */
        String answersYaml() {
            return answersFile.yaml();
        }

        /** True when this run rewrites .agentry/answers.yml. */
        boolean answersChanged() {
            return answersFile.rewritten();
        }

        /** True when .agentry/answers.yml was edited by hand since agentry last wrote it. */
        boolean answersEditedByHand() {
            return answersFile.editedByHand();
        }
    }

    private final Scaffolds scaffolds;
    private final FileSystem fs;

    Pipeline(Scaffolds scaffolds, FileSystem fs) {
        this.scaffolds = scaffolds;
        this.fs = fs;
    }

    Prepared prepare(Workspace workspace, Request request) {
        Timings timings = request.timings();
        String fingerprint = fingerprint(workspace);
        Optional<AnswersStore.Stored> storedFile = AnswersStore.readStored(workspace);
        List<String> notes = new ArrayList<>();
        List<AnswerSource> sources = sources(workspace, request, storedFile, notes);
        AnswerSource scaffoldSource = scaffoldSource(sources);
        boolean usesPacks = ScaffoldLayers.usesPacks(workspace, scaffoldSource);
        // the state is needed only to plan: it is read while the catalogue loads and the team renders
        // (in a fleet every core already works on a target of its own: a second thread per target only costs, about
        // 13% of a fleet check's time when measured, so there it is read straight away; packs need the versions it
        // records before the catalogue loads)
        Supplier<State> stateReady = Fleet.onWorker() || usesPacks ? readNow(workspace)
                : inBackground(() -> StateStore.read(workspace));
        // --detect reads the repository while the catalogue loads and the template engine starts, as the state is read
        Supplier<ScannedRepository> scanned = !request.detect() ? null : Fleet.onWorker()
                ? now(() -> Detector.scan(workspace.root(), Limits.DEFAULT, true))
                : inBackground(() -> Detector.scan(workspace.root(), Limits.DEFAULT));
        timings.mark("read answers");

        ScaffoldLayers.Assembled layers = ScaffoldLayers.assemble(workspace, scaffoldSource, new ScaffoldLayers.Context(
                scaffolds.packs(), usesPacks ? stateReady.get() : State.EMPTY, request.upgrades(), request.trust()));
        notes.addAll(layers.notes());
        if (usesPacks) {
            timings.mark("scaffold packs");
        }
        Scaffolds.Loaded loaded = scaffolds.load(layers.layers(), timings);
        Answers answers = layers.recorded(Folders.portable(workspace, resolve(scanned, loaded, sources, notes, timings), notes));
        TeamGenerator generator = new TeamGenerator(loaded.catalog(), loaded.renderer(timings));
        Team team = generator.compose(answers);
        timings.mark("answers and team");
        List<DesiredFile> desired = generator.generate(team).desired();
        timings.mark("render");
        State state = stateReady.get();
        Plan plan = plan(request, state, desired, workspace, team);

        AnswersText answersFile = AnswersText.of(storedFile, answers.toMap(), state);
        timings.mark("plan");
        return new Prepared(workspace, state, answers, team, desired, plan, answersFile, fingerprint, notes,
                layers.packs(answers), layers.changes());
    }

    /** The answers from the sources, with what the repository shows filling the gaps when --detect asks for it. */
    private static Answers resolve(Supplier<ScannedRepository> scanned, Scaffolds.Loaded loaded, List<AnswerSource> sources,
            List<String> notes, Timings timings) {
        AnswerResolver resolver = new AnswerResolver(loaded.catalog(), Formats.ids());
        if (scanned == null) {
            return resolver.resolve(sources);
        }
        // the template engine starts while the repository is still being read: this thread would only wait
        loaded.renderer(timings);
        DetectedAnswers detected = DetectedAnswers.of(new Detector(loaded.catalog()).detect(scanned.get()), sources);
        timings.mark("detect");
        try {
            Answers answers = resolver.resolve(detected.sources());
            notes.addAll(detected.notes());
            return answers;
        }
        catch (MissingAnswersException e) {
            throw detected.explain(e);
        }
    }

    private static Supplier<State> readNow(Workspace workspace) {
        return now(() -> StateStore.read(workspace));
    }

    private static <T> Supplier<T> now(Supplier<T> work) {
        T value = work.get();
        return () -> value;
    }

    /** Runs the work on a thread of its own; {@code get()} waits for it and throws what it threw. */
    private static <T> Supplier<T> inBackground(Supplier<T> work) {
        FutureTask<T> task = new FutureTask<>(work::get);
        Thread thread = new Thread(task, "agentry-background-read");
        thread.setDaemon(true);
        thread.start();
        return () -> {
            try {
                return task.get();
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AgentryException(ExitCode.INTERRUPTED, "Interrupted while reading the target.");
            }
            catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
        };
    }

    /**
     * The answer sources, highest precedence first: --set, options, the --answers file, the stored answers, defaults
     * (what --detect finds goes just above the defaults).
     */
    private static List<AnswerSource> sources(Workspace workspace, Request request, Optional<AnswersStore.Stored> stored,
            List<String> notes) {
        List<AnswerSource> sources = new ArrayList<>();
        sources.add(AnswerSource.sets(request.sets()));
        Map<String, Object> flags = new LinkedHashMap<>(request.flags());
        if (!request.scaffolds().isEmpty()) {
            flags.put(Keys.SCAFFOLDS, request.scaffolds().stream().map(p -> Folders.recorded(workspace, p, notes)).toList());
        }
        sources.add(AnswerSource.options(flags));
        if (request.answersFile() != null) {
            String name = request.answersFile().toString();
            sources.add(fileSource(name, AnswersStore.read(request.answersFile(), name)));
        }
        stored.ifPresent(file -> sources.add(fileSource(AnswersStore.STORED, file.mapping())));
        sources.add(AnswerSource.defaults(Map.of(Keys.PROJECT_NAME, workspace.folderName())));
        return sources;
    }

    static AnswerSource fileSource(String name, YamlMapping mapping) {
        return AnswerSource.file(name, mapping.values(), mapping.keyLines(), mapping.itemLines());
    }

    /**
     * Plans again against the files on disk now, for a run that has just taken the lock. The render is reused when the
     * answers and the state are still those it was made from; otherwise everything is prepared again.
     */
    Prepared again(Prepared prepared, Request request) {
        if (!fingerprint(prepared.workspace()).equals(prepared.fingerprint())) {
            return prepare(prepared.workspace(), request);
        }
        return prepared.with(plan(request, prepared.state(), prepared.desired(), prepared.workspace(), prepared.team()));
    }

    private Plan plan(Request request, State state, List<DesiredFile> desired, Workspace workspace, Team team) {
        // the team's placeholder values are for legacy agent files adopted as they are (only --adopt uses them)
        Map<String, String> placeholders = request.foreignFiles() == ForeignFiles.ADOPT ? LegacyRenderer.placeholders(team)
                : Map.of();
        DiskSnapshot disk = DiskSnapshot.read(new DiskReader(workspace, fs), desired, state.files(), state.released());
        Plan plan = new Planner(request.conflictStyle(), request.foreignFiles(), placeholders).plan(desired,
                state.files(), state.released(), disk);
        // a recorded text the plan builds on (a merge base, the text that tells an edit) must be what agentry wrote
        plan.reliedOn().forEach(state::verify);
        return plan;
    }

    /**
     * When and how big the answers and the state files are, to notice another run's changes: every write replaces a
     * file by a rename, so a changed file has a new time.
     */
    private static String fingerprint(Workspace workspace) {
        return stamp(workspace.answers()) + "|" + stamp(workspace.state());
    }

    private static String stamp(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant() + "/" + Files.size(file);
        }
        catch (IOException e) {
            return "none";
        }
    }

    /** The first source that names scaffold folders, or null. */
    static AnswerSource scaffoldSource(List<AnswerSource> sources) {
        return sources.stream().filter(s -> s.has(Keys.SCAFFOLDS)).findFirst().orElse(null);
    }
}
