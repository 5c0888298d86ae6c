package dev.agentry.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.agentry.apply.RecordedPack;
import dev.agentry.apply.State;
import dev.agentry.apply.Workspace;
import dev.agentry.catalog.DirectoryLayer;
import dev.agentry.catalog.ScaffoldLayer;
import dev.agentry.interview.AnswerSource;
import dev.agentry.interview.Answers;
import dev.agentry.interview.Keys;
import dev.agentry.pack.Manifest;
import dev.agentry.pack.PackSource;
import dev.agentry.pack.Packs;
import dev.agentry.pack.Pin;
import dev.agentry.pack.ResolvedPack;
import dev.agentry.pack.Trust;
import dev.agentry.support.AgentryException;
import dev.agentry.support.Version;

/**
 * The scaffold layers of a target, in order: its own {@code .agentry/scaffolds/}, then each {@code scaffolds} entry (later
 * wins): a folder as it is on disk, or a git pack at the commit the state records (resolved when new, moved by an
 * upgrade), its files from the pack cache. Each is refused when it needs a newer agentry, or (a fleet run) when it is
 * not from a trusted source.
 */
final class ScaffoldLayers {

    /** What a run knows and wants about packs: the cache, the recorded versions, upgrades, trusted sources. */
    record Context(Packs packs, State state, Upgrades upgrades, Trust trust) {

        /** Recorded versions used as they are, every source accepted (list, the init wizard). */
        static Context pinned(Packs packs, State state) {
            return new Context(packs, state, Upgrades.NONE, Trust.ANY);
        }
    }

    /**
     * One entry of {@code scaffolds}, as it resolved.
     *
     * @param pack the pack it resolved to, or null for a folder
     * @param name the pack's name (its manifest's, else its repository's), or null for a folder
     * @param change a new, moved or (check --upgrades) newer version, or null
     */
    record Entry(PackSource source, ResolvedPack pack, String name, PackChange change) {
    }

    /** The layers, with what each entry resolved to and what the user should know. */
    record Assembled(List<ScaffoldLayer> layers, List<Entry> entries, List<String> notes) {

        Assembled {
            layers = List.copyOf(layers);
            entries = List.copyOf(entries);
            notes = List.copyOf(notes);
        }

        /** The answers with each pack source as the run leaves it (an upgrade of {@code URL#v1.2.0} names the new tag). */
        Answers recorded(Answers answers) {
            List<String> sources = new ArrayList<>(answers.scaffolds());
            for (int i = 0; i < entries.size() && i < sources.size(); i++) {
                ResolvedPack pack = entries.get(i).pack();
                if (pack != null && !pack.source().given().equals(entries.get(i).source().given())) {
                    sources.set(i, pack.source().given());
                }
            }
            return sources.equals(answers.scaffolds()) ? answers : answers.withScaffolds(sources);
        }

        /** The packs for the state to record, under the sources as {@code answers} (from {@link #recorded}) names them. */
        List<RecordedPack> packs(Answers answers) {
            List<RecordedPack> packs = new ArrayList<>();
            for (int i = 0; i < entries.size() && i < answers.scaffolds().size(); i++) {
                ResolvedPack pack = entries.get(i).pack();
                if (pack != null) {
                    packs.add(new RecordedPack(answers.scaffolds().get(i), pack.pin().ref(), pack.pin().commit()));
                }
            }
            return packs;
        }

        List<PackChange> changes() {
            return entries.stream().map(Entry::change).filter(c -> c != null).toList();
        }
    }

    private ScaffoldLayers() {
    }

    /** True when an entry names a git repository, whose version the state records. */
    static boolean usesPacks(Workspace workspace, AnswerSource source) {
        return source != null && source.names(Keys.SCAFFOLDS).stream()
                .anyMatch(text -> PackSource.parse(text, Folders.base(workspace)).isGit());
    }

