package dev.agentry.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.agentry.apply.FileSystem;
import dev.agentry.support.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class FleetTests {

    @TempDir
    Path root;

    @Test
    void jobsRunOnMarkedWorkersSoThatTheyStartNoThreadsOfTheirOwn() throws Exception {
        assertThat(Fleet.onWorker()).isFalse();
        List<Path> targets = List.of(root.resolve("a"), root.resolve("b"), root.resolve("c"));
        List<Boolean> marked = java.util.Collections.synchronizedList(new ArrayList<>());
        new Fleet(2).run(targets, t -> {
            marked.add(Fleet.onWorker());
            throw new IllegalStateException("only looking");
        }, r -> r);
        assertThat(marked).containsExactly(true, true, true);
        assertThat(Fleet.onWorker()).isFalse();
    }

    @Test
    void eachTargetGetsItsOwnResultAndTheWorstExitCodeWins() throws Exception {
        Scaffolds scaffolds = new Scaffolds();
        Generate generate = new Generate(scaffolds, FileSystem.REAL);
        List<Path> targets = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            targets.add(Files.createDirectories(root.resolve("t" + i)));
        }
        targets.add(Files.writeString(root.resolve("a-file"), "not a folder"));
        Request request = Request.to(root).flags(java.util.Map.of("project-type", "backend-api", "deployment", "aws",
                "stack", "go")).build();
        List<Fleet.Result> seen = new ArrayList<>();
        List<Fleet.Result> results = new Fleet(3).run(targets, t -> generate.run(request.withTarget(t), Generate.Mode.GENERATE), r -> {
            seen.add(r);
            return r;
        });
        assertThat(results).extracting(Fleet.Result::target).containsExactlyElementsOf(targets);
        assertThat(seen).hasSize(targets.size());
        assertThat(results.subList(0, 6)).allMatch(r -> r.exitCode() == ExitCode.OK);
        assertThat(results.get(6).exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(results.get(6).error()).contains("is not a folder");
        assertThat(Fleet.worst(results.stream().map(Fleet.Result::exitCode).toList())).isEqualTo(ExitCode.USAGE);
        assertThat(root.resolve("t5/.claude/agents/go-engineer.md")).doesNotExist();
        assertThat(root.resolve("t5/.claude/agents/backend-engineer.md")).exists();
    }

    @Test
    void aFileProblemOfOneTargetIsThatTargetsInvalidInputNotAnInternalError() {
        List<Fleet.Result> results = new Fleet(2).run(List.of(root.resolve("a"), root.resolve("b")), t -> {
            if (t.endsWith("b")) {
                throw new java.io.UncheckedIOException("cannot read " + t.resolve(".agentry/state.json"),
                        new java.nio.file.AccessDeniedException(t.resolve(".agentry/state.json").toString()));
            }
            throw new dev.agentry.support.AgentryException(ExitCode.DRIFT, "drift");
        }, r -> r);
        assertThat(results.get(1).exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(results.get(1).error()).startsWith("Cannot read " + root.resolve("b/.agentry/state.json")
                + ": permission denied.");
        assertThat(Fleet.worst(results.stream().map(Fleet.Result::exitCode).toList())).isEqualTo(ExitCode.USAGE);
    }
}
