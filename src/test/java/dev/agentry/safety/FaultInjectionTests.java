package dev.agentry.safety;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dev.agentry.Trees;
import dev.agentry.app.Check;
import dev.agentry.app.Generate;
import dev.agentry.app.Request;
import dev.agentry.app.Scaffolds;
import dev.agentry.apply.FileSystem;
import dev.agentry.support.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Makes the writer fail at every step of a multi-file update (writes, renames, deletes) and checks that what is left
 * is the previous team and state, or (once the journal is committed) the new ones after the next run recovers; never
 * a mix the state misdescribes.
 */
class FaultInjectionTests {

    @TempDir
    Path root;

    /** A file system that fails at its n-th operation, counting the operations it sees. */
    static final class FailingFileSystem implements FileSystem {
        private final int failAt;
        final AtomicInteger calls = new AtomicInteger();

        FailingFileSystem(int failAt) {
            this.failAt = failAt;
        }

        private void step(String what) throws IOException {
            if (calls.incrementAndGet() == failAt) {
                throw new IOException("injected failure at step " + failAt + " (" + what + ")");
            }
        }

        @Override
        public void write(Path file, byte[] bytes) throws IOException {
            step("write " + file.getFileName());
            REAL.write(file, bytes);
        }

        @Override
        public void writeDurably(Path file, byte[] bytes) throws IOException {
            step("write " + file.getFileName());
            REAL.writeDurably(file, bytes);
        }

        @Override
        public void moveAtomically(Path from, Path to) throws IOException {
            step("move to " + to.getFileName());
            REAL.moveAtomically(from, to);
        }

        @Override
        public void deleteIfExists(Path file) throws IOException {
            step("delete " + file.getFileName());
            REAL.deleteIfExists(file);
        }

        @Override
        public void createDirectories(Path folder) throws IOException {
            step("mkdir " + folder.getFileName());
            REAL.createDirectories(folder);
        }

        @Override
        public void copy(Path from, Path to) throws IOException {
            step("copy " + from.getFileName());
            REAL.copy(from, to);
        }
    }

    private static Request request(Path target, Map<String, Object> flags) {
        return Request.to(target).flags(flags).build();
    }

    /** A new team in its own folder; every folder is named "team", so that every run renders the same text. */
    private Path freshTeam(String name) {
        Path target = root.resolve(name).resolve("team");
        target.toFile().mkdirs();
        new Generate(new Scaffolds(), FileSystem.REAL).run(request(target, Map.of("project-type", "web-app", "deployment", "aws",
                "stack", "java-spring-boot")), Generate.Mode.GENERATE);
        return target;
    }

    /** The update under test: a new deployment and a smaller team, so files are written, renamed and deleted. */
    private static Map<String, Object> change() {
        return Map.of("deployment", "kubernetes", "agents", "product-manager,backend-engineer,code-reviewer,testing-specialist");
    }

    @Test
    void failureAtEveryStepLeavesTheOldOrTheNewTeamNeverAMix() throws Exception {
        Path reference = freshTeam("reference");
        FailingFileSystem counting = new FailingFileSystem(Integer.MAX_VALUE);
        new Generate(new Scaffolds(), counting).run(request(reference, change()), Generate.Mode.UPDATE);
        Map<String, String> newTeam = Trees.content(reference);
        int steps = counting.calls.get();
        assertThat(steps).isGreaterThan(10);

        for (int failAt = 1; failAt <= steps; failAt++) {
            Path target = freshTeam("run-" + failAt);
            Map<String, String> oldTeam = Trees.content(target);
            FailingFileSystem failing = new FailingFileSystem(failAt);
            assertThatThrownBy(() -> new Generate(new Scaffolds(), failing).run(request(target, change()), Generate.Mode.UPDATE))
                    .as("step %d", failAt).hasMessageContaining("injected failure");

            // the next run of any command finishes or discards the interrupted one first
            var check = new Check(new Scaffolds(), FileSystem.REAL).run(Request.of(target));
            Map<String, String> after = Trees.content(target);
            after.keySet().removeIf(p -> p.startsWith(".agentry/backup/"));
            assertThat(after).as("step %d: old or new team", failAt).isIn(oldTeam, newTeam);
            StateMatchesDisk.check(target);
            // the answers on disk match the team on disk (old answers with the old team, new with new)
            assertThat(check.exitCode()).as("step %d: check agrees with the disk", failAt).isEqualTo(ExitCode.OK);

            var next = new Generate(new Scaffolds(), FileSystem.REAL).run(request(target, change()), Generate.Mode.UPDATE);
            assertThat(next.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(Trees.content(target)).as("step %d: the next update completes the change", failAt).isEqualTo(newTeam);
        }
    }
}
