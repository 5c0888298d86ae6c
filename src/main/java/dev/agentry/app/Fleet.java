package dev.agentry.app;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.agentry.support.AgentryException;
import dev.agentry.support.ExitCode;
import dev.agentry.support.IoFailures;

/**
 * Runs one use case over many targets in one process, in parallel across the cores. Each target is independent:
 * its own lock, its own transaction, its own result. Scaffolds are loaded and templates parsed once for all.
 */
public final class Fleet {

    /** The result for one target: an outcome, or the error that stopped it. */
    public record Result(Path target, Outcome outcome, ExitCode exitCode, String error) {

        static Result of(Path target, Outcome outcome) {
            return new Result(target, outcome, outcome.exitCode(), null);
        }

        static Result failed(Path target, ExitCode code, String error) {
            return new Result(target, null, code, error);
        }
    }

    private final int threads;

    /** Marks the threads that run a fleet's targets. */
    private static final ThreadLocal<Boolean> WORKER = ThreadLocal.withInitial(() -> false);

    public Fleet(int threads) {
        this.threads = Math.max(1, threads);
    }

    /**
     * Runs the job on every target. Each result is handed to {@code summary} as soon as its target is done (one at a
     * time, in the order they finish), and only what that returns is kept: a fleet of many thousand targets does not
     * hold every team and plan in memory. The summaries come back in the targets' order.
     */
    public <R> List<R> run(List<Path> targets, Function<Path, Outcome> job, Function<Result, R> summary) {
        int size = Math.max(1, Math.min(threads, targets.size()));
        ExecutorService pool = Executors.newFixedThreadPool(size, runnable -> {
            Thread thread = new Thread(() -> {
                WORKER.set(true);
                runnable.run();
            }, "agentry-fleet");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (Path target : targets) {
                futures.add(pool.submit(() -> {
                    Result result = one(target, job);
                    synchronized (summary) {
                        return summary.apply(result);
                    }
                }));
            }
            List<R> summaries = new ArrayList<>();
            for (Future<R> future : futures) {
                summaries.add(future.get());
            }
            return summaries;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AgentryException(ExitCode.INTERRUPTED, "Interrupted; targets not yet started were left alone.");
        }
        catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        finally {
            pool.shutdownNow();
        }
    }

    private static Result one(Path target, Function<Path, Outcome> job) {
        try {
            return Result.of(target, job.apply(target));
        }
        catch (AgentryException e) {
            return Result.failed(target, e.exitCode(), e.getMessage());
        }
        catch (UncheckedIOException e) {
            AgentryException mapped = IoFailures.of(e);
            return Result.failed(target, mapped.exitCode(), mapped.getMessage());
        }
        catch (RuntimeException e) {
            return Result.failed(target, ExitCode.INTERNAL, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /** True on a thread that runs one of a fleet's targets (others run in parallel with it). */
    static boolean onWorker() {
        return WORKER.get();
    }

    /** The most severe of these exit codes. */
    public static ExitCode worst(List<ExitCode> codes) {
        ExitCode worst = ExitCode.OK;
        for (ExitCode code : codes) {
            worst = ExitCode.worst(worst, code);
        }
        return worst;
    }
}
