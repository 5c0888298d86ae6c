package dev.agentry.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.agentry.apply.AnswersStore;
import dev.agentry.apply.State;
import dev.agentry.apply.StateStore;
import dev.agentry.apply.Workspace;
import dev.agentry.catalog.Catalog;
import dev.agentry.catalog.ScaffoldLayer;
import dev.agentry.format.Formats;
import dev.agentry.interview.AnswerResolver;
import dev.agentry.interview.AnswerSource;
import dev.agentry.interview.Keys;
import dev.agentry.pack.PackSource;

/** The catalogue as a user sees it ({@code list}, the init wizard), with a target's layers and any extra folders. */
public final class Catalogs {

    private final Scaffolds scaffolds;

    public Catalogs(Scaffolds scaffolds) {
        this.scaffolds = scaffolds;
    }

    /**
     * What the init wizard starts from: the catalogue, the stored answers (empty when none), the folder's name, and the
     * answers the request gives (--set, options, the --answers file: those are not asked).
     */
    public record Context(Catalog catalog, Map<String, Object> stored, String folderName, Map<String, Object> given) {

        public Context {
            given = Collections.unmodifiableMap(new LinkedHashMap<>(given));
        }

        /** A context with no answers given. */
        public Context(Catalog catalog, Map<String, Object> stored, String folderName) {
            this(catalog, stored, folderName, Map.of());
        }
    }

    /** What init needs before the catalogue: the target folder's name and whether answers are stored there. */
    public record Start(String folderName, boolean hasStoredAnswers) {
    }

    /** Cheap facts about a target, read without loading anything. */
    public Start start(Path target) {
        Workspace workspace = Workspace.of(target, true);
        return new Start(workspace.folderName(), Files.isRegularFile(workspace.answers()));
    }

    /**
     * The context of a target: its stored answers and the catalogue of its recorded or given scaffold layers (packs at
     * the versions its state records).
     */
    public Context context(Path target, List<String> extraSources) {
        Workspace workspace = Workspace.of(target, true);
        Optional<AnswersStore.Stored> stored = AnswersStore.readStored(workspace);
        return new Context(scaffolds.load(layers(workspace, stored, extraSources)).catalog(),
                stored.map(AnswersStore.Stored::values).orElse(Map.of()), workspace.folderName());
    }

    /**
     * The context of a request the init wizard is to complete, with the answers it gives checked before any question is
     * asked: an unknown id, key or value in --set, the options or the --answers file (or a setting in the stored answers)
     * is an error naming all of them; answers none of them gives are not (the wizard asks for those).
     */
    public Context context(Request request) {
        Workspace workspace = Workspace.of(request.target(), true);
        Optional<AnswersStore.Stored> stored = AnswersStore.readStored(workspace);
        Catalog catalog = scaffolds.load(layers(workspace, stored, request.scaffolds())).catalog();
        List<AnswerSource> given = new ArrayList<>(List.of(AnswerSource.sets(request.sets()), AnswerSource.options(request.flags())));
        if (request.answersFile() != null) {
            String name = request.answersFile().toString();
            given.add(Pipeline.fileSource(name, AnswersStore.read(request.answersFile(), name)));
        }
        List<AnswerSource> checked = new ArrayList<>(given);
        // the stored answers the wizard asks for again are only its defaults; their settings and variables stay
        stored.map(file -> Pipeline.fileSource(AnswersStore.STORED, file.mapping())).map(Catalogs::withoutAnswers)
                .ifPresent(checked::add);
        new AnswerResolver(catalog, Formats.ids()).check(checked);
        Map<String, Object> answers = new LinkedHashMap<>();
        for (String key : Keys.ANSWERS) {
            given.stream().filter(source -> source.has(key)).findFirst()
                    .ifPresent(source -> answers.put(key, source.values().get(key)));
        }
        answers.remove(Keys.SCAFFOLDS);
        return new Context(catalog, stored.map(AnswersStore.Stored::values).orElse(Map.of()), workspace.folderName(),
                answers);
    }

    private static AnswerSource withoutAnswers(AnswerSource source) {
        Map<String, Object> values = new LinkedHashMap<>(source.values());
        values.keySet().removeAll(Keys.ANSWERS);
        return new AnswerSource(source.origin(), values);
    }

    /**
     * The catalogue of a target's recorded or given scaffold layers, without the template engine (for a run that
     * renders nothing, such as detect).
     */
    public Catalog catalog(Path target, List<String> extraSources) {
        Workspace workspace = Workspace.of(target, true);
        return scaffolds.catalog(layers(workspace, AnswersStore.readStored(workspace), extraSources));
    }

    /** The catalogue for a target (its own .agentry/scaffolds/ included) plus extra scaffold sources. */
    public Catalog list(Path target, List<String> extraSources) {
        return scaffolds.load(layers(Workspace.of(target), given(extraSources))).catalog();
    }

    /** The layers of a target: its own, then the sources given, or else those its stored answers record. */
    private List<ScaffoldLayer> layers(Workspace workspace, Optional<AnswersStore.Stored> stored,
            List<String> extraSources) {
        AnswerSource sources = extraSources.isEmpty()
                ? stored.map(file -> Pipeline.fileSource(AnswersStore.STORED, file.mapping())).orElse(null)
                : given(extraSources);
        return layers(workspace, sources);
    }

    /** The layers of the target's own folder and of these sources, packs at the versions the state records. */
    private List<ScaffoldLayer> layers(Workspace workspace, AnswerSource sources) {
        State state = ScaffoldLayers.usesPacks(workspace, sources) ? StateStore.read(workspace) : State.EMPTY;
        return ScaffoldLayers.assemble(workspace, sources, ScaffoldLayers.Context.pinned(scaffolds.packs(), state)).layers();
    }

    /** Sources given as --scaffolds options: folders made absolute (from the current folder), URLs as they are. */
    private static AnswerSource given(List<String> extraSources) {
        Path here = Path.of("").toAbsolutePath();
        return AnswerSource.options(Map.of(Keys.SCAFFOLDS, extraSources.stream()
                .map(text -> PackSource.parse(text, here).isUrl() ? text : absolute(text, here)).toList()));
    }

    /** A local folder or repository (with its #REF) as an absolute path. */
    private static String absolute(String text, Path here) {
        PackSource source = PackSource.parse(text, here);
        return source.location() + (source.ref() == null ? "" : "#" + source.ref());
    }
}