    /**
     * The layers of the target's own folder and of the entries the source names; an entry that does not exist, needs a
     * newer agentry or is not trusted is blamed on its place (an option, or a line of answers.yml).
     */
    static Assembled assemble(Workspace workspace, AnswerSource source, Context context) {
        List<ScaffoldLayer> layers = new ArrayList<>();
        if (Files.isDirectory(workspace.scaffolds())) {
            layers.add(checked(new DirectoryLayer(workspace.scaffolds(), Workspace.META + "/scaffolds"), "Scaffold folder "
                    + Workspace.META + "/scaffolds", ""));
        }
        List<String> texts = source == null ? List.of() : source.names(Keys.SCAFFOLDS);
        List<Entry> entries = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<String, String> unclaimed = new LinkedHashMap<>(context.upgrades().refs());
        List<PackSource> sources = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            sources.add(trusted(PackSource.parse(texts.get(i), Folders.base(workspace)), workspace, source, i, context.trust()));
        }
        // every source is trusted before any is fetched
        for (int i = 0; i < sources.size(); i++) {
            PackSource pack = sources.get(i);
            Entry entry = pack.isGit() ? pack(pack, context, unclaimed) : folder(pack, source, i);
            entries.add(entry);
            layers.add(new DirectoryLayer(entry.pack() != null ? entry.pack().folder() : Path.of(pack.location()),
                    entry.pack() != null ? entry.pack().source().given() : pack.given()));
            if (entry.pack() != null) {
                notes.addAll(entry.pack().notes());
            }
        }
        if (!unclaimed.isEmpty()) {
            List<String> names = entries.stream().filter(e -> e.name() != null).map(e -> e.name() + " ("
                    + e.source().given() + ")").toList();
            throw AgentryException.usage("--upgrade " + String.join(", ", unclaimed.keySet()) + ": no scaffold pack of "
                    + workspace.root() + " has that name; " + (names.isEmpty() ? "it uses no git pack."
                    : "its packs are " + String.join(", ", names) + "."));
        }
        return new Assembled(layers, entries, notes);
    }

    /** The source, unless the trust refuses it: a git source, or a folder outside the target's repository. */
    private static PackSource trusted(PackSource pack, Workspace workspace, AnswerSource source, int item, Trust trust) {
        if (!trust.admits(pack) && (pack.isGit() || Folders.insideRepository(workspace, Path.of(pack.location())).isEmpty())) {
            throw AgentryException.unsafe(source.place(Keys.SCAFFOLDS, item) + ": scaffold source '" + pack.given() + "' is"
                    + " not trusted: " + trust.describe() + ". A pack's templates shape what every agent of the team is told:"
                    + " add its prefix to trusted-sources to accept it. Nothing was written.");
        }
        return pack;
    }

    private static Entry folder(PackSource folder, AnswerSource source, int item) {
        Path path = Path.of(folder.location());
        if (!Files.isDirectory(path)) {
            throw source.problem(Keys.SCAFFOLDS, item, "Scaffold folder '" + folder.given() + "' does not exist (resolved to "
                    + path + ")", " Create it, or record another folder with --scaffolds DIR.");
        }
        checked(new DirectoryLayer(path, folder.given()), "Scaffold folder " + folder.given(), "");
        return new Entry(folder, null, null, null);
    }

    /** A git source at its recorded version, or as the upgrades ask; checked against this agentry's version. */
    private static Entry pack(PackSource source, Context context, Map<String, String> unclaimed) {
        Packs packs = context.packs();
        Pin recorded = context.state().pack(source.given()).map(p -> new Pin(p.ref(), p.commit())).orElse(null);
        ResolvedPack found = context.upgrades().mode() == Upgrades.Mode.NEWEST ? packs.newest(source, recorded)
                : packs.resolve(source, recorded);
        String ref = named(unclaimed, name(packs, found, source), source);
        if (ref != null) {
            ResolvedPack moved = packs.at(source, ref);
            // a source that names its version in answers.yml is to name the new one
            found = source.ref() == null ? moved : new ResolvedPack(source.at(ref), moved.pin(), moved.folder(), moved.notes());
        }
        ResolvedPack pack = found;
        String name = name(packs, pack, source);
        boolean moved = recorded != null && !recorded.commit().equals(pack.pin().commit());
        String fix = moved ? " Or keep the version in use: run without --upgrade, or with --upgrade " + name + "="
                + recorded.ref() + "." : " Or use an older version of the pack: " + source.withoutRef() + "#REF.";
        Manifest manifest = packs.manifest(pack);
        manifest.requireAgentry(Version.current(), "Scaffold pack " + manifest.label(name) + " (" + source.withoutRef()
                + " at " + pack.pin().label() + ")", fix);
        PackChange change = null;
        if (recorded == null || moved) {
            change = new PackChange(name, pack.source().given(), recorded == null ? null : recorded.label(), pack.pin().label());
        }
        else if (context.upgrades().mode() == Upgrades.Mode.REPORT) {
            change = packs.newer(source, pack.pin()).map(n -> new PackChange(name, source.given(), recorded.label(),
                    n.commit() == null ? n.ref() : new Pin(n.ref(), n.commit()).label())).orElse(null);
        }
        return new Entry(source, pack, name, change);
    }

    /** Takes the ref asked for this pack ({@code --upgrade NAME=REF}, by its name, repository name or source). */
    private static String named(Map<String, String> unclaimed, String name, PackSource source) {
        for (String key : List.of(name, source.shortName(), source.withoutRef(), source.given())) {
            if (unclaimed.containsKey(key)) {
                String ref = unclaimed.get(key);
                unclaimed.keySet().removeAll(List.of(name, source.shortName(), source.withoutRef(), source.given()));
                return ref;
            }
        }
        return null;
    }

    private static String name(Packs packs, ResolvedPack pack, PackSource source) {
        String manifestName = packs.manifest(pack).name();
        return manifestName == null || manifestName.isEmpty() ? source.shortName() : manifestName;
    }

    /** The layer, once its manifest admits this agentry. */
    private static DirectoryLayer checked(DirectoryLayer layer, String what, String fix) {
        Manifest.of(layer).requireAgentry(Version.current(), what, fix);
        return layer;
    }
}
