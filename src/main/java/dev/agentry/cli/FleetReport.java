package dev.agentry.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import dev.agentry.app.Fleet;
import dev.agentry.app.Outcome;
import dev.agentry.codec.Codec;
import dev.agentry.plan.FileAction;
import dev.agentry.support.ExitCode;

/**
 * Runs a command over several targets (fleet mode) and reports: one line per target as it finishes, a progress bar
 * on a terminal, a summary, and the most severe exit code; or, with --json, one object per target.
 */
final class FleetReport {

    private FleetReport() {
    }

    /** What is kept of one target's result: its exit code, and its JSON entry when JSON is asked for. */
    private record Done(ExitCode exitCode, Map<String, Object> json) {
    }

    static int run(List<Path> targets, Function<Path, Outcome> job, Args args, Io io) {
        boolean json = args.flag("json");
        boolean progress = io.interactive() && !json;
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        Fleet fleet = new Fleet(Integer.getInteger("agentry.threads", 2 * Runtime.getRuntime().availableProcessors()));
        List<Done> results = fleet.run(targets, job, result -> {
            int n = done.incrementAndGet();
            if (!json) {
                if (progress) {
                    io.err().print("\r\u001b[K");
                }
                io.out().println(line(result, io));
                io.out().flush();
                if (progress) {
                    io.err().print(bar(n, targets.size()));
                    io.err().flush();
                }
            }
            return new Done(result.exitCode(), json ? entry(result) : null);
        });
        if (progress) {
            io.err().print("\r\u001b[K");
            io.err().flush();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        ExitCode worst = Fleet.worst(results.stream().map(Done::exitCode).toList());
        if (json) {
            io.out().print(Codec.writeJson(toMap(results, worst, seconds)));
        }
        else {
            io.out().println(summary(results, seconds));
        }
        return worst.code();
    }

    private static String line(Fleet.Result result, Io io) {
        if (result.error() != null) {
            String first = result.error().lines().findFirst().orElse("");
            return io.colored(String.format("%-9s", label(result.exitCode())), 91) + " " + result.target() + "  " + first;
        }
        Outcome outcome = result.outcome();
        long changed = outcome.plan().actions().stream().filter(FileAction::writes).count();
        String detail = switch (outcome.command()) {
            case "check" -> outcome.exitCode() == ExitCode.OK ? "in sync" : changed + " file(s) would change";
            default -> outcome.applied() ? changed + " file(s) written" : "unchanged";
        };
        if (!outcome.packs().isEmpty()) {
            detail += "; " + (outcome.command().equals("check") ? "newer: " : "packs: ") + String.join(", ", outcome.packs()
                    .stream().map(p -> p.name() + " " + (p.from() == null ? p.to() : p.from() + " -> " + p.to())).toList());
        }
        String text = String.format("%-9s", label(result.exitCode()));
        return (result.exitCode() == ExitCode.OK ? io.colored(text, 32) : io.colored(text, 33)) + " " + result.target() + "  "
                + detail;
    }

    private static String label(ExitCode code) {
        return switch (code) {
            case OK -> "ok";
            case DRIFT -> "drift";
            case CONFLICTS -> "conflicts";
            case USAGE -> "invalid";
            case UNSAFE -> "refused";
            default -> "error";
        };
    }

    private static String bar(int done, int total) {
        int width = 30;
        int filled = total == 0 ? width : done * width / total;
        return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + done + "/" + total;
    }

    private static String summary(List<Done> results, double seconds) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        results.forEach(r -> counts.merge(label(r.exitCode()), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((label, n) -> parts.add(n + " " + label));
        return String.format("%d targets: %s, in %.2f s (%.0f targets/s).", results.size(), String.join(", ", parts), seconds,
                results.size() / Math.max(seconds, 1e-9));
    }

    private static Map<String, Object> entry(Fleet.Result result) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("target", result.target().toString());
        entry.put("exitCode", result.exitCode().code());
        if (result.error() != null) {
            entry.put("error", result.error());
        }
        else {
            entry.put("result", Report.toMap(result.outcome(), false));
        }
        return entry;
    }

    private static Map<String, Object> toMap(List<Done> results, ExitCode worst, double seconds) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("exitCode", worst.code());
        map.put("seconds", Math.round(seconds * 1000) / 1000.0);
        map.put("targets", results.stream().map(Done::json).toList());
        return map;
    }
}
