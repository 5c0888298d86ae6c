package dev.agentry.support;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a run's time goes: JVM start, then each phase (catalogue load, render, plan, write ...). Off unless
 * {@code --timings} is given; then printed to stderr at the end of the run.
 */
public final class Timings {

    private static volatile boolean enabled;
    private static final List<String[]> PHASES = new ArrayList<>();
    private static long last;

    private Timings() {
    }

    /** Starts recording; the JVM's own start-up is the first phase. Printing ends the recording. */
    public static synchronized void enable() {
        enabled = true;
        long now = System.nanoTime();
        long jvmStartMs = ManagementFactory.getRuntimeMXBean().getStartTime();
        long sinceStart = System.currentTimeMillis() - jvmStartMs;
        PHASES.add(new String[] {"jvm start to main", Long.toString(sinceStart)});
        last = now;
    }

    /** Starts recording from now, without the JVM's start (a command run in the interactive shell). */
    public static synchronized void start() {
        enabled = true;
        PHASES.clear();
        last = System.nanoTime();
    }

    public static boolean enabled() {
        return enabled;
    }

    /** Records the time since the previous mark under this phase's name. */
    public static synchronized void mark(String phase) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        PHASES.add(new String[] {phase, Long.toString((now - last) / 1_000_000)});
        last = now;
    }

    public static synchronized void print(PrintWriter err) {
        if (!enabled) {
            return;
        }
        long total = 0;
        err.println("timings (ms):");
        for (String[] phase : PHASES) {
            err.printf("  %-28s %6s%n", phase[0], phase[1]);
            total += Long.parseLong(phase[1]);
        }
        err.printf("  %-28s %6d%n", "total", total);
        err.flush();
        // printed once per run: a later command in the same shell records only if it asks again
        enabled = false;
        PHASES.clear();
    }
}
