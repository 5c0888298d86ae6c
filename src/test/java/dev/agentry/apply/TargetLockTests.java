package dev.agentry.apply;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.agentry.support.AgentryException;
import dev.agentry.support.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TargetLockTests {

    @TempDir
    Path root;

    @Test
    void aRunThatMustWaitSaysSoOnceNamingTheLockThenTakesIt() throws Exception {
        Workspace workspace = new Workspace(root);
        List<String> notices = new CopyOnWriteArrayList<>();
        CompletableFuture<TargetLock> second;
        try (TargetLock first = TargetLock.acquire(workspace, Duration.ZERO, notices::add)) {
            second = CompletableFuture.supplyAsync(() -> TargetLock.acquire(workspace, Duration.ofSeconds(10), notices::add));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (notices.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(200);
        }
        second.get().close();
        assertThat(notices).containsExactly("agentry: waiting for another agentry run on " + root + " to finish (it holds "
                + root.resolve(".agentry/lock") + "; up to 10 s)...");
    }

    @Test
    void anUncontendedLockSaysNothing() {
        List<String> notices = new CopyOnWriteArrayList<>();
        TargetLock.acquire(new Workspace(root), Duration.ofSeconds(1), notices::add).close();
        assertThat(notices).isEmpty();
    }

    @Test
    void aLockHeldTooLongIsRefusedWithExitFour() {
        Workspace workspace = new Workspace(root);
        try (TargetLock first = TargetLock.acquire(workspace, Duration.ZERO, s -> { })) {
            AgentryException e = catchThrowableOfType(AgentryException.class,
                    () -> TargetLock.acquire(workspace, Duration.ofMillis(200), s -> { }));
            assertThat(e.exitCode()).isEqualTo(ExitCode.UNSAFE);
            assertThat(e.getMessage()).contains("Another agentry run is working on " + root);
        }
    }

    @Test
    void aFirstRunThatWroteNothingLeavesNoAgentryFolderBehind() throws Exception {
        TargetLock.acquire(new Workspace(root), Duration.ZERO, s -> { }).close();
        assertThat(root.resolve(".agentry")).doesNotExist();

        Files.createDirectories(root.resolve(".agentry"));
        TargetLock.acquire(new Workspace(root), Duration.ZERO, s -> { }).close();
        assertThat(root.resolve(".agentry")).isDirectory();
    }
}
