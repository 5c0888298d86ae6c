package dev.agentry.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

import dev.agentry.apply.AnswersStore;
import dev.agentry.apply.DiskReader;
import dev.agentry.apply.FileSystem;
import dev.agentry.apply.State;
import dev.agentry.apply.StateStore;
import dev.agentry.apply.Workspace;
import dev.agentry.catalog.DirectoryLayer;
import dev.agentry.catalog.ScaffoldLayer;
import dev.agentry.codec.Codec;
import dev.agentry.compose.Composer;
import dev.agentry.compose.Team;
import dev.agentry.format.Formats;
import dev.agentry.format.ToolFormat;
import dev.agentry.interview.AnswerResolver;
import dev.agentry.interview.AnswerSource;
import dev.agentry.interview.Answers;
import dev.agentry.interview.Keys;
import dev.agentry.plan.DesiredFile;
import dev.agentry.plan.Plan;
import dev.agentry.plan.Planner;
import dev.agentry.render.RenderedTeam;
import dev.agentry.support.AgentryException;
import dev.agentry.support.ExitCode;
import dev.agentry.support.Hashing;
import dev.agentry.support.Timings;

/**
 * The straight line every run shares: answers, catalogue, team, render, plan. Reads the target but never
 * writes to it.
 */
final class Pipeline {

    /** Everything a run has computed before writing. */
    record Prepared(Workspace workspace, State state, Answers answers, Team team, List<DesiredFile> desired,
            Plan plan, String answersYaml, boolean answersChanged, boolean answersEditedByHand, String fingerprint) {

        /** The same preparation with another plan. */
        Prepared with(Plan other) {
            return new Prepared(workspace, state, answers, team, desired, other, answersYaml, answersChanged,
                    answersEditedByHand, fingerprint);
        }
    }

    private final Scaffolds scaffolds;
    private final FileSystem fs;

    Pipeline(Scaffolds scaffolds, FileSystem fs) {
        this.scaffolds = scaffolds;
        this.fs = fs;
    }

    Prepared prepare(Workspace workspace, Request request) {
        String fingerprint = fingerprint(workspace);
        Optional<AnswersStore.Stored> storedFile = AnswersStore.readStored(workspace);
        Optional<Map<String, Object>> stored = storedFile.map(AnswersStore.Stored::values);
        List<AnswerSource> sources = sources(workspace, request, stored);
        // the state is needed only to plan: it is read while the catalogue loads and the team renders
        // (in a fleet every core already works on a target of its own: a second thread per target only costs, about
        // 13% of a fleet check's time when measured, so there it is read straight away)
        Supplier<State> stateReady = Fleet.onWorker() ? readNow(workspace)
                : inBackground(() -> StateStore.read(workspace));
        Timings.mark("read answers");

        Scaffolds.Loaded loaded = scaffolds.load(layers(workspace, scaffoldAnswer(sources)));
        Answers answers = new AnswerResolver(loaded.catalog(), Formats.ids()).resolve(sources);
        Team team = new Composer().compose(answers, loaded.catalog());
        Timings.mark("answers and team");
        List<ToolFormat> formats = answers.targets().stream().map(id -> Formats.byId(id).orElseThrow()).toList();
        Set<String> documents = new LinkedHashSet<>();
        formats.forEach(f -> documents.addAll(f.documents(team)));
        RenderedTeam rendered = loaded.renderer().render(team, List.copyOf(documents));
        List<DesiredFile> desired = new ArrayList<>();
        formats.forEach(f -> desired.addAll(f.files(rendered)));
        Timings.mark("render");
        State state = stateReady.get();
        Plan plan = new Planner(request.conflictStyle(), request.force(), state::verify).plan(desired, state.files(),
                new DiskReader(workspace, fs));

        String answersYaml = AnswersStore.serialize(recordedAnswers(answers, team));
        // the same text means the same answers; other text may still hold them (comments, quoting), so compare values
        boolean changed = storedFile.isEmpty() || !answersYaml.equals(storedFile.get().text())
                && !storedFile.get().values().equals(Codec.readYamlMap(answersYaml, "answers"));
        boolean editedByHand = storedFile.isPresent() && state.answersSha256() != null
                && !state.answersSha256().equals(Hashing.sha256(storedFile.get().text()));
        Timings.mark("plan");
        return new Prepared(workspace, state, answers, team, desired, plan, answersYaml, changed, editedByHand, fingerprint);
    }

