package dev.agentry.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import dev.agentry.Trees;
import dev.agentry.apply.FileSystem;
import dev.agentry.apply.State;
import dev.agentry.apply.StateStore;
import dev.agentry.apply.Workspace;
import dev.agentry.plan.Blocks;
import dev.agentry.plan.DesiredFile;
import dev.agentry.plan.ConflictStyle;
import dev.agentry.plan.ForeignFiles;
import dev.agentry.plan.RecordedFile;
import dev.agentry.support.ExitCode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: across random sequences of answer changes (deployment, stack, roles and targets dropped and added back, the
 * CLAUDE.md block turned off and on), user edits (append, change and delete lines, delete files and blocks, write an
 * agent by hand where agentry would write one) and updates with either conflict style and with or without --adopt:
 * <ul>
 * <li>no line the user wrote is ever lost (it can only move inside conflict markers, or stay as the user's side of a
 * .rej conflict);</li>
 * <li>the state matches the disk: every tracked file exists, every pending .rej exists and every .rej on disk is
 * pending (a released file's too), every released file exists and is not tracked;</li>
 * <li>a conflict still open (markers, or a .rej) is never settled by a run, whatever the answers change (a role or
 * target dropped and added back included): only the user resolves it, or deletes the file;</li>
 * <li>check agrees with what update would do: when check says in sync, an update with the same answers writes no file
 * and exits 0; when it finds drift, that update writes something or exits 3.</li>
 * </ul>
 * A run is refused only for a hand-written file in the way without --adopt, and then nothing changes. Each sequence is
 * reproducible from its seed (shown in the test name).
 */
class EditsSurviveUpdatesPropertyTests {

    private static final int SEQUENCES = 18;
    private static final int STEPS = 8;
    private static final List<String> DEPLOYMENTS = List.of("aws", "kubernetes", "vercel", "gcp", "azure", "fly-io", "docker-host");
    private static final List<String> STACKS = List.of("java-spring-boot", "python-fastapi");
    private static final List<String> ROLES = List.of("product-manager", "backend-engineer", "code-reviewer",
            "testing-specialist", "ui-ux-designer");
    private static final List<List<String>> TARGETS = List.of(List.of("claude"), List.of("claude", "copilot"),
            List.of("claude", "agents-md"), List.of("claude", "copilot", "agents-md"));

    @TempDir
    Path target;

    private int userLines;

    /** Files the simulated user wrote by hand where agentry would write: the only ones a run may refuse. */
    private final Set<String> handWritten = new HashSet<>();

    static Stream<Long> seeds() {
        return new Random(20261126L).longs(SEQUENCES).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void userLinesAreNeverLostTheStateMatchesTheDiskAndCheckAgreesWithUpdate(long seed) throws IOException {
        Random random = new Random(seed);
        assertThat(run(Map.of("project-type", "backend-api", "deployment", "aws", "stack", "java-spring-boot"), random))
                .isNotNull();
        for (int step = 0; step < STEPS; step++) {
            String at = "seed " + seed + " step " + step;
            int edits = random.nextInt(3);
            for (int i = 0; i < edits; i++) {
                edit(random);
            }
            Map<String, List<String>> before = userLinesByFile();
            Map<String, String> disk = Trees.content(target);
            ExitCode check = new Check(new Scaffolds(), FileSystem.REAL).run(Request.of(target)).exitCode();
            Map<String, Object> change = answerChange(random);
            Set<String> open = openConflicts();
            Outcome outcome = run(change, random);
            for (String file : open) {
                // agentry never settles a conflict: only the user does (or deletes the file)
                assertThat(!Files.exists(target.resolve(file)) || openConflicts().contains(file))
                        .as("%s: the open conflict of %s is still open", at, file).isTrue();
            }
            if (outcome == null) {
                assertThat(Trees.content(target)).as(at + ": a refused run changes nothing").isEqualTo(disk);
            }
            else {
                stateMatchesDisk(at);
                if (change.isEmpty()) {
                    checkAgreesWithUpdate(at, check, disk, outcome);
                }
            }
            Map<String, List<String>> after = userLinesByFile();
            before.forEach((file, lines) -> assertThat(after.getOrDefault(file, List.of()))
                    .as("%s: your lines in %s", at, file).containsAll(lines));
            if (random.nextBoolean()) {
                // else they stay unresolved into the next step
                resolveConflicts(random);
            }
        }
    }

    /** One update (or generate) with a random conflict style and policy; null when it was refused for a file in the way. */
    private Outcome run(Map<String, Object> flags, Random random) {
        ConflictStyle style = random.nextBoolean() ? ConflictStyle.INLINE : ConflictStyle.REJ;
        ForeignFiles policy = random.nextBoolean() ? ForeignFiles.ADOPT : ForeignFiles.REFUSE;
        // a setting is given as --set, the answers as options
        Map<String, Object> options = new LinkedHashMap<>(flags);
        Map<String, Object> sets = new LinkedHashMap<>();
        if (options.containsKey("claude-md")) {
            sets.put("claude-md", String.valueOf(options.remove("claude-md")));
        }
        try {
            return new Generate(new Scaffolds(), FileSystem.REAL).run(Request.to(target).flags(options).sets(sets)
                    .foreignFiles(policy).conflictStyle(style).build(), Generate.Mode.GENERATE);
        }
        catch (ForeignFilesException refused) {
            assertThat(policy).isEqualTo(ForeignFiles.REFUSE);
            assertThat(handWritten).as("refused files").containsAll(refused.paths());
            return null;
        }
        finally {
            handWritten.removeIf(path -> !Files.exists(target.resolve(path)) || tracked(path));
        }
    }

    private boolean tracked(String path) {
        return StateStore.read(new Workspace(target)).files().stream().anyMatch(f -> f.path().equals(path));
    }

    private static Map<String, Object> answerChange(Random random) {
        Map<String, Object> flags = new LinkedHashMap<>();
        switch (random.nextInt(8)) {
            case 0 -> flags.put("deployment", DEPLOYMENTS.get(random.nextInt(DEPLOYMENTS.size())));
            case 1 -> flags.put("stack", STACKS.get(random.nextInt(STACKS.size())));
            case 2, 7 -> {
                List<String> team = new ArrayList<>();
                for (String role : ROLES) {
                    if (role.equals("backend-engineer") || random.nextInt(3) > 0) {
                        team.add(role);
                    }
                }
                flags.put("agents", String.join(",", team));
            }
            case 3 -> flags.put("targets", String.join(",", TARGETS.get(random.nextInt(TARGETS.size()))));
            case 4 -> {
                if (random.nextInt(3) == 0) {
                    flags.put("claude-md", random.nextBoolean());
                }
            }
            default -> {
                // no answer change: an update with the same answers
            }
        }
        return flags;
    }

    /**
     * A random user edit: append, change or delete a line of a managed file, delete a file or a managed block, or write
     * an agent by hand at a path agentry would write for a role or a target not (or no longer) in the team.
     */
    private void edit(Random random) throws IOException {
        List<Path> files = editable();
        int kind = random.nextInt(13);
        if (kind >= 11 || files.isEmpty()) {
            writeByHand(random);
            return;
        }
        Path file = files.get(random.nextInt(files.size()));
        boolean hostsBlock = file.endsWith("CLAUDE.md") || file.endsWith("AGENTS.md");
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        if (kind == 0) {
            if (hostsBlock) {
                deleteBlock(file);
            }
            else {
                Files.delete(file);
            }
            return;
        }
        int at = lines.isEmpty() ? 0 : random.nextInt(lines.size());
        if (kind <= 5) {
            lines.add(random.nextBoolean() ? lines.size() : at, userLine());
        }
        else if (kind <= 8 && !lines.isEmpty() && !isUserLine(lines.get(at)) && !isStructural(lines.get(at))) {
            lines.set(at, userLine());
        }
        else if (!lines.isEmpty() && !isUserLine(lines.get(at)) && !isStructural(lines.get(at))) {
            lines.remove(at);
        }
        Files.writeString(file, String.join("\n", lines) + "\n");
    }

    private void writeByHand(Random random) throws IOException {
        String folder = random.nextInt(4) > 0 ? ".claude/agents/" : ".github/agents/";
        String suffix = folder.startsWith(".claude") ? ".md" : ".agent.md";
        // where agentry writes nothing now, but would for a role or a target added later
        List<String> free = ROLES.stream().map(role -> folder + role + suffix).filter(p -> !Files.exists(target.resolve(p)))
                .filter(p -> !tracked(p)).toList();
        if (free.isEmpty()) {
            return;
        }
        String path = free.get(random.nextInt(free.size()));
        String role = path.substring(folder.length(), path.length() - suffix.length());
        Path file = target.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\nname: " + role + "\n---\n\n# Role\n" + userLine() + "\n");
        handWritten.add(path);
    }

    /** The user deletes agentry's block from a file and keeps the text around it, their own lines in it included. */
    private static void deleteBlock(Path file) throws IOException {
        String text = Files.readString(file);
        String name = file.getFileName().toString();
        Blocks.find(text, "team", name).ifPresent(found -> {
            StringBuilder kept = new StringBuilder(found.before());
            found.inside().lines().filter(EditsSurviveUpdatesPropertyTests::isUserLine).forEach(l -> kept.append(l).append('\n'));
            kept.append(found.after());
            try {
                Files.writeString(file, kept.toString());
            }
            catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** The simulated user resolves each conflict: keeping both sides of the markers, or taking agentry's side of a .rej. */
    private void resolveConflicts(Random random) throws IOException {
        for (Path file : editable()) {
            String text = Files.readString(file);
            if (text.contains("<<<<<<< yours")) {
                StringBuilder resolved = new StringBuilder();
                for (String line : text.split("\n", -1)) {
                    if (!line.startsWith("<<<<<<< yours") && !line.equals("=======") && !line.startsWith(">>>>>>> agentry")) {
                        resolved.append(line).append('\n');
                    }
                }
                Files.writeString(file, resolved.toString().replaceAll("\n+$", "\n"));
            }
            Path rej = Path.of(file + ".rej");
            if (Files.exists(rej)) {
                if (random.nextInt(4) == 0 && userLinesIn(Files.readString(rej)).isEmpty()) {
                    // agentry's side replaces only agentry's lines here: taking it loses nothing of the user's
                    Files.writeString(file, Hunks.apply(Files.readString(file), Files.readString(rej)));
                }
                Files.delete(rej);
            }
        }
    }

    /** The files with a conflict still open: agentry's markers in them, or a .rej beside them. */
    private Set<String> openConflicts() throws IOException {
        Set<String> open = new HashSet<>();
        for (Map.Entry<String, String> file : Trees.content(target).entrySet()) {
            String path = file.getKey();
            if (path.startsWith(".agentry/")) {
                continue;
            }
            if (path.endsWith(".rej")) {
                open.add(path.substring(0, path.length() - ".rej".length()));
            }
            else if (file.getValue().contains("<<<<<<< yours") && file.getValue().contains(">>>>>>> agentry")) {
                open.add(path);
            }
        }
        return open;
    }

    private void stateMatchesDisk(String at) throws IOException {
        State state = StateStore.read(new Workspace(target)).verifyAll();
        Set<String> pending = new HashSet<>();
        for (RecordedFile file : state.files()) {
            Path path = target.resolve(file.path());
            assertThat(path).as("%s: %s is tracked and exists", at, file.path()).exists();
            // a Markdown block has its markers; agentry's entries in a JSON file have none
            if (file.blockId() != null && !file.blockId().equals(DesiredFile.ENTRIES)) {
                assertThat(Blocks.find(Files.readString(path), file.blockId(), file.path())).as("%s: %s block", at, file.path())
                        .isPresent();
            }
            if (file.rejSha256() != null) {
                assertThat(target.resolve(file.rejPath())).as("%s: pending %s", at, file.rejPath()).exists();
                pending.add(file.rejPath());
            }
        }
        for (RecordedFile file : state.released()) {
            assertThat(target.resolve(file.path())).as("%s: %s is released and exists", at, file.path()).exists();
            if (file.rejSha256() != null && Files.exists(target.resolve(file.rejPath()))) {
                // released with its conflict open: the .rej stays with it
                pending.add(file.rejPath());
            }
            assertThat(state.files()).as("%s: %s is not tracked and released", at, file.path())
                    .noneMatch(f -> f.key().equals(file.key()));
        }
        assertThat(Trees.content(target).keySet().stream().filter(p -> p.endsWith(".rej")))
                .as("%s: every .rej on disk is a pending conflict", at).containsExactlyInAnyOrderElementsOf(pending);
    }

    /** What check said just before an update with the same answers, against what that update did. */
    private void checkAgreesWithUpdate(String at, ExitCode check, Map<String, String> before, Outcome update) {
        Map<String, String> after = Trees.content(target);
        after.remove(".agentry/state.json");
        Map<String, String> was = new LinkedHashMap<>(before);
        was.remove(".agentry/state.json");
        boolean wrote = !after.equals(was);
        if (check == ExitCode.OK) {
            assertThat(wrote).as("%s: check said in sync, but the update wrote files", at).isFalse();
            assertThat(update.exitCode()).as("%s: check said in sync", at).isEqualTo(ExitCode.OK);
        }
        else {
            assertThat(check).isEqualTo(ExitCode.DRIFT);
            assertThat(wrote || update.exitCode() == ExitCode.CONFLICTS)
                    .as("%s: check found drift, but the update wrote nothing and exited %s", at, update.exitCode()).isTrue();
        }
    }

    private String userLine() {
        return "USER-LINE-" + (++userLines);
    }

    private static boolean isUserLine(String line) {
        return line.startsWith("USER-LINE-");
    }

    private static List<String> userLinesIn(String text) {
        return text.lines().filter(l -> l.length() > 1 && isUserLine(l.substring(1))).toList();
    }

    /** Frontmatter and block markers: a user who breaks them gets a broken file, which is not the property here. */
    private static boolean isStructural(String line) {
        return line.equals("---") || line.startsWith("name:") || line.startsWith("<!-- ");
    }

    private List<Path> editable() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of(".claude/agents", ".github/agents")) {
            Path agents = target.resolve(folder);
            if (Files.isDirectory(agents)) {
                try (Stream<Path> list = Files.list(agents)) {
                    list.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
                }
            }
        }
        for (String file : List.of("CLAUDE.md", "AGENTS.md")) {
            if (Files.exists(target.resolve(file))) {
                files.add(target.resolve(file));
            }
        }
        return files;
    }

    private Map<String, List<String>> userLinesByFile() throws IOException {
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (Path file : editable()) {
            List<String> lines = Files.readAllLines(file).stream().filter(EditsSurviveUpdatesPropertyTests::isUserLine).toList();
            if (!lines.isEmpty()) {
                result.put(target.relativize(file).toString(), lines);
            }
        }
        return result;
    }
}
