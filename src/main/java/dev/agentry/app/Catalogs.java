package dev.agentry.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.agentry.apply.AnswersStore;
import dev.agentry.apply.State;
import dev.agentry.apply.StateStore;
import dev.agentry.apply.Workspace;
import dev.agentry.catalog.Catalog;
import dev.agentry.catalog.ScaffoldLayer;
import dev.agentry.interview.AnswerSource;
import dev.agentry.interview.Keys;
import dev.agentry.pack.PackSource;

/** The catalogue as a user sees it ({@code list}, the init wizard), with a target's layers and any extra folders. */
public final class Catalogs {

    private final Scaffolds scaffolds;

    public Catalogs(Scaffolds scaffolds) {
        this.scaffolds = scaffolds;
    }

    /** What the init wizard starts from: the catalogue, the stored answers (empty when none) and the folder's name. */
    public record Context(Catalog catalog, Map<String, Object> stored, String folderName) {
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
