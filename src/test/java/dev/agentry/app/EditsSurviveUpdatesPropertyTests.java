package dev.agentry.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import dev.agentry.Trees;
import dev.agentry.apply.FileSystem;
import dev.agentry.plan.ConflictStyle;
import dev.agentry.plan.ForeignFiles;
import dev.agentry.support.AgentryException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: across random sequences of answer changes, user edits (append, change and delete lines, delete
 * files) and updates, no line the user wrote is ever lost. A user's line can only disappear from view when
 * their edit and agentry's change overlap, and then it is still in the file, inside conflict markers. Each
 * sequence is reproducible from its seed (shown in the test name).
 */
class EditsSurviveUpdatesPropertyTests {

    private static final int SEQUENCES = 24;
    private static final int STEPS = 6;
    private static final List<String> DEPLOYMENTS = List.of("aws", "kubernetes", "vercel", "gcp", "azure", "fly-io", "docker-host");
    private static final List<String> STACKS = List.of("java-spring-boot", "python-fastapi");
    private static final List<String> TEAM = List.of("product-manager", "backend-engineer", "code-reviewer", "testing-specialist");

    @TempDir
    Path target;

    private int userLines;

    static Stream<Long> seeds() {
        return new Random(20261126L).longs(SEQUENCES).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void userLinesAreNeverLost(long seed) throws IOException {
        Random random = new Random(seed);
        run(Map.of("project-type", "backend-api", "deployment", "aws", "stack", "java-spring-boot"), random);
        for (int step = 0; step < STEPS; step++) {
            int edits = random.nextInt(3);
            for (int i = 0; i < edits; i++) {
                edit(random);
            }
            Map<String, List<String>> before = userLinesByFile();
            Map<String, String> disk = Trees.content(target);
            try {
                run(answerChange(random), random);
            }
            catch (AgentryException refused) {
                // re-adding an agent whose edited file was kept untracked: refused, and nothing may change
                assertThat(refused.getMessage()).contains("were not written by agentry");
                assertThat(Trees.content(target)).isEqualTo(disk);
            }
            Map<String, List<String>> after = userLinesByFile();
            int done = step;
            before.forEach((file, lines) -> assertThat(after.getOrDefault(file, List.of()))
                    .as("seed %d step %d: your lines in %s", seed, done, file).containsAll(lines));
            resolveConflicts(random);
        }
    }

    private void run(Map<String, Object> flags, Random random) {
        ConflictStyle style = random.nextBoolean() ? ConflictStyle.INLINE : ConflictStyle.REJ;
        new Generate(new Scaffolds(), FileSystem.REAL).run(new Request(target, flags, Map.of(), null, List.of(), false, ForeignFiles.REFUSE,
                style), false);
    }

    private static Map<String, Object> answerChange(Random random) {
        Map<String, Object> flags = new LinkedHashMap<>();
        switch (random.nextInt(4)) {
            case 0 -> flags.put("deployment", DEPLOYMENTS.get(random.nextInt(DEPLOYMENTS.size())));
            case 1 -> flags.put("stack", STACKS.get(random.nextInt(STACKS.size())));
            case 2 -> {
                List<String> team = new ArrayList<>(TEAM);
                team.remove(1 + random.nextInt(team.size() - 1));
                if (random.nextBoolean()) {
                    team = TEAM;
                }
                flags.put("agents", String.join(",", team));
            }
            default -> {
                // no answer change: an update with the same answers
            }
        }
        return flags;
    }

    /** A random user edit of a random agent file (or CLAUDE.md): append, change or delete a line, or delete the file. */
    private void edit(Random random) throws IOException {
        List<Path> files = editable();
        if (files.isEmpty()) {
            return;
        }
        Path file = files.get(random.nextInt(files.size()));
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        int kind = random.nextInt(10);
        if (kind == 0 && !file.endsWith("CLAUDE.md")) {
            Files.delete(file);
            return;
        }
        int at = lines.isEmpty() ? 0 : random.nextInt(lines.size());
        if (kind <= 4) {
            lines.add(random.nextBoolean() ? lines.size() : at, userLine());
        }
        else if (kind <= 7 && !lines.isEmpty() && !isUserLine(lines.get(at)) && !isStructural(lines.get(at))) {
            lines.set(at, userLine());
        }
        else if (!lines.isEmpty() && !isUserLine(lines.get(at)) && !isStructural(lines.get(at))) {
            lines.remove(at);
        }
        Files.writeString(file, String.join("\n", lines) + "\n");
    }

    /** The simulated user resolves each conflict by keeping both sides, as people usually do. */
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
            Files.deleteIfExists(Path.of(file + ".rej"));
        }
    }

    private String userLine() {
        return "USER-LINE-" + (++userLines);
    }

    private static boolean isUserLine(String line) {
        return line.startsWith("USER-LINE-");
    }

    /** Frontmatter and block markers: a user who breaks them gets a broken file, which is not the property here. */
    private static boolean isStructural(String line) {
        return line.equals("---") || line.startsWith("name:") || line.startsWith("<!-- ");
    }

    private List<Path> editable() throws IOException {
        List<Path> files = new ArrayList<>();
        Path agents = target.resolve(".claude/agents");
        if (Files.isDirectory(agents)) {
            try (Stream<Path> list = Files.list(agents)) {
                list.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
            }
        }
        if (Files.exists(target.resolve("CLAUDE.md"))) {
            files.add(target.resolve("CLAUDE.md"));
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
