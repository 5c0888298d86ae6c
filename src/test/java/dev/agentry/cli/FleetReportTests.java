package dev.agentry.cli;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import dev.agentry.console.Io;
import dev.agentry.support.AgentryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** What a fleet run shows: one clean line per target, each target once, and what is wrong where. */
class FleetReportTests {

    @TempDir
    Path root;

    private static final Args NO_OPTIONS = new Args(Map.of(), List.of());

    /** A terminal: stdout and stderr buffered separately, as the process's own streams are, into one screen. */
    private static Io terminal(StringWriter screen) {
        return new Io(new PrintWriter(new BufferedWriter(screen), true), new PrintWriter(new BufferedWriter(screen), true),
                false, true);
    }

    private List<Path> folders(int n) throws Exception {
        List<Path> targets = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            targets.add(Files.createDirectories(root.resolve("t" + i)));
        }
        return targets;
    }

    @Test
    void theProgressBarIsClearedBeforeEveryResultLine() throws Exception {
        StringWriter screen = new StringWriter();
        FleetReport.run(folders(5), t -> {
            throw AgentryException.usage("bad answers in " + t.getFileName());
        }, NO_OPTIONS, terminal(screen));
        String shown = screen.toString();
        assertThat(shown).contains("[", "] 1/5", "] 5/5");
        assertThat(shown).doesNotContainPattern("\\] \\d+/\\d+[^\\r\\n\\u001b]");
        // every result is shown, none of them glued to a bar (checked above)
        assertThat(shown.split("invalid   ", -1)).hasSize(6);
    }

    @Test
    void aTargetListedTwiceRunsOnceAndTheReportSaysSo() throws Exception {
        Path a = Files.createDirectories(root.resolve("a"));
        Path link = Files.createSymbolicLink(root.resolve("link-to-a"), a);
        Path b = Files.createDirectories(root.resolve("b"));
        List<Path> ran = Collections.synchronizedList(new ArrayList<>());
        StringWriter out = new StringWriter();
        Io io = new Io(new PrintWriter(out), new PrintWriter(new StringWriter()), false, false);
        FleetReport.run(List.of(a, b, root.resolve("b/../a"), link), t -> {
            ran.add(t);
            throw AgentryException.usage("stop");
        }, NO_OPTIONS, io);
        assertThat(ran).containsExactlyInAnyOrder(a, b);
        assertThat(out.toString()).contains("note: " + a + " is listed 3 times (as " + root.resolve("b/../a") + ", " + link
                + "): it runs once.");
        assertThat(out.toString()).contains("2 targets:");
    }

    @Test
    void jsonListsEachTargetOnceAndNotesTheDuplicates() throws Exception {
        Path a = Files.createDirectories(root.resolve("a"));
        StringWriter out = new StringWriter();
        Io io = new Io(new PrintWriter(out), new PrintWriter(new StringWriter()), false, false);
        FleetReport.run(List.of(a, root.resolve("./a")), t -> {
            throw AgentryException.usage("stop");
        }, new Args(Map.of("json", List.of("true")), List.of()), io);
        assertThat(out.toString()).containsOnlyOnce("\"target\"").contains("\"notes\"", "is listed 2 times");
    }

    private Path team(String name) {
        Path target = root.resolve(name);
        assertThat(CliHarness.run("generate", "--target", target.toString(), "--project-type", "backend-api", "--deployment",
                "aws", "--stack", "go").code()).isZero();
        return target;
    }

    private static String lineOf(String out, Path target) {
        return out.lines().filter(l -> l.contains(" " + target + "  ")).findFirst().orElseThrow();
    }

    @Test
    void eachDriftLineSaysWhatIsWrongAndWhere() throws Exception {
        Path conflicted = team("conflicted");
        Path reviewer = conflicted.resolve(".claude/agents/code-reviewer.md");
        Files.writeString(reviewer, Files.readString(reviewer) + "<<<<<<< yours\nmine\n=======\ntheirs\n>>>>>>> agentry\n");
        Path moved = team("moved");
        Path answers = moved.resolve(".agentry/answers.yml");
        Files.writeString(answers, Files.readString(answers).replace("deployment: aws", "deployment: gcp"));
        Path fine = team("fine");

        CliHarness.Run run = CliHarness.run("check", "--target", conflicted.toString(), "--target", moved.toString(),
                "--target", fine.toString());
        assertThat(run.code()).isEqualTo(5);
        assertThat(lineOf(run.out(), conflicted)).startsWith("drift").endsWith("unresolved conflicts in"
                + " .claude/agents/code-reviewer.md");
        assertThat(lineOf(run.out(), moved)).startsWith("drift").contains("file(s) would change: .claude/agents/")
                .containsPattern("\\+\\d+ more");
        assertThat(lineOf(run.out(), fine)).startsWith("ok").endsWith("in sync");
    }

    @Test
    void anUpdateLineNamesItsConflicts() throws Exception {
        Path a = team("a");
        Path b = team("b");
        Path reviewer = a.resolve(".claude/agents/code-reviewer.md");
        Files.writeString(reviewer, Files.readString(reviewer).replace("AWS Deployment Engineer", "Our Release Person"));
        CliHarness.Run run = CliHarness.run("update", "--target", a.toString(), "--target", b.toString(), "--deployment",
                "gcp");
        assertThat(run.code()).isEqualTo(3);
        assertThat(lineOf(run.out(), a)).startsWith("conflicts").contains("file(s) written",
                "conflicts to resolve in .claude/agents/code-reviewer.md");
        assertThat(lineOf(run.out(), b)).startsWith("ok").containsPattern("\\d+ file\\(s\\) written: \\.claude/");
    }

    @Test
    void aTargetsFileWithOneFolderWorksOnThatFolder() throws Exception {
        Path only = team("only");
        Path list = Files.writeString(root.resolve("repos.txt"), "# one repository\n" + only + "\n");
        CliHarness.Run run = CliHarness.run("check", "--targets-from", list.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("In sync: only in " + only);
    }

    /**
     * Trial item 23: the fleet exits with the most severe code, in the order the README documents: a target that could
     * not be run at all (invalid input 2, refused 4) outweighs one written with conflicts to resolve (3), which outweighs
     * drift (5). The summary says which code and why.
     */
    @Test
    void invalidTargetsOutweighConflictsAndTheSummarySaysSo() throws Exception {
        Path conflicted = team("conflicted");
        Path reviewer = conflicted.resolve(".claude/agents/code-reviewer.md");
        Files.writeString(reviewer, Files.readString(reviewer).replace("AWS Deployment Engineer", "Our Release Person"));
        Path broken = team("broken");
        Path answers = broken.resolve(".agentry/answers.yml");
        Files.writeString(answers, Files.readString(answers).replace("stack: go", "stack: nope"));
        CliHarness.Run run = CliHarness.run("update", "--target", conflicted.toString(), "--target", broken.toString(),
                "--deployment", "gcp");
        assertThat(run.code()).isEqualTo(2);
        assertThat(lineOf(run.out(), conflicted)).startsWith("conflicts");
        assertThat(lineOf(run.out(), broken)).startsWith("invalid");
        assertThat(run.out()).contains("1 conflicts", "1 invalid", "Exit code 2 (invalid), the most severe of the targets'.");
    }

    @Test
    void theOrderOfSeverityIsTheDocumentedOne() {
        // least to most severe, as the README's exit-code section lists it
        List<dev.agentry.support.ExitCode> order = List.of(dev.agentry.support.ExitCode.OK, dev.agentry.support.ExitCode.DRIFT,
                dev.agentry.support.ExitCode.CONFLICTS, dev.agentry.support.ExitCode.USAGE, dev.agentry.support.ExitCode.UNSAFE,
                dev.agentry.support.ExitCode.INTERRUPTED, dev.agentry.support.ExitCode.INTERNAL);
        for (int i = 0; i < order.size(); i++) {
            for (int j = 0; j < order.size(); j++) {
                assertThat(dev.agentry.app.Fleet.worst(List.of(order.get(i), order.get(j))))
                        .as("%s and %s", order.get(i), order.get(j)).isEqualTo(order.get(Math.max(i, j)));
            }
        }
    }

    @Test
    void anAllGoodFleetNamesNoExitCode() throws Exception {
        Path a = team("a");
        CliHarness.Run run = CliHarness.run("check", "--target", a.toString(), "--target", team("b").toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("2 targets: 2 ok").doesNotContain("Exit code");
    }
}
