package dev.agentry.support;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Where one run's time goes: JVM start, then each phase (catalogue load, render, plan, write ...), as asked for with
 * {@code --timings} and printed to stderr at the end of that run. Each run has its own: the command line's starts
 * with the JVM, a command's in the interactive shell with the command; every other run has {@link #OFF}, which
 * records nothing.
 */
public final class Timings {

    /** Records nothing and prints nothing. */
    public static final Timings OFF = new Timings(false);

    private final boolean enabled;
    private final List<String[]> phases = new ArrayList<>();
    private long last = System.nanoTime();
    private boolean printed;

    private Timings(boolean enabled) {
        this.enabled = enabled;
    }

    /** Recording from the JVM's start, which is the first phase (a run of the command line). */
    public static Timings sinceJvmStart() {
        Timings timings = new Timings(true);
        long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        timings.phases.add(new String[] {"jvm start to main", Long.toString(sinceStart)});
        return timings;
    }

    /** Recording from now, without the JVM's start (a command run in the interactive shell). */
    public static Timings fromNow() {
        return new Timings(true);
    }

    public boolean enabled() {
        return enabled;
    }

    /** Records the time since the previous mark under this phase's name. */
    public synchronized void mark(String phase) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        phases.add(new String[] {phase, Long.toString((now - last) / 1_000_000)});
        last = now;
    }

    /** Prints the phases and their total, once. */
    public synchronized void print(PrintWriter err) {
        if (!enabled || printed) {
            return;
        }
        printed = true;
        long total = 0;
        err.println("timings (ms):");
        for (String[] phase : phases) {
            err.printf("  %-28s %6s%n", phase[0], phase[1]);
            total += Long.parseLong(phase[1]);
        }
        err.printf("  %-28s %6d%n", "total", total);
        err.flush();
    }
}
