package dev.agentry.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.agentry.cli.CliHarness.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two teammates update the same team on two branches and git merges them (the real git CLI): conflict markers of
 * git's own (HEAD / branch) in answers.yml, state.json and managed files are named as a git merge conflict with the
 * way out, and a file that still holds them is never "in sync".
 */
class GitMergeScenarioTests {

    private static final String ANSWERS = ".agentry/answers.yml";
    private static final String STATE = ".agentry/state.json";

    @TempDir
    Path target;

    private Scenario scenario;

    @BeforeEach
    void twoTeammatesUpdatesMerged() {
        scenario = new Scenario(target, target.resolve("unused"));
        git("init", "-q", "-b", "main");
        assertThat(scenario.run("generate", "--project-type", "backend-api", "--deployment", "aws", "--stack", "go").code())
                .isZero();
        git("add", "-A");
        git("commit", "-q", "-m", "team");
        git("checkout", "-q", "-b", "teammate");
        assertThat(scenario.run("update", "--deployment", "gcp").code()).isZero();
        git("add", "-A");
        git("commit", "-q", "-m", "gcp");
        git("checkout", "-q", "main");
        assertThat(scenario.run("update", "--deployment", "azure").code()).isZero();
        git("add", "-A");
        git("commit", "-q", "-m", "azure");
        Result merge = gitResult("merge", "-q", "teammate");
        assertThat(merge.code()).as("git merge should conflict: " + merge.out()).isNotZero();
        assertThat(scenario.read(ANSWERS)).contains("<<<<<<< HEAD", ">>>>>>> teammate");
        assertThat(scenario.read(STATE)).contains("<<<<<<< HEAD");
    }

    @Test
    void eachStepOfTheWayOutIsNamedAndNoFileWithMarkersIsInSync() {
        Run answers = scenario.run("check");
        assertThat(answers.code()).isEqualTo(2);
        int line = lineOf(scenario.read(ANSWERS), "<<<<<<< HEAD");
        assertThat(answers.err()).contains(ANSWERS + ":" + line + ": holds a git merge conflict (<<<<<<< HEAD ... >>>>>>>"
                + " teammate)", "remove the <<<<<<<").doesNotContain("invalid YAML");
        assertThat(scenario.run("update").err()).contains(ANSWERS + ":" + line + ": holds a git merge conflict");

        git("checkout", "--theirs", ANSWERS);
        git("add", ANSWERS);
        Run state = scenario.run("check");
        assertThat(state.code()).isEqualTo(2);
        assertThat(state.err()).contains(STATE + ":", "holds a git merge conflict", "git checkout --theirs " + STATE,
                "agentry update").doesNotContain("invalid JSON");

        git("checkout", "--theirs", STATE);
        git("add", STATE);
        // the files git could not merge; those it left with its markers are the ones to name (a deployment engineer
        // renamed differently on each side is unmerged too, but holds none)
        List<String> conflicted = lines(git("diff", "--name-only", "--diff-filter=U"));
        List<String> withMarkers = conflicted.stream().filter(scenario::exists)
                .filter(f -> scenario.read(f).contains("\n<<<<<<< HEAD")).toList();
        assertThat(withMarkers).contains("CLAUDE.md", ".claude/agents/backend-engineer.md");
        Run check = scenario.run("check");
        assertThat(check.code()).as(check.out()).isEqualTo(5);
        assertThat(check.out()).doesNotContain("In sync").contains("git merge conflict");
        for (String file : withMarkers) {
            assertThat(check.out()).as(file).containsPattern("unresolved +" + java.util.regex.Pattern.quote(file));
        }
        Run update = scenario.run("update");
        assertThat(update.code()).as(update.out()).isEqualTo(3);
        assertThat(update.out()).contains("unresolved", "a git merge conflict: keep what you want")
                .doesNotContain("keep-yours     CLAUDE.md", "<<<<<<< yours / ======= / >>>>>>> agentry lines");
        assertThat(scenario.read("CLAUDE.md")).contains("<<<<<<< HEAD");

        // each file resolved as git's user does it: one side taken
        for (String file : conflicted) {
            if (gitResult("checkout", "--theirs", file).code() == 0) {
                git("add", file);
            }
            else {
                // not on the teammate's side: the side taken has no such file
                git("rm", "-q", "--ignore-unmatch", file);
            }
        }
        Run resolved = scenario.run("update");
        assertThat(resolved.code()).as(resolved.out() + resolved.err()).isZero();
        Run after = scenario.run("check");
        assertThat(after.code()).as(after.out()).isZero();
        assertThat(scenario.read("CLAUDE.md")).doesNotContain("<<<<<<<", ">>>>>>>").contains("gcp-deployment-engineer");
    }

    private static int lineOf(String text, String wanted) {
        List<String> lines = text.lines().toList();
        return lines.indexOf(lines.stream().filter(l -> l.startsWith(wanted)).findFirst().orElseThrow()) + 1;
    }

    private static List<String> lines(String text) {
        return text.lines().filter(l -> !l.isBlank()).toList();
    }

    private record Result(int code, String out) {
    }

    private String git(String... args) {
        Result result = gitResult(args);
        assertThat(result.code()).as("git " + String.join(" ", args) + ": " + result.out()).isZero();
        return result.out();
    }

    private Result gitResult(String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Teammate", "-c", "user.email=t@example.com",
                "-c", "commit.gpgsign=false", "-c", "core.autocrlf=false"));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).directory(target.toFile()).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return new Result(process.exitValue(), out);
        }
        catch (IOException e) {
            throw new AssertionError("git could not run", e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
