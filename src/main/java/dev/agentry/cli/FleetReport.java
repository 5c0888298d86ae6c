package dev.agentry.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import dev.agentry.console.Report;
import dev.agentry.console.Io;
import dev.agentry.app.Command;
import dev.agentry.app.Fleet;
import dev.agentry.app.Outcome;
import dev.agentry.codec.Codec;
import dev.agentry.plan.Action;
import dev.agentry.plan.FileAction;
import dev.agentry.support.ExitCode;
import dev.agentry.support.Listing;

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

    static int run(List<Path> listed, Function<Path, Outcome> job, Args args, Io io) {
        boolean json = args.flag("json");
        boolean progress = io.interactive() && !json;
        Distinct distinct = distinct(listed);
        List<Path> targets = distinct.targets();
        if (!json) {
            distinct.notes().forEach(note -> io.out().println(io.dim("note: " + note)));
        }
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        Fleet fleet = new Fleet(Integer.getInteger("agentry.threads", 2 * Runtime.getRuntime().availableProcessors()));
        List<Done> results = fleet.run(targets, job, result -> {
            int n = done.incrementAndGet();
            if (!json) {
                if (progress) {
                    // stderr and stdout are buffered apart: the bar must be gone from the screen before the line comes
                    io.err().print("\r\u001b[K");
                    io.err().flush();
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
            io.out().print(Codec.writeJson(toMap(results, worst, seconds, distinct.notes())));
        }
        else {
            io.out().println(summary(results, seconds) + (worst == ExitCode.OK ? ""
                    : " Exit code " + worst.code() + " (" + label(worst) + "), the most severe of the targets'."));
        }
        return worst.code();
    }

    /** The targets, each folder once (by its real path), and a note for each folder given more than once. */
    private record Distinct(List<Path> targets, List<String> notes) {
    }

    private static Distinct distinct(List<Path> listed) {
        Map<Path, List<Path>> byFolder = new LinkedHashMap<>();
        for (Path target : listed) {
            byFolder.computeIfAbsent(realPath(target), k -> new ArrayList<>()).add(target);
        }
        List<Path> targets = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (List<Path> spellings : byFolder.values()) {
            targets.add(spellings.get(0));
            if (spellings.size() > 1) {
                List<String> others = spellings.subList(1, spellings.size()).stream().map(Path::toString).toList();
                notes.add(spellings.get(0) + " is listed " + spellings.size() + " times (as " + Listing.firstFew(others, 3)
                        + "): it runs once.");
            }
        }
        return new Distinct(targets, notes);
    }

    /** The folder itself, links resolved, so that two spellings of one folder count once. */
    private static Path realPath(Path target) {
        try {
            return target.toRealPath();
        }
        catch (IOException e) {
            return target.toAbsolutePath().normalize();
        }
    }

    private static String line(Fleet.Result result, Io io) {
        if (result.error() != null) {
            String first = result.error().lines().findFirst().orElse("");
            return io.colored(String.format("%-9s", label(result.exitCode())), 91) + " " + result.target() + "  " + first;
        }
        String text = String.format("%-9s", label(result.exitCode()));
        return (result.exitCode() == ExitCode.OK ? io.colored(text, 32) : io.colored(text, 33)) + " " + result.target() + "  "
                + detail(result.outcome());
    }

    /** What happened to one target, and where: the files of each kind that matters, the first few of them. */
    private static String detail(Outcome outcome) {
        boolean check = outcome.command() == Command.CHECK;
        List<String> parts = new ArrayList<>();
        List<String> written = paths(outcome.plan().written());
        if (!written.isEmpty()) {
            parts.add(written.size() + " file(s) " + (check || outcome.dryRun() ? "would change" : "written") + ": "
                    + Listing.firstFew(written, SHOWN));
        }
        described(parts, outcome, Action.CONFLICT, "conflicts to resolve in");
        described(parts, outcome, Action.UNRESOLVED, "unresolved conflicts in");
        described(parts, outcome, Action.REFUSE, "not written by agentry, in the way:");
        described(parts, outcome, Action.RESTORE, check || outcome.dryRun() ? "deleted, would be restored:" : "deleted, restored:");
        if (check && outcome.answersChanged()) {
            parts.add(".agentry/answers.yml would be rewritten");
        }
        if (parts.isEmpty()) {
            // a newer pack version is news of its own (below), not files out of sync
            boolean inSync = outcome.exitCode() == ExitCode.OK || !outcome.packs().isEmpty();
            parts.add(check ? (inSync ? "in sync" : "out of sync") : "unchanged");
        }
        if (!outcome.packs().isEmpty()) {
            parts.add((check ? "newer: " : "packs: ") + String.join(", ", outcome.packs().stream()
                    .map(p -> p.name() + " " + (p.from() == null ? p.to() : p.from() + " -> " + p.to())).toList()));
        }
        return String.join("; ", parts);
    }

    /** How many paths a line names before "+N more". */
    private static final int SHOWN = 3;

    private static void described(List<String> parts, Outcome outcome, Action action, String words) {
        List<String> paths = paths(outcome.plan().with(action));
        if (!paths.isEmpty()) {
            parts.add(words + " " + Listing.firstFew(paths, SHOWN));
        }
    }

    /** The files of these actions, each once (a file with two blocks is one file). */
    private static List<String> paths(List<FileAction> actions) {
        return actions.stream().map(FileAction::path).distinct().toList();
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

    private static Map<String, Object> toMap(List<Done> results, ExitCode worst, double seconds, List<String> notes) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("exitCode", worst.code());
        map.put("seconds", Math.round(seconds * 1000) / 1000.0);
        map.put("targets", results.stream().map(Done::json).toList());
        map.put("notes", notes);
        return map;
    }
}