    private static Supplier<State> readNow(Workspace workspace) {
        State state = StateStore.read(workspace);
        return () -> state;
    }

    /** Runs the work on a thread of its own; {@code get()} waits for it and throws what it threw. */
    private static <T> Supplier<T> inBackground(Supplier<T> work) {
        FutureTask<T> task = new FutureTask<>(work::get);
        Thread thread = new Thread(task, "agentry-read-state");
        thread.setDaemon(true);
        thread.start();
        return () -> {
            try {
                return task.get();
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AgentryException(ExitCode.INTERRUPTED, "Interrupted while reading the state.");
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

    /** The answer sources, highest precedence first: --set, options, the --answers file, the stored answers, defaults. */
    private static List<AnswerSource> sources(Workspace workspace, Request request, Optional<Map<String, Object>> stored) {
        List<AnswerSource> sources = new ArrayList<>();
        sources.add(new AnswerSource("--set", request.sets()));
        Map<String, Object> flags = new LinkedHashMap<>(request.flags());
        if (!request.scaffolds().isEmpty()) {
            flags.put(Keys.SCAFFOLDS, request.scaffolds().stream().map(p -> recorded(workspace, p)).toList());
        }
        sources.add(new AnswerSource("command-line options", flags));
        if (request.answersFile() != null) {
            String name = "answers file " + request.answersFile();
            sources.add(new AnswerSource(name, AnswersStore.read(request.answersFile(), name)));
        }
        stored.ifPresent(values -> sources.add(new AnswerSource(Workspace.META + "/answers.yml", values)));
        sources.add(new AnswerSource("defaults", Map.of(Keys.PROJECT_NAME, workspace.folderName())));
        return sources;
    }

    /**
     * Plans again against the files on disk now, for a run that has just taken the lock. The render is reused when the
     * answers and the state are still those it was made from; otherwise everything is prepared again.
     */
    Prepared again(Prepared prepared, Request request) {
        if (!fingerprint(prepared.workspace()).equals(prepared.fingerprint())) {
            return prepare(prepared.workspace(), request);
        }
        Planner planner = new Planner(request.conflictStyle(), request.force(), prepared.state()::verify);
        return prepared.with(planner.plan(prepared.desired(),
                prepared.state().files(), new DiskReader(prepared.workspace(), fs)));
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

    /** The answers as written to answers.yml, with --set values in the type of the value they override. */
    private static Map<String, Object> recordedAnswers(Answers answers, Team team) {
        Map<String, Object> map = answers.toMap();
        for (String key : answers.values().keySet()) {
            Object typed = team.settings().containsKey(key) ? team.settings().get(key) : team.variables().get(key);
            map.put(key, typed);
        }
        return map;
    }

    private static Object scaffoldAnswer(List<AnswerSource> sources) {
        return sources.stream().filter(s -> s.has(Keys.SCAFFOLDS)).findFirst().map(s -> s.values().get(Keys.SCAFFOLDS))
                .orElse(List.of());
    }

    /** Built-in, then the target's own .agentry/scaffolds/, then each recorded or given folder (later wins). */
    static List<ScaffoldLayer> layers(Workspace workspace, Object scaffoldAnswer) {
        List<ScaffoldLayer> layers = new ArrayList<>();
        if (Files.isDirectory(workspace.scaffolds())) {
            layers.add(new DirectoryLayer(workspace.scaffolds(), Workspace.META + "/scaffolds"));
        }
        List<?> entries = scaffoldAnswer instanceof List<?> list ? list : List.of(String.valueOf(scaffoldAnswer));
        for (Object entry : entries) {
            String text = String.valueOf(entry);
            Path folder = workspace.root().resolve(text).normalize();
            if (!Files.isDirectory(folder)) {
                throw AgentryException.usage("Scaffold folder '" + text + "' does not exist (resolved to " + folder + ").");
            }
            layers.add(new DirectoryLayer(folder, text));
        }
        return layers;
    }

    /** A folder as recorded in answers.yml: relative to the target when inside it, else absolute. */
    private static String recorded(Workspace workspace, Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            throw AgentryException.usage("Scaffold folder " + absolute + " (--scaffolds) does not exist.");
        }
        return absolute.startsWith(workspace.root()) ? workspace.root().relativize(absolute).toString().replace('\\', '/')
                : absolute.toString();
    }
}
